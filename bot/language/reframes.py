"""The inner-wisdom figure's reframes of doubts: loading, validating and choosing without repeats."""

from __future__ import annotations

import random
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.content import ContentError, ContentInvalid, line_of, read_yaml
from bot.language.assess import THEMES
from bot.language.quote import quote_phrase

__all__ = ["Reframe", "ReframeBook", "load_reframes", "quote_phrase", "MIN_PER_THEME", "MAX_TEXT"]

MIN_PER_THEME = 4
MAX_TEXT = 2000
PHRASE = "{phrase}"
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True, slots=True)
class Reframe:
    """One reframe in the figure's voice; `text` may hold a {phrase} slot for the person's words."""

    id: str
    theme: str
    text: str

    @property
    def quotes(self) -> bool:
        """Whether this reframe has a slot for the person's own words."""
        return PHRASE in self.text

    def render(self, quoted: str | None) -> str:
        """Fill the {phrase} slot, or drop the sentences that need it when there is nothing to quote."""
        if not self.quotes:
            return self.text
        if quoted is not None:
            return self.text.replace(PHRASE, quoted)
        return " ".join(s for s in _SENTENCE_END.split(self.text) if PHRASE not in s)


class ReframeBook:
    """All reframes by theme; picks one a person has not seen yet."""

    def __init__(self, reframes: Sequence[Reframe], rng: random.Random | None = None):
        self._by_theme: dict[str, tuple[Reframe, ...]] = {
            theme: tuple(r for r in reframes if r.theme == theme) for theme in THEMES
        }
        self.themes: tuple[str, ...] = tuple(t for t in THEMES if self._by_theme[t])
        self._rng = rng

    def pool(self, theme: str) -> tuple[Reframe, ...]:
        """Every reframe of a theme, in file order."""
        try:
            return self._by_theme[theme]
        except KeyError:
            raise ValueError(f"unknown theme {theme!r}") from None

    def choose(self, theme: str, seen: Collection[str], phrase: str | None = None) -> tuple[str, str]:
        """Return (reframe_id, rendered_text) for a reframe of `theme` not in `seen` if any is left."""
        pool = self.pool(theme)
        if not pool:
            raise ValueError(f"no reframes for theme {theme!r}")
        quoted = quote_phrase(phrase) if phrase is not None else None
        fresh = [r for r in pool if r.id not in seen]
        if not fresh:  # the pool is used up: start over, avoiding the one they saw last
            last = _most_recent(pool, seen)
            fresh = [r for r in pool if r.id != last] or list(pool)
        if quoted is None:
            # Without their words, a reframe written whole reads better than one with a sentence cut.
            fresh = [r for r in fresh if not r.quotes] or fresh
        picked = self._rng.choice(fresh) if self._rng else fresh[0]
        return picked.id, picked.render(quoted)


def _most_recent(pool: Sequence[Reframe], seen: Collection[str]) -> str | None:
    """The id of the theme seen last, when `seen` keeps order (a list or tuple); else None."""
    if not isinstance(seen, Sequence) or isinstance(seen, str):
        return None
    ids = {r.id for r in pool}
    return next((i for i in reversed(seen) if i in ids), None)


def _check_text(file: str, line: int, node: str, text: object, errors: list[ContentError]) -> bool:
    """Record problems with one reframe text; return True if it is usable."""
    if not isinstance(text, str) or not text.strip():
        errors.append(ContentError(file, line, node, "text must be a non-empty string"))
        return False
    if len(text) > MAX_TEXT:
        errors.append(ContentError(file, line, node, f"text is {len(text)} characters (at most {MAX_TEXT})"))
    for name in _PLACEHOLDER.findall(text):
        if name != "phrase":
            errors.append(ContentError(file, line, node, f"unknown placeholder {{{name}}} (only {{phrase}})"))
    if PHRASE in text and not Reframe("", "", text).render(None).strip():
        errors.append(ContentError(file, line, node, "needs a sentence without {phrase} for when nothing is quoted"))
    return True


def load_reframes(path: Path) -> ReframeBook:
    """Read and validate reframes.yaml; raise ContentInvalid listing every problem."""
    file = str(path)
    data = read_yaml(Path(path))
    errors: list[ContentError] = []
    themes = data.get("themes") if isinstance(data, dict) else None
    if not isinstance(themes, dict):
        raise ContentInvalid([ContentError(file, line_of(data, 1), "", "expected a mapping `themes:` of theme -> list")])
    reframes: list[Reframe] = []
    ids: set[str] = set()
    for theme, entries in themes.items():
        if theme not in THEMES:
            errors.append(ContentError(file, line_of(themes, 1), str(theme), f"unknown theme (known: {', '.join(THEMES)})"))
            continue
        if not isinstance(entries, list):
            errors.append(ContentError(file, line_of(themes, 1), theme, "expected a list of reframes"))
            continue
        count = 0
        for entry in entries:
            line = line_of(entry, line_of(themes, 1))
            if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
                errors.append(ContentError(file, line, theme, "each reframe needs `id` and `text`"))
                continue
            rid = entry["id"]
            if rid in ids:
                errors.append(ContentError(file, line, rid, "duplicate id"))
                continue
            ids.add(rid)
            if not rid.startswith(theme + "."):
                errors.append(ContentError(file, line, rid, f"id must start with {theme!r}."))
            if _check_text(file, line, rid, entry.get("text"), errors):
                reframes.append(Reframe(rid, theme, entry["text"].strip()))
                count += 1
        if count < MIN_PER_THEME:
            errors.append(ContentError(file, line_of(themes, 1), theme, f"has {count} reframes (at least {MIN_PER_THEME})"))
    for theme in THEMES:
        if theme not in themes:
            errors.append(ContentError(file, line_of(themes, 1), theme, "theme is missing"))
    if errors:
        raise ContentInvalid(errors)
    return ReframeBook(reframes)
