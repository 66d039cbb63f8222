"""A person's own words at a `keep` prompt: whether an answer is words to keep, and how to say them back.

At the figure stage a person may say how their figure looks; at the waking, the phrase to carry may be
theirs. Such an answer is kept as it was written (tidied: one line, no trailing punctuation, at most
KEEP_CHARS characters, cut at a word) and said back with one escaping step when a line is filled: for Discord, its
markdown and mentions are escaped (bot/language/quote.py), for the console it stays plain. An answer
that declines, asks a question, or holds no word of substance ("idk", "hmm", "yes") is not kept.
Pure: no I/O, no state.
"""

from __future__ import annotations

import re

from bot.journey.choosing import STOPWORDS
from bot.journey.routing import declines
from bot.journey.words import NEGATORS, fold
from bot.language.quote import quote_phrase

KEEP_CHARS = 120  # what is kept and said back; a longer answer is cut at a word, with an ellipsis
MARKUPS = ("discord", "plain")
# Words that say nothing of what was asked: an answer of only these (and small words) is not kept.
FILLERS = frozenset({
    "idk", "dunno", "know", "sure", "unsure", "idea", "hmm", "hm", "hmmm", "mm", "meh", "whatever", "yes", "yep",
    "nope", "nah", "something", "anything", "everything", "nothing", "thing", "things", "like", "guess", "think",
    "lol", "ok", "okay", "k", "fine", "same", "dont", "cant", "say", "tell", "see", "pass", "skip",
})
QUESTION_WORDS = frozenset({"what", "who", "how", "why", "where", "when", "which", "do", "does", "did", "is", "are",
                            "am", "can", "could", "should", "would", "will", "whats", "whos", "hows", "huh"})
_TRAILING = " \t.,;:!?-\u2026"
_ESCAPED = re.compile(r"\\(.)", re.DOTALL)


def own_words(text: str) -> str | None:
    """The answer as words to keep, tidied; None when it declines, asks, or says nothing to keep."""
    tidy = " ".join(text.split())
    words = fold(tidy).split()
    if not words or declines(tidy) or (tidy.endswith("?") and words[0] in QUESTION_WORDS):
        return None  # "what do you mean?" asks; "an old man?" is a shy answer, and kept
    if not any(w not in STOPWORDS and w not in NEGATORS and w not in FILLERS and not w.isdecimal() for w in words):
        return None
    tidy = tidy.rstrip(_TRAILING)
    if quote_phrase(tidy, KEEP_CHARS) is None:  # nothing left once mentions and symbols are taken out
        return None
    if len(tidy) > KEEP_CHARS:  # kept no longer than it is said back: cut at a word, marked with an ellipsis
        cut = tidy[:KEEP_CHARS - 1]
        space = cut.rfind(" ")
        tidy = (cut[:space] if space > KEEP_CHARS // 3 else cut).rstrip(_TRAILING) + "\u2026"
    return tidy


def say_back(words: str, markup: str = "discord") -> str:
    """Kept words as a line shows them: escaped once for Discord (no markdown, no mentions), or plain."""
    if markup not in MARKUPS:
        raise ValueError(f"unknown markup {markup!r} ({' or '.join(MARKUPS)})")
    escaped = quote_phrase(words, KEEP_CHARS)
    if escaped is None:
        return ""
    if markup == "discord":
        return escaped
    return _ESCAPED.sub(r"\1", escaped).replace("@\u200b", "@")
