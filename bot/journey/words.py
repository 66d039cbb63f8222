"""Words as the journey reads them: folded tokens, negation, and the distance of a small typo.

Pure functions shared by typed choices (bot/journey/choosing.py) and prompt routing
(bot/journey/routing.py). Apostrophes are dropped, so "I'm" and "im" are the same token.
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
_SPLIT = re.compile(r"[\W_]+")

# Words that turn what follows around. After apostrophes are dropped: "don't" is "dont".
NEGATORS = frozenset({
    "not", "no", "never", "nothing", "nobody", "none", "nor", "neither", "nowhere", "without", "hardly",
    "cant", "cannot", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "wont", "wouldnt",
    "couldnt", "shouldnt", "havent", "hasnt", "hadnt", "aint", "mustnt", "neednt", "nope", "nah",
})

# The words a negator becomes when a typo drops it ("cant" -> "can", "not" -> "now"): typed, they say
# the opposite, so they never count as a negator that slipped. Any other near miss ("cnat") does.
NEAR_NEGATORS = frozenset({
    "can", "do", "does", "did", "is", "are", "was", "were", "won", "would", "could", "should", "have", "has",
    "had", "must", "need", "now", "on", "so", "go", "to", "know", "want", "ever", "even", "done", "one",
})


def fold(text: str) -> str:
    """Lower case, compatibility forms, no apostrophes, every run of non-word characters one space."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_APOSTROPHES).replace("'", "")
    return " ".join(part for part in _SPLIT.split(text) if part)


def tokens(text: str) -> tuple[str, ...]:
    """The folded words of a text."""
    return tuple(fold(text).split())


def negated(words: tuple[str, ...] | list[str]) -> bool:
    """Whether any word is a negator."""
    return any(word in NEGATORS for word in words)


def typo_distance(a: str, b: str, limit: int) -> int:
    """Edits (insert, delete, replace, swap two neighbours) from a to b; limit + 1 once over limit.

    Only the band of cells within `limit` of the diagonal is computed: a small typo is all we look for.
    """
    if a == b:
        return 0
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    over = limit + 1
    width = len(b)
    previous2: list[int] = []
    previous = [j if j <= limit else over for j in range(width + 1)]
    for i in range(1, len(a) + 1):
        current = [over] * (width + 1)
        if i <= limit:
            current[0] = i
        best = current[0]
        low, high = max(1, i - limit), min(width, i + limit)
        ai = a[i - 1]
        for j in range(low, high + 1):
            value = previous[j - 1] + (ai != b[j - 1])
            if previous[j] + 1 < value:
                value = previous[j] + 1
            if current[j - 1] + 1 < value:
                value = current[j - 1] + 1
            if i > 1 and j > 1 and ai == b[j - 2] and a[i - 2] == b[j - 1] and previous2[j - 2] + 1 < value:
                value = previous2[j - 2] + 1
            current[j] = value if value < over else over
            if value < best:
                best = value
        if best > limit:
            return over
        previous2, previous = previous, current
    return min(previous[-1], over)


def near(word: str, other: str) -> bool:
    """The same word, or one small typo apart when both are long enough for a typo to be told apart."""
    if word == other:
        return True
    return min(len(word), len(other)) >= 4 and typo_distance(word, other, 1) <= 1


def looks_negated(words: tuple[str, ...] | list[str]) -> bool:
    """A negator, one run into its neighbour ("imnot", "cantfeel"), or a typo away from one that is no
    other real word ("cnat", "isn"): for telling a typo in a label's "not" from a "not" left out."""
    for word in words:
        if word in NEGATORS:
            return True
        if word in NEAR_NEGATORS or len(word) < 2:
            continue
        for negator in NEGATORS:
            if len(word) > len(negator) and (word.startswith(negator) or word.endswith(negator)):
                return True
            if len(negator) >= 3 and typo_distance(word, negator, 1) <= 1:
                return True
    return False
