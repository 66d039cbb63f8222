"""A small linear model read from model.bin: a learned second opinion beside the hand-written rules.

Features of normalized text (the same for training and scoring):
  "w:word"  each word;
  " wo", "wor", ... the 3- to 5-letter runs of each word padded with a space either side;
  "a b"     each pair of neighbouring words in a sentence, "<" and ">" marking its ends;
  "a b c"   each run of three words in a sentence.
A word counts 1 per occurrence, each of its letter runs CHAR_WEIGHT, each pair or triple 1, and the
vector is divided by the square root of the sum of those counts. A word's own feature and letter
runs are summed once and remembered, so a message costs about two dict lookups per word: no numpy,
no scikit-learn at run time.
The weights are trained offline by tools/train_language_model.py.
"""

from __future__ import annotations

import json
import math
import zlib
from array import array
from bisect import bisect_left
from pathlib import Path
from typing import NamedTuple

MODEL_PATH = Path(__file__).with_name("model.bin")
MAGIC = b"WSLM1\n"
GRAM_SIZES = (3, 4, 5)
MAX_WORD_CHARS = 40
# normalize() already bounds a message; the model bounds what it reads again, for any caller.
MAX_CHARS = 8_000
# Letter runs are many and each says little; they weigh less than whole words and word order.
CHAR_WEIGHT = 0.5
# Words remembered with their summed weights; past this many the memo starts over.
_MEMO_WORDS = 50_000
# A logit this far out already rounds the probability to 0 or 1.
_LOGIT_LIMIT = 35.0


def sentences(normalized: str) -> list[list[str]]:
    """The words of normalized text, one list per sentence (normalize marks breaks with ".")."""
    found: list[list[str]] = []
    current: list[str] = []
    for token in normalized[:MAX_CHARS].split():
        if token == ".":
            if current:
                found.append(current)
            current = []
        else:
            current.append(token)
    if current:
        found.append(current)
    return found


def word_features(word: str) -> list[str]:
    """The features of one word wherever it stands: the word itself and its letter runs."""
    word = word[:MAX_WORD_CHARS]  # no real word is longer; a run of letters must not cost more
    padded = f" {word} "
    grams = [padded[i:i + n] for n in GRAM_SIZES for i in range(len(padded) - n + 1)]
    return [f"w:{word}", *grams]


def context_features(words: list[str]) -> list[str]:
    """The features of one sentence's word order: its pairs and its runs of three."""
    marked = ["<", *words, ">"]
    pairs = [f"{a} {b}" for a, b in zip(marked, marked[1:], strict=False)]
    triples = [f"{a} {b} {c}" for a, b, c in zip(words, words[1:], words[2:], strict=False)]
    return pairs + triples


def features(normalized: str) -> dict[str, float]:
    """The reference feature vector of normalized text (training reads this; the scorer agrees)."""
    counts: dict[str, float] = {}
    for words in sentences(normalized):
        for word in words:
            own, *grams = word_features(word)
            counts[own] = counts.get(own, 0.0) + 1.0
            for gram in grams:
                counts[gram] = counts.get(gram, 0.0) + CHAR_WEIGHT
        for feature in context_features(words):
            counts[feature] = counts.get(feature, 0.0) + 1.0
    total = sum(counts.values())
    if not total:
        return counts
    scale = 1.0 / math.sqrt(total)
    return {k: v * scale for k, v in counts.items()}


def sigmoid(logit: float) -> float:
    """The logistic function, safe for any logit."""
    # max(-limit, min(limit, logit)) written out, choosing as min() and max() do (NaN included):
    # without their two calls the function costs about half as much.
    if not logit < _LOGIT_LIMIT:
        logit = _LOGIT_LIMIT
    elif not logit > -_LOGIT_LIMIT:
        logit = -_LOGIT_LIMIT
    return 1.0 / (1.0 + math.exp(-logit))


class Scores(NamedTuple):
    """The model's crisis and doubt probabilities for one message."""

    crisis: float
    doubt: float


