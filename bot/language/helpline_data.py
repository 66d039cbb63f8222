"""What a helplines file holds once read: a Way to reach a Line, a Region's lines, and Helplines, every region
with the hints (Discord locale, message language) that point to one, plus the short reply a person sees.

Built by helpline_reader.py from dialogues/helplines.yaml; helplines.py loads it and re-exports these names.
No region code is written here: they all come from the file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

HOWS: dict[str, str] = {"call": "call", "text": "text", "chat": "chat at", "whatsapp": "WhatsApp", "web": "visit"}
PHONE_HOWS = ("call", "text", "whatsapp")
SHORT_LINES = 2  # lines of the person's region in the short reply; the rest are in the file for people to read
MAX_SHORT = 600  # characters in a short reply
MAX_SEARCH = 25  # Discord shows at most 25 autocomplete choices
ONE_SOURCE = "one-source"


@dataclass(frozen=True, slots=True)
class Way:
    """One way to reach a line: call, text, chat, WhatsApp or a web page."""

    how: str
    to: str
    keyword: str | None = None
    extension: str | None = None

    def text(self) -> str:
        """`call 988`, `text HOME to 741741`, `chat at 113.nl`, `call 119, extension 8`."""
        if self.how == "text" and self.keyword:
            return f"text {self.keyword} to {self.to}"
        if self.extension:
            return f"{HOWS[self.how]} {self.to}, extension {self.extension}"
        return f"{HOWS[self.how]} {self.to}"


@dataclass(frozen=True, slots=True)
class Line:
    """One service that answers people in distress."""

    name: str
    ways: tuple[Way, ...]
    hours: str
    languages: tuple[str, ...]
    sources: tuple[str, ...]
    checked: date
    one_source: bool = False
    note: str = ""

    def ways_text(self) -> str:
        """`call 113 or 0800 0113 / chat at 113.nl`: ways of the same kind share their verb."""
        groups: list[list[Way]] = []
        for way in self.ways:
            plain = not way.keyword and not way.extension
            last = groups[-1][-1] if groups else None
            if last is not None and plain and groups[-1][0].how == way.how and not last.keyword and not last.extension:
                groups[-1].append(way)
            else:
                groups.append([way])
        parts = []
        for group in groups:
            if len(group) == 1:
                parts.append(group[0].text())
            else:
                numbers = [w.to for w in group]
                parts.append(f"{HOWS[group[0].how]} {', '.join(numbers[:-1])} or {numbers[-1]}")
        return " / ".join(parts)

    def text(self) -> str:
        """`Samaritans: call 116 123 (24/7)`."""
        return f"{self.name}: {self.ways_text()} ({self.hours})"


@dataclass(frozen=True, slots=True)
class Region:
    """The lines of one place, in order of priority."""

    code: str
    name: str
    emergency: tuple[str, ...]
    languages: tuple[str, ...]
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class Helplines:
    """Every region's lines, plus the hints (Discord locale, message language) that point to a region."""

    regions: Mapping[str, Region]
    default: str
    directory: str
    locales: Mapping[str, str]
    languages: Mapping[str, str]

    def codes(self) -> tuple[str, ...]:
        """Region codes in file order."""
        return tuple(self.regions)

    def region(self, code: str) -> Region:
        """The region for `code` (any case); KeyError when the file has none."""
        return self.regions[_norm(code)]

    def known(self, code: str | None) -> bool:
        return bool(code) and _norm(code) in self.regions

    def resolve(self, *candidates: str | None) -> str:
        """The first known code among `candidates` (person, locale, server, setting...), else the default."""
        for code in candidates:
            if self.known(code):
                return _norm(code)
        return self.default

    def search(self, query: str | None, limit: int = MAX_SEARCH) -> list[tuple[str, str]]:
        """(code, name) pairs for autocomplete: code or name matches `query`, case-insensitive, best first."""
        needle = " ".join((query or "").casefold().split())
        ranked = []
        for code, region in self.regions.items():
            name = region.name.casefold()
            words = re.split(r"[\s,()-]+", name)
            if not needle:
                rank = 0
            elif needle == code:
                rank = 0
            elif code.startswith(needle) or name.startswith(needle):
                rank = 1
            elif any(word.startswith(needle) for word in words):
                rank = 2
            elif needle in name:
                rank = 3
            else:
                continue
            ranked.append((rank, region.name.casefold(), code, region.name))
        ranked.sort()
        return [(code, name) for _, _, code, name in ranked[: max(0, min(limit, MAX_SEARCH))]]

    def short(self, code: str | None, fallback: str | None = None) -> str:
        """The person's region first, in 2-4 lines, then one line with the international directory.

        An unknown `code` gets `fallback` (for example the server's or the configured region), else the file's default.
        """
        region = self.regions[self.resolve(code, fallback)]
        out = [f"**{region.name}**"]
        out += [line.text() for line in region.lines[:SHORT_LINES]]
        shown = {w.to for line in region.lines[:SHORT_LINES] for w in line.ways}
        if region.emergency and not set(region.emergency) <= shown:
            out.append(f"In danger right now: call {' or '.join(region.emergency)}")
        if region.code != self.directory:
            directory = self.regions[self.directory].lines[0]
            out.append(f"{self.regions[self.directory].name}: {directory.ways_text()} ({directory.name})")
        return "\n".join(out)

    def region_for_locale(self, locale: str | None) -> str | None:
        """A Discord locale (`en-US`, `es-419`, `pt-BR`, `ja`...) -> region code, or None when the file maps none."""
        if not locale:
            return None
        wanted = locale.strip().replace("_", "-").casefold()
        by_key = {key.casefold(): code for key, code in self.locales.items()}
        return by_key.get(wanted) or by_key.get(wanted.split("-")[0])

    def region_for_language(self, language: str | None) -> str | None:
        """A message language (`es`, `pt`, `tl`, `hi`...) -> its likely region, or None."""
        if not language:
            return None
        return self.languages.get(language.strip().replace("_", "-").casefold().split("-")[0])


def _norm(code: str | None) -> str:
    return (code or "").strip().casefold()
