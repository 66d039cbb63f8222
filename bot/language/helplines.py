"""Crisis lines by region, read and validated from dialogues/helplines.yaml.

Everything about a country lives in the YAML file: its lines, emergency numbers, the Discord locales and
message languages that point to it. No region code is written here, so adding a country is a YAML edit.

    helplines = load_helplines(Path("dialogues/helplines.yaml"))
    helplines.short(helplines.resolve(person_region, region_for_locale(locale), server_region))

This module is the way in: loading, the shipped file read once, and the locale and language tables. What a
file holds (Way, Line, Region, Helplines) is in helpline_data.py and its validation in helpline_reader.py;
their names are importable from here too.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from bot.content import ContentError, ContentInvalid, line_of, read_yaml
from bot.language.helpline_data import (
    HOWS,
    MAX_SEARCH,
    MAX_SHORT,
    ONE_SOURCE,
    PHONE_HOWS,
    SHORT_LINES,
    Helplines,
    Line,
    Region,
    Way,
)
from bot.language.helpline_reader import LINE_KEYS, REGION_KEYS, TOP_KEYS, WAY_KEYS, _Reader

__all__ = [
    "HOWS", "LINE_KEYS", "MAX_SEARCH", "MAX_SHORT", "ONE_SOURCE", "PHONE_HOWS", "REGION_KEYS", "SHIPPED", "SHORT_LINES",
    "TOP_KEYS", "WAY_KEYS", "Helplines", "Line", "Region", "Way", "load_helplines", "region_codes",
    "region_for_language",
    "region_for_locale", "shipped",
]

# The packaged copy in an installed wheel (bot/dialogues), else the checkout's top-level dialogues/.
_PACKAGED = Path(__file__).resolve().parents[1] / "dialogues" / "helplines.yaml"
SHIPPED = _PACKAGED if _PACKAGED.is_file() else Path(__file__).resolve().parents[2] / "dialogues" / "helplines.yaml"


def load_helplines(path: Path = SHIPPED) -> Helplines:
    """Read and validate helplines.yaml; raise ContentInvalid naming file, line and node for every problem."""
    return _Reader(Path(path)).read()


@lru_cache(maxsize=1)
def shipped() -> Helplines:
    """The shipped dialogues/helplines.yaml, read once."""
    return load_helplines(SHIPPED)


def region_for_locale(locale: str | None, helplines: Helplines | None = None) -> str | None:
    """Discord locale -> region code (the table is `locales:` in helplines.yaml); None when not mappable.

    en-US -> us, en-GB -> uk, es-ES -> es, es-419 -> mx (the most Spanish speakers of the Americas), pt-BR -> br,
    fr, de, it, nl, pl, tr, id -> the same code, ja -> jp, hi -> in. Other locales, such as `uk` (Ukrainian), -> None.
    """
    return (helplines or shipped()).region_for_locale(locale)


def region_for_language(language: str | None, helplines: Helplines | None = None) -> str | None:
    """Message language -> likely region (the table is `languages:` in helplines.yaml); None when not mappable."""
    return (helplines or shipped()).region_for_language(language)


def region_codes(path: Path = SHIPPED) -> tuple[str, ...]:
    """The region codes in `path`, read without full validation (for checking a setting at start-up)."""
    try:
        data = read_yaml(Path(path))
    except ValueError as exc:  # an impossible date; load_helplines names its line
        raise ContentInvalid([ContentError(str(path), 0, "", f"invalid YAML: {exc}")]) from None
    regions = data.get("regions") if isinstance(data, dict) else None
    if not isinstance(regions, dict) or not regions:
        raise ContentInvalid([ContentError(str(path), line_of(data, 1), "regions", "`regions` must be a mapping")])
    return tuple(str(code) for code in regions)
