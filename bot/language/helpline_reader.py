"""Reading and validating dialogues/helplines.yaml: _Reader collects every problem, each with its file, line
and node (`regions.fr.lines[0].checked`), before it raises ContentInvalid, and builds Helplines when there
are none. helplines.load_helplines is the way in.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any

from bot.content import ContentError, ContentInvalid, line_of, read_yaml
from bot.language.helpline_data import (
    HOWS,
    MAX_SHORT,
    ONE_SOURCE,
    PHONE_HOWS,
    SHORT_LINES,
    Helplines,
    Line,
    Region,
    Way,
)

_CODE = re.compile(r"(?:[a-z]{2}|intl)\Z")
_NUMBER = re.compile(r"\+?[0-9(][0-9 ().\-]*[0-9]\Z")
_ADDRESS = re.compile(r"(?:https://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/\S*)?\Z", re.IGNORECASE)
_URL = re.compile(r"https://[a-z0-9.-]+\.[a-z]{2,}(?:[/?#]\S*)?\Z", re.IGNORECASE)
_LANGUAGE = re.compile(r"[a-z]{2,3}\Z")
_LOCALE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,4})?\Z")
_KEYWORD = re.compile(r"[A-Za-z0-9]{1,20}\Z")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_DATE_ROW = re.compile(r"[^#]*:\s*['\"]?(\d{4})-(\d{1,2})-(\d{1,2})['\"]?\s*(?:#.*)?\Z")
_KEY = re.compile(r"\s*(?:-\s+)?([^\s#:{}\[\]'\"-][^:#{}]*?)\s*:(?:\s|\Z)")

REGION_KEYS = ("name", "emergency", "languages", "lines")
LINE_KEYS = ("name", "ways", "hours", "languages", "sources", "verified", "checked", "note")
WAY_KEYS = ("how", "to", "keyword", "extension")
TOP_KEYS = ("default", "directory", "regions", "locales", "languages")


class _Reader:
    """Validates one helplines file, collecting every problem before raising."""

    def __init__(self, path: Path):
        self.path = path
        self.file = str(path)
        self.errors: list[ContentError] = []
        self.text: list[str] = []

    # -- errors, with the line of the offending key when it can be found --------------------------------------

    def error(self, where: Any, key: str | None, node: str, message: str) -> None:
        self.errors.append(ContentError(self.file, self.line(where, key), node, message))

    def line(self, mapping: Any, key: str | None = None) -> int:
        """The line of `key` inside `mapping` (a YAML mapping remembers only where it starts)."""
        start = line_of(mapping, 1)
        if key is None or not isinstance(mapping, dict) or key not in mapping or start > len(self.text):
            return start
        first = self.text[start - 1]
        if "{" in first:  # a flow mapping sits on its line
            return start
        indent = _key_column(first)
        for number in range(start, min(len(self.text), start + 400) + 1):
            row = self.text[number - 1]
            if not row.strip() or row.lstrip().startswith("#"):
                continue
            column = _key_column(row)
            if number > start and column < indent:
                break
            match = _KEY.match(row)
            if column == indent and match and match.group(1) == key:
                return number
        return start

    def row_with(self, start: int, needle: str) -> int:
        """The first line from `start` that contains `needle` (an item of a list), else `start`."""
        for number in range(start, min(len(self.text), start + 50) + 1):
            if needle in self.text[number - 1]:
                return number
        return start

    # -- reading --------------------------------------------------------------------------------------------------

    def read(self) -> Helplines:
        try:
            self.text = self.path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            self.text = []
        try:
            data = read_yaml(self.path)
        except ContentInvalid as exc:
            raise ContentInvalid([self._with_node(e) for e in exc.errors]) from None
        except ValueError as exc:  # PyYAML raises this for an impossible date such as 2026-13-45
            raise ContentInvalid(self._impossible_dates()
                                 or [ContentError(self.file, 0, "", f"invalid YAML: {exc}")]) from None
        if not isinstance(data, dict):
            raise ContentInvalid([ContentError(self.file, line_of(data, 1), "", "expected a mapping")])
        for key in data:
            if key not in TOP_KEYS:
                self.error(data, key, str(key), f"unknown key (known: {', '.join(TOP_KEYS)})")
        raw = data.get("regions")
        regions: dict[str, Region] = {}
        if not isinstance(raw, dict) or not raw:
            self.error(data, "regions", "regions", "`regions` must be a mapping of region codes")
        else:
            for code, entry in raw.items():
                region = self.region(raw, code, entry)
                if region is not None:
                    regions[region.code] = region
        region_data: dict = raw if isinstance(raw, dict) else {}
        codes = set(region_data)
        default = self.code_ref(data, "default", codes)
        directory = self.code_ref(data, "directory", codes)
        if directory in regions and not regions[directory].lines:
            self.error(data, "directory", "directory", "the directory region needs a line")
        locales = self.hints(data, "locales", _LOCALE, codes)
        languages = self.hints(data, "languages", _LANGUAGE, codes)
        for code, region in regions.items():
            if not region.emergency and code != directory:
                self.error(region_data.get(code), "emergency", f"regions.{code}.emergency",
                           "needs at least one emergency number")
        if self.errors:
            raise ContentInvalid(self.errors)
        helplines = Helplines(MappingProxyType(regions), default, directory,
                              MappingProxyType(locales), MappingProxyType(languages))
        for code in helplines.codes():
            size = len(helplines.short(code))
            if size > MAX_SHORT:
                self.error(region_data.get(code), None, f"regions.{code}",
                           f"short reply is {size} characters (at most {MAX_SHORT}); shorten the first {SHORT_LINES} "
                           "lines")
        if self.errors:
            raise ContentInvalid(self.errors)
        return helplines

    def region(self, regions: dict, code: Any, entry: Any) -> Region | None:
        node = f"regions.{code}"
        if not isinstance(code, str) or not _CODE.match(code):
            self.error(regions, str(code), node, "region code must be two lowercase letters (ISO 3166-1) or `intl`")
            return None
        if not isinstance(entry, dict):
            self.error(regions, code, node, "region must be a mapping with name, emergency, languages and lines")
            return None
        self.unknown(entry, REGION_KEYS, node)
        name = self.string(entry, "name", node)
        emergency = self.numbers(entry, "emergency", node)
        languages = self.codes_list(entry, "languages", node)
        raw_lines = entry.get("lines")
        lines: list[Line] = []
        if not isinstance(raw_lines, list) or not raw_lines:
            self.error(entry, "lines", f"{node}.lines", "needs at least one line (a list)")
        else:
            names: dict[str, int] = {}
            reach: dict[tuple[str, str], int] = {}
            for i, raw in enumerate(raw_lines):
                line = self.helpline(raw, f"{node}.lines[{i}]", entry)
                if line is None:
                    continue
                if line.name.casefold() in names:
                    self.error(raw, "name", f"{node}.lines[{i}].name",
                               f"duplicate line: same name as lines[{names[line.name.casefold()]}]")
                names.setdefault(line.name.casefold(), i)
                for way in line.ways:
                    same = (way.how, _reach_key(way))
                    if same in reach:
                        self.error(raw, "ways", f"{node}.lines[{i}].ways",
                                   f"duplicate line: {way.text()} is already in lines[{reach[same]}]")
                    reach.setdefault(same, i)
                lines.append(line)
        if not name or languages is None or emergency is None or len(lines) != len(raw_lines or []):
            return None
        return Region(code, name, emergency, languages, tuple(lines))

    def helpline(self, raw: Any, node: str, parent: Any) -> Line | None:
        if not isinstance(raw, dict):
            self.error(parent, "lines", node,
                       "a line must be a mapping with name, ways, hours, languages, sources, checked")
            return None
        before = len(self.errors)
        self.unknown(raw, LINE_KEYS, node)
        name = self.string(raw, "name", node)
        ways = self.ways(raw, node)
        hours = self.string(raw, "hours", node)
        languages = self.codes_list(raw, "languages", node)
        sources = self.sources(raw, node)
        checked = self.checked(raw, node)
        note = raw.get("note", "")
        if not isinstance(note, str):
            self.error(raw, "note", f"{node}.note", "`note` must be text")
        if len(self.errors) > before or ways is None or languages is None or sources is None or checked is None:
            return None
        return Line(name, ways, hours, languages, sources[0], checked, sources[1], " ".join(note.split()))

    def ways(self, raw: dict, node: str) -> tuple[Way, ...] | None:
        items = raw.get("ways")
        if not isinstance(items, list) or not items:
            self.error(raw, "ways", f"{node}.ways", f"needs a list of ways, each {{how: {' | '.join(HOWS)}, to: ...}}")
            return None
        ways = []
        for j, item in enumerate(items):
            where = f"{node}.ways[{j}]"
            if not isinstance(item, dict):
                self.error(raw, "ways", where, "a way must be a mapping {how: ..., to: ...}")
                continue
            self.unknown(item, WAY_KEYS, where)
            how, to = item.get("how"), item.get("to")
            if how not in HOWS:
                self.error(item, "how", f"{where}.how", f"unknown `how` {how!r} (known: {', '.join(HOWS)})")
                continue
            if isinstance(to, int) and not isinstance(to, bool):
                self.error(item, "to", f"{where}.to",
                           f"write the number in quotes: to: \"{to}\" (YAML drops leading zeros)")
                continue
            if not isinstance(to, str) or not to.strip():
                self.error(item, "to", f"{where}.to", "`to` must be a number or an address")
                continue
            to = " ".join(to.split())
            if how in PHONE_HOWS and not _plausible_number(to):
                self.error(item, "to", f"{where}.to",
                           f"{to!r} is not a plausible phone number (2-15 digits, spaces, -, (), leading +)")
                continue
            if how in ("chat", "web") and not _ADDRESS.match(to):
                self.error(item, "to", f"{where}.to", f"{to!r} is not a web address (example.org/path or https://...)")
                continue
            keyword, extension = item.get("keyword"), item.get("extension")
            if keyword is not None and (how != "text" or not isinstance(keyword, str) or not _KEYWORD.match(keyword)):
                self.error(item, "keyword", f"{where}.keyword",
                           "`keyword` is for `text` only: one word of letters or digits")
                continue
            if extension is not None and (how != "call" or not isinstance(extension, str) or not extension.isdigit()):
                self.error(item, "extension", f"{where}.extension", "`extension` is for `call` only: digits in quotes")
                continue
            ways.append(Way(how, to, keyword, extension))
        return tuple(ways) if len(ways) == len(items) else None

    def sources(self, raw: dict, node: str) -> tuple[tuple[str, ...], bool] | None:
        items = raw.get("sources")
        verified = raw.get("verified")
        if verified is not None and verified != ONE_SOURCE:
            self.error(raw, "verified", f"{node}.verified",
                       f"`verified` can only be `{ONE_SOURCE}` (leave it out when two sources agree)")
            return None
        if not isinstance(items, list) or not items:
            self.error(raw, "sources", f"{node}.sources", "needs `sources`: the public https pages that list this line")
            return None
        bad = [(i, s) for i, s in enumerate(items) if not isinstance(s, str) or not _URL.match(s.strip())]
        if bad:
            i, source = bad[0]
            line = self.row_with(self.line(raw, "sources"), str(source))
            self.errors.append(ContentError(self.file, line, f"{node}.sources[{i}]",
                                            f"each source must be an https:// address, not {source!r}"))
            return None
        urls = tuple(s.strip() for s in items)
        if len(set(urls)) != len(urls):
            self.error(raw, "sources", f"{node}.sources", "the same source is listed twice")
            return None
        if len(urls) < 2 and verified != ONE_SOURCE:
            self.error(raw, "sources", f"{node}.sources", f"needs two sources that agree, or `verified: {ONE_SOURCE}`")
            return None
        return urls, verified == ONE_SOURCE

    def checked(self, raw: dict, node: str) -> date | None:
        value = raw.get("checked")
        if isinstance(value, date) and type(value) is date:
            return value
        if isinstance(value, str) and _DATE.match(value.strip()):
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                pass
        self.error(raw, "checked", f"{node}.checked",
                   f"`checked` must be the date the line was verified, YYYY-MM-DD, not {value!r}")
        return None

    # -- small fields -----------------------------------------------------------------------------------------------

    def unknown(self, mapping: dict, known: tuple[str, ...], node: str) -> None:
        for key in mapping:
            if key not in known:
                self.error(mapping, key, f"{node}.{key}", f"unknown key (known: {', '.join(known)})")

    def string(self, mapping: dict, key: str, node: str) -> str:
        value = mapping.get(key)
        if not isinstance(value, str) or not value.strip():
            self.error(mapping, key, f"{node}.{key}", f"`{key}` must be non-empty text")
            return ""
        return " ".join(value.split())

    def numbers(self, mapping: dict, key: str, node: str) -> tuple[str, ...] | None:
        value = mapping.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and _plausible_number(v.strip()) for v in value):
            self.error(mapping, key, f"{node}.{key}", f"`{key}` must be a list of numbers in quotes, e.g. [\"112\"]")
            return None
        return tuple(v.strip() for v in value)

    def codes_list(self, mapping: dict, key: str, node: str) -> tuple[str, ...] | None:
        value = mapping.get(key)
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and _LANGUAGE.match(v)
                                                               for v in value):
            self.error(mapping, key, f"{node}.{key}", f"`{key}` must be a list of ISO 639-1 codes, e.g. [en, fr]")
            return None
        return tuple(value)

    def code_ref(self, data: dict, key: str, codes: set) -> str:
        value = data.get(key)
        if not isinstance(value, str) or value not in codes:
            self.error(data, key, key, f"`{key}` must name a region in `regions`, not {value!r}")
            return ""
        return value

    def hints(self, data: dict, key: str, pattern: re.Pattern, codes: set) -> dict[str, str]:
        value = data.get(key, {})
        if not isinstance(value, dict):
            self.error(data, key, key, f"`{key}` must map each {key[:-1]} to a region code")
            return {}
        out = {}
        for hint, code in value.items():
            if not isinstance(hint, str) or not pattern.match(hint):
                self.error(value, str(hint), f"{key}.{hint}", f"{hint!r} is not a {key[:-1]} code")
            elif code not in codes:
                self.error(value, hint, f"{key}.{hint}", f"unknown region {code!r}")
            else:
                out[hint.casefold() if key == "languages" else hint] = code
        return out

    def _impossible_dates(self) -> list[ContentError]:
        found = []
        for number, row in enumerate(self.text, 1):
            match = _DATE_ROW.match(row)
            if not match:
                continue
            try:
                date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            except ValueError:
                found.append(ContentError(self.file, number, _path_at(self.text, number),
                                          f"`{match.group(1)}-{match.group(2)}-{match.group(3)}` is not a date "
                                          "(YYYY-MM-DD)"))
        return found

    def _with_node(self, error: ContentError) -> ContentError:
        """read_yaml names file and line; add the node (e.g. `regions.fr` for a duplicate region)."""
        if error.node or not error.line:
            return error
        return ContentError(error.file, error.line, _path_at(self.text, error.line), error.message)


def _plausible_number(text: str) -> bool:
    digits = sum(c.isdigit() for c in text)
    return bool(_NUMBER.match(text)) and 2 <= digits <= 15 and text.count("(") == text.count(")")


def _reach_key(way: Way) -> str:
    if way.how in PHONE_HOWS:
        return "".join(c for c in way.to if c.isdigit()) + f"/{way.keyword or ''}/{way.extension or ''}"
    return way.to.casefold().removeprefix("https://").rstrip("/")


def _key_column(row: str) -> int:
    """Where the key starts on a YAML row, after indentation and any `- ` list marks."""
    column = len(row) - len(row.lstrip(" "))
    while row[column:column + 2] == "- ":
        column += 2
        column += len(row[column:]) - len(row[column:].lstrip(" "))
    return column


def _path_at(text: list[str], line: int) -> str:
    """The key path of the key on `line` (1-based), read by indentation: `regions.fr.lines[0].checked`."""
    stack: list[tuple[int, str]] = []  # (column, segment)
    counters: dict[tuple, int] = {}
    for number, row in enumerate(text[:line], 1):
        if not row.strip() or row.lstrip().startswith("#"):
            continue
        indent = len(row) - len(row.lstrip(" "))
        column = _key_column(row)
        if row[indent:indent + 2] == "- ":
            while stack and stack[-1][0] >= indent:
                stack.pop()
            parent = tuple(segment for _, segment in stack)
            counters[(parent, indent)] = index = counters.get((parent, indent), -1) + 1
            stack.append((indent, f"[{index}]"))
        else:
            while stack and stack[-1][0] >= column:
                stack.pop()
        match = _KEY.match(row)
        if match:
            stack.append((column, match.group(1)))
        if number == line:
            return "".join(s if s.startswith("[") or i == 0 else f".{s}"
                           for i, (_, s) in enumerate(stack)) if match else ""
    return ""