class Model:
    """Weights for crisis, doubt and each theme, keyed by feature; scores normalized text.

    Word pairs and triples are read as a tree of words (first word, then the next, then the
    next), so that scoring walks the sentence once and never builds a pair's string. A word's
    branch is cut from the sorted vocabulary the first time the word is seen, not at load.
    """

    def __init__(self, header: dict, vocabulary: list[str], weights: array) -> None:
        self.header = header
        self.themes: tuple[str, ...] = tuple(header["themes"])
        self.crisis_threshold: float = header["thresholds"]["crisis"]
        self.doubt_threshold: float = header["thresholds"]["doubt"]
        self._width = width = 2 + len(self.themes)
        self._scales: list[float] = header["scales"]
        self._intercepts: list[float] = header["intercepts"]
        self._vocabulary = vocabulary  # sorted, so that a word's pairs and triples lie together
        self._index = dict(zip(vocabulary, range(len(vocabulary)), strict=False))
        self._weights = weights
        self._crisis = [w * self._scales[0] for w in weights[0::width]]
        self._doubt = [w * self._scales[1] for w in weights[1::width]]
        self._first = self._after("<")
        self._memo: dict[str, tuple] = {}
        self._theme_memo: dict[str, list[float]] = {}
        self._theme_rows: dict[int, list[float]] = {}  # at most one per feature

    def _after(self, word: str) -> dict[str, list] | None:
        """The pairs and triples that start with a word: next word -> [crisis, doubt, words after both,
        position], a triple as (crisis, doubt, position); None if there are none."""
        vocabulary = self._vocabulary
        found: dict[str, list] = {}
        # " " sorts just before "!", so every name that starts with the word and a space lies between.
        for position in range(bisect_left(vocabulary, word + " "), bisect_left(vocabulary, word + "!")):
            words = vocabulary[position].split(" ")
            if len(words) < 2 or not words[1]:
                continue  # a letter run that ends the word ("word ")
            node = found.setdefault(words[1], [0.0, 0.0, None, None])
            if len(words) == 2:
                node[0], node[1], node[3] = self._crisis[position], self._doubt[position], position
            else:
                node[2] = node[2] or {}
                node[2][words[2]] = (self._crisis[position], self._doubt[position], position)
        return found or None

    def _word(self, word: str) -> tuple:
        """A word's weighted crisis and doubt sums, its feature count and the words that may follow it, remembered."""
        crisis = doubt = 0.0
        own, *grams = word_features(word)
        for name, value in [(own, 1.0)] + [(gram, CHAR_WEIGHT) for gram in grams]:
            position = self._index.get(name)
            if position is not None:
                crisis += self._crisis[position] * value
                doubt += self._doubt[position] * value
        if len(self._memo) >= _MEMO_WORDS:
            self._memo.clear()
        self._memo[word] = found = (crisis, doubt, 1.0 + CHAR_WEIGHT * len(grams), self._after(word))
        return found

    def scores(self, normalized: str) -> Scores:
        """The crisis and doubt probabilities of normalized text."""
        crisis = doubt = total = 0.0
        remembered, learn, first = self._memo.get, self._word, self._first
        for sentence in normalized[:MAX_CHARS].split("."):
            words = sentence.split()
            if not words:
                continue
            after, third = first, None
            for word in words:
                word_crisis, word_doubt, count, follows = remembered(word) or learn(word)
                crisis += word_crisis
                doubt += word_doubt
                total += count
                if third is not None and (triple := third.get(word)) is not None:
                    crisis += triple[0]
                    doubt += triple[1]
                if after is not None and (pair := after.get(word)) is not None:
                    crisis += pair[0]
                    doubt += pair[1]
                    third = pair[2]
                else:
                    third = None
                after = follows
            if after is not None and (pair := after.get(">")) is not None:
                crisis += pair[0]
                doubt += pair[1]
            count = len(words)
            total += 2 * count - 1 if count > 1 else 2  # pairs, "<" and ">" included, and triples
        scale = 1.0 / math.sqrt(total) if total else 0.0
        return Scores(sigmoid(self._intercepts[0] + crisis * scale), sigmoid(self._intercepts[1] + doubt * scale))

    def _theme_row(self, position: int) -> list[float]:
        """One feature's theme weights, remembered (only features of doubts the rules missed are read)."""
        found = self._theme_rows.get(position)
        if found is None:
            base = position * self._width + 2
            found = [w * s for w, s in zip(self._weights[base:base + len(self.themes)], self._scales[2:], strict=False)]
            self._theme_rows[position] = found
        return found

    def _theme_word(self, word: str) -> list[float]:
        """A word's weighted theme sums, remembered."""
        found = self._theme_memo.get(word)
        if found is None:
            own, *grams = word_features(word)
            found = [0.0] * len(self.themes)
            for name, value in [(own, 1.0)] + [(gram, CHAR_WEIGHT) for gram in grams]:
                if (position := self._index.get(name)) is not None:
                    found = [a + b * value for a, b in zip(found, self._theme_row(position), strict=False)]
            if len(self._theme_memo) >= _MEMO_WORDS:
                self._theme_memo.clear()
            self._theme_memo[word] = found
        return found

    def theme(self, normalized: str) -> str:
        """The most likely theme of a doubt in normalized text (read only once a doubt is found)."""
        rows, total = [], 0.0
        for sentence in normalized[:MAX_CHARS].split("."):
            words = sentence.split()
            if not words:
                continue
            positions = []
            after, third = self._first, None
            for word in words + [">"]:
                then = None
                if after is not None and (pair := after.get(word)) is not None:
                    positions.append(pair[3])
                    then = pair[2]
                if third is not None and (triple := third.get(word)) is not None:
                    positions.append(triple[2])
                after, third = (self._memo.get(word) or self._word(word))[3] if word != ">" else None, then
            rows += [self._theme_word(word) for word in words]
            rows += [self._theme_row(p) for p in positions if p is not None]
            total += sum((self._memo.get(word) or self._word(word))[2] for word in words)
            total += len(words) + 1 + max(len(words) - 2, 0)
        scale = 1.0 / math.sqrt(total) if total else 0.0
        sums = [b + scale * sum(column)
                for b, column in zip(self._intercepts[2:], zip(*rows, strict=False),
                                     strict=False)] if rows else self._intercepts[2:]
        return self.themes[max(range(len(sums)), key=sums.__getitem__)]


