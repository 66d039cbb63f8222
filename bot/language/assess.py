"""Assess one free-text message: crisis language first, then a doubt about oneself, else nothing."""

from __future__ import annotations

from dataclasses import dataclass

from bot.language.crisis_patterns import find_crisis
from bot.language.doubt_patterns import DENIED, THEME_PATTERNS
from bot.language.normalize import CLAUSE_MARK, mark_clauses, normalize

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


def _find_doubt(marked: str) -> tuple[str, str] | None:
    """Return (theme, matched words) for the earliest clause holding a doubt, or None.

    Within one clause the themes are tried in THEME_PATTERNS order, so the more specific wins.
    """
    best: tuple[int, str, str] | None = None
    for theme, pattern in THEME_PATTERNS:
        for match in pattern.finditer(marked):
            clause_start = marked.rfind(CLAUSE_MARK, 0, match.start()) + 1
            if DENIED.search(marked, clause_start, match.start()):
                continue  # "i do not think i am a burden": the belief is denied in its own clause
            if best is None or clause_start < best[0]:
                best = (clause_start, theme, match.group().strip())
            break
        if best is not None and best[0] == 0:
            break  # nothing can come before the first clause, and earlier themes win ties
    return (best[1], best[2]) if best else None


def assess_strict(text: str) -> Assessment:
    """Assess a message, letting any bug surface (tests call this to prove it never raises)."""
    normalized = normalize(text)
    if not normalized:
        return NOTHING
    crisis = find_crisis(normalized)
    if crisis is not None:
        return Assessment(CRISIS, None, (crisis,))
    found = _find_doubt(f" | {mark_clauses(normalized)} | ")
    if found is not None:
        return Assessment(DOUBT, found[0], (found[1],))
    return NOTHING


def assess(text: str) -> Assessment:
    """Assess a message; never raises, and crisis language always wins over a doubt."""
    try:
        return assess_strict(text)
    except Exception:  # noqa: BLE001 - a bug here must never stop a person's journey
        return NOTHING
