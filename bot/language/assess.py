"""Assess one free-text message: crisis language first, then a doubt about oneself, else nothing."""

from __future__ import annotations

from dataclasses import dataclass

from bot.language.crisis_patterns import find_crisis
from bot.language.doubt_patterns import DENIED, THEME_PATTERNS
from bot.language.normalize import clauses, normalize

THEMES: tuple[str, ...] = (
    "not_enough",
    "failure",
    "unlovable",
    "worthless",
    "burden",
    "self_blame",
    "comparison",
    "impostor",
    "hopeless",
    "appearance",
    "not_belonging",
)

CRISIS = "crisis"
DOUBT = "doubt"
NONE = "none"


@dataclass(frozen=True, slots=True)
class Assessment:
    """What a message says: its kind, the doubt's theme, and the normalized words that matched."""

    kind: str
    theme: str | None
    matched: tuple[str, ...]


NOTHING = Assessment(NONE, None, ())


def _find_doubt(clause: str) -> tuple[str, str] | None:
    """Return (theme, matched words) for the first theme that holds in one clause, or None."""
    for theme, pattern in THEME_PATTERNS:
        for match in pattern.finditer(clause):
            if not DENIED.search(clause, 0, match.start()):
                return theme, match.group().strip()
    return None


def assess_strict(text: str) -> Assessment:
    """Assess a message, letting any bug surface (tests call this to prove it never raises)."""
    normalized = normalize(text)
    if not normalized:
        return NOTHING
    crisis = find_crisis(normalized)
    if crisis is not None:
        return Assessment(CRISIS, None, (crisis,))
    for clause in clauses(normalized):
        found = _find_doubt(clause)
        if found is not None:
            theme, words = found
            return Assessment(DOUBT, theme, (words,))
    return NOTHING


def assess(text: str) -> Assessment:
    """Assess a message; never raises, and crisis language always wins over a doubt."""
    try:
        return assess_strict(text)
    except Exception:  # noqa: BLE001 - a bug here must never stop a person's journey
        return NOTHING