def dump(header: dict, vocabulary: list[str], weights: array) -> bytes:
    """The bytes of a model file: magic, header length, JSON header, vocabulary and int16 weights."""
    head = json.dumps(header, sort_keys=True).encode()
    words = "\n".join(vocabulary).encode()
    body = len(head).to_bytes(4, "little") + head + len(words).to_bytes(4, "little") + words + weights.tobytes()
    return MAGIC + zlib.compress(body, 9)


def parse(data: bytes) -> Model:
    """A Model from the bytes of a model file."""
    if not data.startswith(MAGIC):
        raise ValueError("not a wellspring language model file")
    body = zlib.decompress(data[len(MAGIC):])
    size = int.from_bytes(body[:4], "little")
    header = json.loads(body[4:4 + size])
    at = 4 + size
    size = int.from_bytes(body[at:at + 4], "little")
    vocabulary = body[at + 4:at + 4 + size].decode().split("\n")
    weights = array("h")
    weights.frombytes(body[at + 4 + size:])
    if len(weights) != len(vocabulary) * (2 + len(header["themes"])):
        raise ValueError("model file weights do not match its vocabulary")
    return Model(header, vocabulary, weights)


def load(path: Path = MODEL_PATH) -> Model:
    """Read the shipped model (a missing file is a packaging error and must fail loudly)."""
    return parse(path.read_bytes())
