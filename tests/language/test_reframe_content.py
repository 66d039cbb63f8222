"""Reframe content: the figure's perspectives and steps never answer an event the person didn't mention.

A person who writes "i always mess up at work" has said nothing about a presentation, an interview or a
review, so a perspective that names one answers something they never said. Texts for an area speak of
the area in general terms ("at work", "with your family") and of the thinking trap itself. A few words
are general inside one area or trap (a grade at school, a doctor for health): GENERAL_IN lists those.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.language.reframes import Piece, ReframeBook, load_reframes

ROOT = Path(__file__).resolve().parents[2]
REFRAMES = ROOT / "dialogues" / "reframes.yaml"
# The sections whose texts answer the doubt (perspectives, trap acknowledgements) or suggest a step.
CHECKED = ("views", "traps", "feelings", "steps")

# Specific events, objects and situations a person may not have named. Each is matched as a whole word,
# with a plural or a few endings where they read the same ("fights", "promoted").
EVENT_WORDS = (
    "presentation", "interview", "review", "quiz", "exam", "test", "date", "party", "parties", "funeral",
    "diagnosis", "diagnosed", "bill", "mirror", "fight", "argument", "deadline", "promotion", "promoted",
    "meeting", "typo", "email", "snack", "budget", "scale", "retirement", "sibling", "pool", "gym",
    "appointment", "doctor", "nurse", "changing room", "group chat", "night out", "jealousy", "grade",
    "assignment", "essay", "credit card", "house", "eulogy", "wedding", "breakup", "break-up", "divorce",
    "birthday", "anniversary", "hospital", "surgery", "scan", "rent", "debt", "loan", "mortgage", "payslip",
)
# Words that are general inside an area or trap (the key of a pool, or an area a text is written for).
GENERAL_IN = {
    "grade": {"school"},
    "exam": {"school"},
    "doctor": {"health"},
    "sibling": {"family"},  # one of a list of roles: "a good daughter, son, sibling or parent"
}

_PATTERN = re.compile(r"\b(" + "|".join(re.escape(w) for w in sorted(EVENT_WORDS, key=len, reverse=True))
                      + r")(?:s|es|ed)?\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def book() -> ReframeBook:
    return load_reframes(REFRAMES)


def presumed_events(piece: Piece) -> list[str]:
    """The event words of `piece` that its own area or trap doesn't make general."""
    where = {piece.key, *piece.areas}
    found = [m.group(1).lower() for m in _PATTERN.finditer(piece.text)]
    return [word for word in found if not GENERAL_IN.get(word, set()) & where]


def test_no_perspective_or_step_presumes_an_event(book: ReframeBook) -> None:
    offenders = {piece.id: presumed_events(piece)
                 for section in CHECKED for pool in book.pools(section).values() for piece in pool
                 if presumed_events(piece)}
    assert not offenders, offenders


def test_every_checked_section_is_read(book: ReframeBook) -> None:
    for section in CHECKED:
        assert sum(len(pool) for pool in book.pools(section).values()) >= 20, section


@pytest.mark.parametrize(("piece", "expected"), [
    (Piece("x", "traps", "labeling", "Freezing up in a presentation is something that happened.", ("work",)),
     ["presentation"]),
    (Piece("x", "traps", "fortune_telling", "Nobody knows yet how the interview or the review will go.", ("work",)),
     ["interview", "review"]),
    (Piece("x", "traps", "catastrophizing", "A big bill is a real problem, and it's one problem.", ("money",)),
     ["bill"]),
    (Piece("x", "traps", "all_or_nothing", "Even a big fight isn't the whole relationship.", ("partner",)),
     ["fight"]),
    (Piece("x", "traps", "comparing", "Couples at parties look happier.", ("partner",)), ["parties"]),
    (Piece("x", "steps", "body", "Give the mirror a rest today."), ["mirror"]),
    (Piece("x", "steps", "work", "Ask about the grade."), ["grade"]),  # a grade is general at school only
    (Piece("x", "steps", "health", "Write down one question for your doctor."), []),
    (Piece("x", "traps", "all_or_nothing", "A grade is a note on one piece of work.", ("school",)), []),
    (Piece("x", "traps", "should", "You're allowed to be where you are, at work and at home.", ("work",)), []),
    (Piece("x", "steps", "any", "Update your list, then rest. Contest nothing."), []),  # words inside words
])
def test_the_check_finds_presumed_events(piece: Piece, expected: list[str]) -> None:
    assert presumed_events(piece) == expected
