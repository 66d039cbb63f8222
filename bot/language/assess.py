"""Assess one free-text message: crisis language first, then a doubt about oneself, else nothing."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.language.crisis_patterns import find_crisis
from bot.language.doubt_patterns import (
    ANY_DOUBT,
    DENIED,
    FIRST_PERSON,
    REPORTED,
    THEME_PATTERNS,
)
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


def _held(marked: str, clause_start: int, match: re.Match[str]) -> bool:
    """Whether the speaker holds the matched belief, rather than denying or reporting it."""
    if DENIED.search(marked, clause_start, match.start()):
        return False  # "i do not think i am a burden": the belief is denied in its own clause
    # "my friend thinks everyone else has it together": their words, not the speaker's.
    return not (REPORTED.search(marked, clause_start, match.start()) and not FIRST_PERSON.search(match.group()))


def _find_doubt(marked: str) -> tuple[str, str] | None:
    """Return (theme, matched words) for the earliest clause holding a doubt, or None.

    One pass of ANY_DOUBT finds the earliest clause where some rule matches (most messages have
    none and stop there); within that clause the themes are tried in THEME_PATTERNS order, so the
    more specific wins. A match may run past its clause (comparisons do), so none is cut short.
    No rule matches in the clause before the hit, so each theme's matches are read from there.
    """
    pos = 0
    while (hit := ANY_DOUBT.search(marked, pos)) is not None:
        clause_start = marked.rfind(CLAUSE_MARK, 0, hit.start()) + 1
        clause_end = marked.find(CLAUSE_MARK, hit.start() + 1)
        found = ANY_DOUBT.by_family(marked, hit.start(), clause_end)
        for index, (theme, _) in enumerate(THEME_PATTERNS):
            for match in found.get(index, ()):
                if _held(marked, clause_start, match):
                    return theme, match.group().strip()
        pos = clause_end
    return None


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
