"""A crisis phrase the speaker plainly denies: "i'm not suicidal, just tired", "i'd never hurt myself".

The crisis rules read words, not what the speaker does with them, so a denial ("i do not want to
die, i just want this month to be over") matched as a crisis and the person was answered with crisis
care at once. `held_crisis` reads every crisis phrase in the message and keeps the first one the
speaker does not deny; when every phrase is denied it says which, so the caller can let the semantic
model (which reads the whole message) decide, and ask rather than pass where there is no model.

A phrase counts as denied only when a plain negator ("not", "never", "no") stands in the few words
before it, in the same clause, and is not a hedge ("i'm not saying i want to die", "not sure if",
"not joking"). A negation inside the phrase itself ("i do not want to live") is the crisis, not a
denial: the rules' own phrase holds it. Works on normalized text (bot.language.normalize: contractions
expanded, clauses marked by " . ").
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["WINDOW", "denied_before", "held_crisis"]

# How many words before a phrase a negator may stand and still deny it ("i have got no intention of").
WINDOW = 4
# At most this many phrases are read in one message (each denied one is set aside and the rest read).
MAX_PHRASES = 6

_NEGATOR = {"not", "never", "no", "nope", "zero", "nor"}
# Words after a negator that make it a hedge or something else, not a denial of what follows.
_HEDGE = {"saying", "sure", "joking", "kidding", "lying", "like", "only", "just", "that", "because", "even",
          "really", "exactly", "totally", "always", "certain", "positive", "one", "able", "know", "afraid",
          "scared", "stop", "help", "point", "reason", "way", "longer", "more", "anymore", "hope", "future",
          "strength", "energy", "matter", "care"}
# Hedges of more than one word: "i'm not going to lie, i want to die".
_HEDGE_PHRASE = re.compile(r"^(?:going to lie|gonna lie|going to pretend|to mention|to be dramatic)\b")
_CLAUSE = re.compile(r" [.!?;] | but | and then | however ")


def denied_before(before: str) -> bool:
    """Whether the words just before a crisis phrase (same text, already cut at the phrase) deny it."""
    clause = _CLAUSE.split(f" {before} ")[-1]
    words = clause.split()[-WINDOW:]
    for i, word in enumerate(words):
        if word in _NEGATOR:
            after = words[i + 1] if i + 1 < len(words) else ""
            if after in _HEDGE or _HEDGE_PHRASE.match(" ".join(clause.split()[len(clause.split()) - len(words) + i + 1:])):
                continue
            return True
    return False


def held_crisis(normalized: str, find: Callable[[str], str | None]) -> tuple[str | None, str | None]:
    """(the first crisis phrase the speaker does not deny, the first one they do), by `find`.

    `find` is the rules' search (crisis_patterns.find_crisis) on normalized text; each denied phrase
    is set aside (" ~ " stands in its place, joining no words) and the rest of the message read again.
    """
    text = normalized
    denied: str | None = None
    for _ in range(MAX_PHRASES):
        phrase = find(text)
        if phrase is None:
            return None, denied
        padded = f" {text} "
        at = padded.find(f" {phrase} ")
        if at < 0:
            at = padded.find(phrase)
        if at < 0 or not denied_before(padded[:at]):
            return phrase, denied
        denied = denied or phrase
        text = (padded[:at] + " ~ " + padded[at + len(phrase) + 1:]).strip()
    return None, denied
