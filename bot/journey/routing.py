"""Routing that reads: a prompt's answer goes to the route it affirms, never to one it denies.

A prompt's routes list words (and phrases: "not alone", "all of it") that send an answer their way.
Reading an answer, this module understands three things the bare words don't:

- negation: "it doesn't look kind" does not affirm "kind" (a "not", "no", "never", "n't"... up to
  three words before the route's word; further back in the same clause, it is left unsure and not
  taken). "can't stop thinking about work" and "not only" cancel the "not". A phrase that holds its
  own "not" ("not enough", "not your fault") is affirmed as written. "kind? not really" denies it too.
- contrast: "not work, it's my family", "work, but mostly my family": what comes after "but",
  "though", "actually"... outweighs what came before it.
- declining: "I'd rather not say", "pass", "it's private" take no route at all.

When the answer affirms exactly one route, that route is taken. Otherwise (nothing affirmed, only
denied, declined, or two routes at once) the answer gets None and goes to the prompt's default,
whose text must reflect back neutrally: it never says the opposite of what the person wrote.
Pure: no I/O, no state.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from bot.journey.model import Route
from bot.journey.words import NEGATORS, fold

CONTRAST = frozenset({"but", "though", "although", "however", "instead", "actually", "whereas", "except"})
NEGATION_WINDOW = 3  # words between a negator and the word it turns around
CANCELS = frozenset({"stop", "stops", "stopping", "help", "escape", "shake", "forget", "only", "wait", "avoid"})
NEGATING_PAIRS = (("rather", "than"), ("instead", "of"), ("other", "than"), ("apart", "from"), ("except", "for"),
                  ("less", "about"), ("far", "from"))
AFTERTHOUGHT = frozenset({"really", "quite", "at", "all", "exactly", "so", "much", "that", "sure", "actually",
                          "though", "or", "maybe", "not", "no", "nope", "nah", "never", "i", "dont", "think",
                          "it", "its", "isnt", "doesnt"})  # "kind? not really", "or not", "i don't think so"
DECLINES = tuple(tuple(p.split()) for p in (
    "rather not", "prefer not", "rather keep", "rather skip", "rather pass", "dont want to say", "dont want to share",
    "dont want to talk", "dont want to tell", "dont want to write", "dont want to answer", "not telling",
    "not saying", "wont say", "none of your business", "no comment", "pass", "skip", "skip it", "its private",
    "private", "its personal", "personal", "keep it to myself", "not going to say", "not gonna say",
))
_BREAK = re.compile(r"[.,;:!?\n()\[\]{}…—–]+|\s-+\s")


@dataclass(frozen=True, slots=True)
class Reading:
    """What an answer affirmed: the route taken (or None) and why, for tests and logs."""

    route: Route | None
    why: str  # route | declined | mixed | denied | unsure | none


def route(text: str, routes: Sequence[Route]) -> Route | None:
    """The one route `text` affirms, or None (the prompt's default)."""
    return read(text, routes).route


def read(text: str, routes: Sequence[Route]) -> Reading:
    """How `text` answers a prompt with `routes`."""
    if not routes:
        return Reading(None, "none")
    patterns = _patterns(tuple(routes))
    standing: dict[str, Route] = {}  # affirmed so far, by label
    denied: set[str] = set()
    unsure: set[str] = set()
    declined = False
    contrast_after_decline = False
    last_affirmed: set[str] = set()
    for words, contrast in _clauses(text):
        if declined and contrast:
            contrast_after_decline = True
        if _declines(words):
            declined, standing, last_affirmed = True, {}, set()
            continue
        found = _matches(words, patterns)
        if not found:
            if last_affirmed and _afterthought(words):  # "kind? not really"
                for label in last_affirmed:
                    standing.pop(label, None)
                    denied.add(label)
                last_affirmed = set()
            continue
        affirmed = {label: r for label, (r, how) in found.items() if how == "affirmed"}
        for label, (_, how) in found.items():
            (denied if how == "denied" else unsure if how == "unsure" else set()).add(label)
        if declined and not contrast_after_decline:
            continue
        if contrast and affirmed:
            standing = {}  # "not work, but my family": what follows the contrast outweighs
        for label, (_, how) in found.items():
            if how == "denied":
                standing.pop(label, None)
        standing.update(affirmed)
        last_affirmed = set(affirmed)
    if len(standing) == 1:
        return Reading(next(iter(standing.values())), "route")
    if standing:
        return Reading(None, "mixed")
    if declined:
        return Reading(None, "declined")
    if denied:
        return Reading(None, "denied")
    return Reading(None, "unsure" if unsure else "none")


def declines(text: str) -> bool:
    """Whether an answer declines to answer ("I'd rather not say", "pass"), with or without routes."""
    return any(_declines(words) for words, _ in _clauses(text))


@lru_cache(maxsize=256)
def _patterns(routes: tuple[Route, ...]) -> dict[str, tuple[tuple[tuple[str, ...], Route], ...]]:
    """Every route's words and phrases as folded word sequences, by first word, longest first."""
    found: dict[str, list[tuple[tuple[str, ...], Route]]] = {}
    for item in routes:
        for word in item.words:
            folded = tuple(fold(word).split())
            if folded:
                found.setdefault(folded[0], []).append((folded, item))
    return {first: tuple(sorted(items, key=lambda pair: -len(pair[0]))) for first, items in found.items()}


def _clauses(text: str) -> list[tuple[list[str], bool]]:
    """The answer cut at punctuation and at contrast words; each clause with whether a contrast opens it."""
    clauses: list[tuple[list[str], bool]] = []
    for part in _BREAK.split(text):
        words = _unhedged(fold(part).split())
        current: list[str] = []
        contrast = False
        for index, word in enumerate(words):
            if word in CONTRAST:
                if index + 1 < len(words) and (word, words[index + 1]) in NEGATING_PAIRS:
                    current.append(word)  # "instead of work", "except for work": kept in its clause
                    continue
                if current:
                    clauses.append((current, contrast))
                current, contrast = [], True
                continue
            current.append(word)
        if current:
            clauses.append((current, contrast))
    return clauses


def _unhedged(words: list[str]) -> list[str]:
    """Drop "kind of", "sort of" and "at all", which carry no route ("it's kind of sad")."""
    kept: list[str] = []
    index = 0
    while index < len(words):
        pair = tuple(words[index:index + 2])
        if pair in (("kind", "of"), ("sort", "of"), ("at", "all")):
            index += 2
            continue
        kept.append(words[index])
        index += 1
    return kept


_DECLINES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in DECLINES:
    _DECLINES_BY_FIRST.setdefault(_phrase[0], []).append(_phrase)


def _declines(words: list[str]) -> bool:
    size = len(words)
    for index, word in enumerate(words):
        for phrase in _DECLINES_BY_FIRST.get(word, ()):
            if len(phrase) == 1 and size > 2:
                continue  # "pass" or "skip" as the answer, not "the days pass"
            if tuple(words[index:index + len(phrase)]) == phrase:
                return True
    return False


def _afterthought(words: list[str]) -> bool:
    return all(word in AFTERTHOUGHT for word in words) and any(word in NEGATORS for word in words)


def _matches(words: list[str],
             patterns: dict[str, tuple[tuple[tuple[str, ...], Route], ...]]) -> dict[str, tuple[Route, str]]:
    """Each route found in one clause, by label: affirmed, denied or unsure (a negator further back).

    Left to right, the longest phrase first at each word ("not alone" before "alone").
    """
    found: dict[str, tuple[Route, str]] = {}
    start = 0
    while start < len(words):
        word = words[start]
        candidates = patterns.get(word, ())
        if word.endswith("s") and word[:-1] in patterns:  # "friends" for "friend"
            candidates = (*candidates, *patterns[word[:-1]])
        for phrase, item in sorted(candidates, key=lambda pair: -len(pair[0])) if len(candidates) > 1 else candidates:
            n = len(phrase)
            if not _same(words[start:start + n], phrase) or len(words) - start < n:
                continue
            how = _polarity(words, start)
            previous = found.get(item.label)
            if previous is None or previous[1] != "affirmed":
                found[item.label] = (item, how)
            start += n - 1
            break
        start += 1
    return found


def _same(words: Sequence[str], phrase: tuple[str, ...]) -> bool:
    if len(words) < len(phrase):
        return False
    for word, wanted in zip(words, phrase, strict=False):
        if word != wanted and not (word.endswith("s") and word[:-1] == wanted):
            return False
    return True


def _polarity(words: list[str], start: int) -> str:
    """Whether the word at `start` is affirmed, denied (a negator just before it) or unsure."""
    for back in range(start - 1, -1, -1):
        word = words[back]
        negates = word in NEGATORS or (back > 0 and (words[back - 1], word) in NEGATING_PAIRS)
        if not negates:
            continue
        if back + 1 < len(words) and back + 1 != start and words[back + 1] in CANCELS:
            continue  # "can't stop thinking about work", "not only"
        return "denied" if start - back <= NEGATION_WINDOW else "unsure"
    return "affirmed"
