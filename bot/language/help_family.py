"""The two kinds of pattern family find_help reads, and the pattern pieces its families share.

A _Family holds patterns that share anchor words, its negated forms first; a _StatementFamily also reads
one statement ("in crisis", "having a breakdown") by the words before it. The families themselves are in
help_unsafe.py, help_asking.py and help_usage.py; help_requests.py indexes them by anchor word.
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------------------------------------------------------
# The patterns, in families. A family is read only when one of its anchor words is in the message, so a short
# message costs a handful of small regexes at most. Within a family the negated forms come first in one
# alternation: read left to right, "i do not need help" is consumed by the negated form before "need help" can be
# found inside it. The text the patterns read is the words joined by single spaces, opening with _START and a
# space and closing with a space.
# ---------------------------------------------------------------------------------------------------------------

_NEG = r"(?:not|never|no longer|no|without|nor|hardly)"
_ADV = r"(?: (?:really|even|actually|currently|exactly|technically|like|at all|right now))?"
_CRISIS_NOUN = (
    r"(?:a |an |any |the )?(?:real |serious |mental health |emotional |big |full |total |proper |major |psychiatric |"
    r"suicidal )?"
    r"(?:crisis|mental breakdown|breakdown|mental health emergency|emergency|panic attack|anxiety attack)\b"
)
_NOT_AFTER_HELP = r"(?! (?:yourself|yourselves|themselves|desk|section|page|center|centre|wanted|out|each other)\b)"


# The joined words open with this character, standing for the start of the message, so that a pattern for the
# message's first word still begins with a literal character (regex search then skips to candidate positions).
_START = "\x02"
_CARET = re.compile(r"(?<![\[\\])\^ ")


def _literal_start(pattern: str) -> str:
    if pattern.startswith("\\b"):
        pattern = " " + pattern[2:]
    return _CARET.sub(_START + " ", pattern)


class _Family:
    """Patterns that share anchor words; `negs` are the forms that cancel a hit where they overlap it."""

    __slots__ = ("anchors", "regex", "weak")

    def __init__(self, anchors: str, hits: list[str], negs: list[str] | None = None, weak: bool = False) -> None:
        self.anchors = frozenset(anchors.split())
        self.weak = weak  # a usage family that does not outweigh a request for help in the same message
        # A leading word boundary becomes the space before the word and "^ " the literal _START: with a literal
        # first character in every branch, the regex engine skips to candidate positions instead of trying every
        # branch at every position.
        hits = [_literal_start(p) for p in hits]
        negs = [_literal_start(p) for p in negs or []]
        parts = [f"(?P<n{i}>{p})" for i, p in enumerate(negs)] + [f"(?:{p})" for p in hits]
        self.regex = re.compile("|".join(parts))

    def found(self, text: str) -> bool:
        return self.read(text) == "hit"

    def read(self, text: str) -> str:
        """"hit" when a pattern matches outside the negated forms, "negated" when only those match, else ""."""
        negated = ""
        for match in self.regex.finditer(text):
            if match.lastgroup is None:
                return "hit"
            negated = "negated"
        return negated


class _StatementFamily(_Family):
    """A family with one statement read in two steps: the regex finds "in crisis" / "having a breakdown", then
    the words before it decide. It is the person's own when a first-person word comes within four words before
    it ("i think i am in crisis") or it opens the message ("having a crisis rn"), not "my sister is in crisis";
    a negation right before it ("not in crisis", "no longer really in crisis", "i would not say i am in crisis")
    cancels it, and so does the past ("i was in crisis last year")."""

    __slots__ = ("statement",)
    _SUBJECT = frozenset("i am me myself and but so just honestly really think now".split())
    _NEGATORS = frozenset("not never no without hardly nor".split())
    _ADVERBS = frozenset("really even actually currently exactly technically like all at right now longer rn".split())
    _HEDGES = frozenset("say think call believe consider".split())
    _PAST = frozenset("was were".split())

    def __init__(self, anchors: str, statement: str, hits: list[str], negs: list[str] | None = None) -> None:
        super().__init__(anchors, hits, negs)
        self.statement = re.compile(statement)

    def read(self, text: str) -> str:
        reading = super().read(text)
        if reading == "hit":
            return reading
        for match in self.statement.finditer(text):
            start = cut = match.start()
            for _ in range(4):  # the four words before the match, found without copying the text before it
                if cut <= 0:
                    break
                cut = text.rfind(" ", 0, cut)
            before = [w for w in text[max(cut, 0) : start].split() if w != _START]
            back = len(before) - 1
            while back >= 0 and before[back] in self._ADVERBS and len(before) - back <= 3:
                back -= 1
            if back >= 0 and before[back] in self._NEGATORS:
                reading = "negated"
            elif not self._NEGATORS.isdisjoint(before) and not self._HEDGES.isdisjoint(before):
                reading = "negated"  # "i would not say i am in crisis"
            elif back >= 0 and (before[back] in self._PAST or "used" in before):
                continue  # "i was in crisis last year", "i used to be in crisis": not now
            elif not before or not self._SUBJECT.isdisjoint(before):
                return "hit"
        return reading
