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

__all__ = ["WINDOW", "about_someone_else", "crisis_reading", "denied_before", "held_crisis"]

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
            rest = clause.split()[len(clause.split()) - len(words) + i + 1:]
            if after in _HEDGE or _HEDGE_PHRASE.match(" ".join(rest)):
                continue
            return True
    return False


# Someone else as the one at risk: a third person named before the phrase, with no "i" after them.
_OTHER_SUBJECT = re.compile(
    r"\b(?:he|she|they|someone|somebody|my (?:\w+ ){0,2}?(?:friend|friends|bestie|brother|sister|mom|mum|mother|dad|"
    r"father|son|daughter|kid|kids|child|partner|boyfriend|girlfriend|bf|gf|wife|husband|roommate|flatmate|cousin|"
    r"aunt|uncle|neighbou?r|coworker|colleague|student|students|classmate|ex|teammate|nan|grandma|grandpa|niece|"
    r"nephew|client|patient)|a (?:friend|guy|girl|kid|student|classmate|coworker|colleague|person|member|mate|boy)"
    r"|(?:his|her|their) (?:\w+ )?(?:friend|brother|sister|uncle|aunt|mom|mum|dad|son|daughter|partner|cousin))\b")
_FIRST_PERSON = re.compile(r"\b(?:i|me|my|myself|mine|im)\b")
# Only what a person says of someone's wish or act, never a means or a place ("my dad's gun" is about the speaker).
_ACT = re.compile(r"\b(?:die|dies|died|dying|dead|suicid\w*|kill\w*|kms|end(?:s|ing)? (?:it|things|his|her|their)|"
                  r"live|living|alive|self ?harm\w*|cutting|cuts|overdos\w*|hurt\w*|harm\w*|jump\w*|unalive\w*)\b")
_OTHER_SELF = re.compile(r"\b(?:himself|herself|themselves|themself|his life|her life|their life|their lives)\b")


def about_someone_else(before: str, phrase: str) -> bool:
    """Whether a crisis phrase is said of someone else: "my friend says she wants to die", "a kid in my
    class said he wants to kill himself". Never when the speaker is in the phrase or after the subject."""
    if _FIRST_PERSON.search(phrase) or not _ACT.search(phrase):
        return False
    if _OTHER_SELF.search(phrase):
        return True
    clause = _CLAUSE.split(f" {before} ")[-1]
    subjects = list(_OTHER_SUBJECT.finditer(clause))
    return bool(subjects) and not _FIRST_PERSON.search(clause[subjects[-1].end():])


def crisis_reading(normalized: str, find: Callable[[str], str | None]) -> tuple[str | None, str | None, str | None]:
    """(the first crisis phrase the speaker holds, the first one they deny, the first said of someone else).

    `find` is the rules' search (crisis_patterns.find_crisis) on normalized text; each phrase that is
    denied or someone else's is set aside (" ~ " stands in its place, joining no words) and the rest of
    the message read again, so "my friend wants to die and honestly so do i" still finds the speaker's.
    """
    text = normalized
    denied: str | None = None
    other: str | None = None
    for _ in range(MAX_PHRASES):
        phrase = find(text)
        if phrase is None:
            break
        padded = f" {text} "
        at = padded.find(f" {phrase} ")
        if at < 0:
            at = padded.find(phrase)
        if at < 0:
            return phrase, denied, other
        before = padded[:at]
        if denied_before(before):
            denied = denied or phrase
        elif about_someone_else(before, phrase):
            other = other or phrase
        else:
            return phrase, denied, other
        text = (before + " ~ " + padded[at + len(phrase) + 1:]).strip()
    return None, denied, other


def held_crisis(normalized: str, find: Callable[[str], str | None]) -> tuple[str | None, str | None]:
    """(the first crisis phrase the speaker holds, the first one they deny); someone else's count as held."""
    held, denied, other = crisis_reading(normalized, find)
    return held or other, denied
