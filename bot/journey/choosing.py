"""Typed choices: a message that is a choice's number or its words picks that choice.

"im on the shore" is "I'm on the shore"; "stay a litle longer" is "Let me stay a little longer";
"numb" is "Numb. Hard to say"; "two", "option 2" and "the second one" are the second choice (at a
check-in, "seven" is the label 7). A message is a choice when it is the label folded (case, punctuation,
apostrophes), the label with one small typo (two in a long label), or most of the label's content
words and nothing else of substance. Never when it only shares a word or two of little weight with a
label, when it says "not" where the label doesn't (or the other way round), or when two choices fit
equally well: then it is free text, which the service checks for crisis before anything else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.journey.model import Choice
from bot.journey.words import NEGATORS, fold, looks_negated, near, negated, typo_distance

# Words that carry no choice on their own: "I'm", "the", "a little". A message made only of these
# (and of negators) never picks a choice by its words, only by being the label itself.
STOPWORDS = frozenset({
    "i", "im", "id", "ill", "ive", "me", "my", "mine", "myself", "you", "your", "youre", "yours", "yourself",
    "it", "its", "a", "an", "the", "to", "of", "in", "on", "at", "for", "from", "into", "about", "around",
    "and", "or", "so", "but", "is", "am", "are", "be", "been", "was", "this", "that", "these", "those",
    "them", "they", "their", "theyre", "we", "us", "our", "with", "as", "do", "does", "did", "if", "what",
    "who", "how", "which", "let", "lets", "okay", "ok", "yes", "yeah", "just", "little", "bit", "really",
    "very", "quite", "still", "too", "now", "while", "actually", "honestly", "maybe", "there", "some",
    "one", "oh", "um", "well", "please",
})
_NUMBERS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
CARDINALS = {word: n for n, word in enumerate(_NUMBERS)}
ORDINALS = {word: n for n, word in enumerate(("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                                              "eighth", "ninth", "tenth")) if word}
ORDINALS.update({f"{n}{end}": n for n, end in ((1, "st"), (2, "nd"), (3, "rd"), *((n, "th") for n in range(4, 11)))})
_NUMBER_LEAD = frozenset({"the", "option", "number", "choice", "button", "pick", "i", "ill", "take", "go", "with"})
_NUMBER_TAIL = frozenset({"one", "option", "please", "choice", "button"})
MAX_EXTRA = 2  # small words a message may add to a label ("yes, i see it")
_SEGMENT = re.compile(r"[.,;:!?]+")
_LEADING = ("but", "and", "or", "so")


@dataclass(frozen=True, slots=True)
class Label:
    """One choice's label, folded once for matching."""

    choice: Choice
    folded: str  # "im on the shore"
    words: frozenset[str]
    parts: tuple[tuple[str, ...], ...]  # content words of the whole label, then of each segment
    negated: bool


def labels_of(choices: Sequence[Choice]) -> tuple[Label, ...]:
    """The labels of a node's choices, in order."""
    return tuple(_label(choice) for choice in choices)


def _label(choice: Choice) -> Label:
    folded = fold(choice.label)
    words = folded.split()
    parts = [_content(words)]
    segments = [fold(s).split() for s in _SEGMENT.split(choice.label) if fold(s)]
    if len(segments) > 1:
        for segment in segments:
            while segment and segment[0] in _LEADING:
                segment = segment[1:]
            if not _content(segment) or negated(segment) != negated(words):
                continue  # a segment without the label's "not" ("I'm here" of "I can't feel it, but I'm here")
            parts.append(_content(segment))
    return Label(choice, folded, frozenset(words), tuple(p for p in parts if p), negated(words))


def _content(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(w for w in words if w not in STOPWORDS and w not in NEGATORS)


def pick(labels: Sequence[Label], text: str) -> Choice | int | None:
    """The choice `text` names among `labels`; the number itself when it is a number that picks nothing."""
    folded = fold(text)
    if not folded:
        return None
    for label in labels:
        if label.folded == folded:  # a check-in's "7" is its label, not the seventh button
            return label.choice
    spoken = _spoken_number(folded)
    if spoken is not None:  # "two", "the second one", "option 3"
        folded, ordinal = spoken
        for label in labels:
            if label.folded == folded and not ordinal:  # a check-in's "seven" is its label "7"
                return label.choice
    if folded.isdecimal() and len(folded) < 6:  # isdigit() admits "²", which int() refuses
        number = int(folded)
        return labels[number - 1].choice if 1 <= number <= len(labels) else number
    if len(folded) > 200:
        return None  # no label is this long: a paragraph is free text
    words = folded.split()
    found = _by_typo(labels, folded, words)
    if found is None:
        found = _by_words(labels, words)
    return found


def _spoken_number(folded: str) -> tuple[str, bool] | None:
    """A choice named by its place in words: ("2", False) for "two" or "option 2", ("2", True) for
    "the second one"; None for anything else."""
    words = folded.split()
    core = words
    while len(core) > 1 and core[0] in _NUMBER_LEAD:
        core = core[1:]
    while len(core) > 1 and core[-1] in _NUMBER_TAIL:
        core = core[:-1]
    if len(core) != 1:
        return None
    word = core[0]
    if word in ORDINALS:
        return str(ORDINALS[word]), True
    if word in CARDINALS and not (word == "one" and words[0] == "the"):  # "the one" names no place
        return str(CARDINALS[word]), False
    if word.isdecimal() and len(word) < 6 and len(words) > 1:
        return word, False
    return None


def _distinct(labels: Sequence[Label]) -> list[Label]:
    seen: set[str] = set()
    kept = []
    for label in labels:
        if label.folded not in seen:  # the same label twice: the first wins, as when typed exactly
            seen.add(label.folded)
            kept.append(label)
    return kept


def _best(scored: list[tuple[float, Label]]) -> Choice | None:
    """The best-scoring label's choice; None on a tie between two labels."""
    if not scored:
        return None
    scored.sort(key=lambda pair: pair[0], reverse=True)
    if len(scored) > 1 and scored[0][0] == scored[1][0]:
        return None
    return scored[0][1].choice


def _by_typo(labels: Sequence[Label], folded: str, words: list[str]) -> Choice | None:
    """The label one small typo away (two in a long label), with its "not" intact."""
    scored = []
    for label in _distinct(labels):
        size = len(label.folded)
        allowed = 0 if size < 4 else 1 if size < 13 else 2
        if not allowed:
            continue
        distance = typo_distance(folded, label.folded, allowed)
        if distance > allowed:
            continue
        if label.negated:
            if not looks_negated(words):
                continue  # "i can feel it" is not "I can't feel it", though one letter apart
        elif negated(words):
            continue
        scored.append((-float(distance), label))
    return _best(scored)


def _by_words(labels: Sequence[Label], words: list[str]) -> Choice | None:
    """The label whose content words the message mostly gives, adding nothing of its own."""
    content = _content(words)
    if not content:
        return None  # only small words: "i'm", "the", "not"
    is_negated = negated(words)
    scored = []
    for label in _distinct(labels):
        if label.negated != is_negated:
            continue
        if not all(any(near(word, mine) for mine in label.words) for word in content):
            continue  # the message says something the label doesn't
        best = 0.0
        for part in label.parts:
            covered = sum(1 for mine in part if any(near(word, mine) for word in content))
            if covered * 2 > len(part):
                best = max(best, covered / len(part))
        if not best:
            continue
        extra = sum(1 for w in words if w not in label.words and (w in STOPWORDS or w in NEGATORS))
        if extra > MAX_EXTRA:
            continue
        scored.append((best, label))
    return _best(scored)
