"""Compile many word-level rules over normalized, space-padded text, quickly and into little regex.

Every rule starts at a word. A RuleSet merges its rules into a trie (rules that begin alike share
that beginning) and compiles one small pattern per way of starting: a letter, or a list of words
such as the verbs of self-harm. Before trying a word it looks up which of those patterns the word
can start (a dict hit after the first time), so the engine never walks rules that cannot begin
there, and no rule is copied once per first letter to let the engine skip it: the patterns stay
small enough to compile at import in a few tens of milliseconds.

A RuleSet may hold several families (the doubt themes). Each rule then ends with a lookahead for
its family's mark (trie.py), and the text is searched with the wanted families' marks appended:
one pass finds where any family matches, a search for one family finds exactly what that family
compiled alone would find, and a match names its family by the mark it captured.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.language.atoms import (
    WORD_START,
    atoms,
    quantified,
    shared_heads,
    split,
    top_level_alternatives,
)
from bot.language.trie import FIRST_MARK, MARK, family_of, layouts, trie

# The names the rule tests use for the parser's pieces.
_atoms = atoms
_top_level_alternatives = top_level_alternatives
# Expanding a leading optional group copies the rest of its rule once per choice; past this many
# choices the copies cost more than they save.
_MAX_OPTIONS = 6
# Words seen are remembered with the patterns they can start; past this many the memo starts over
# rather than grow without bound on a stream of new words.
_MEMO_WORDS = 50_000


def pad(text: str) -> str:
    """Space-pad normalized text so that every word, the first and last too, has a space on each side."""
    return f" {text} "


def _split_leading_group(alt: str) -> list[str]:
    """Rewrite a rule that opens with a group into rules that open with a letter.

    "(?:cut|cuts|burn) x" becomes "c(?:ut|uts) x" and "burn x", and "(?:my )?x" becomes "my x"
    and "x", so that every branch of compile_union's trie starts with a literal character.
    """
    if not alt.startswith("(?:"):
        return [alt]
    first = atoms(alt)[0]
    body, quantifier = quantified(first)
    choices = top_level_alternatives(body[3:-1])
    rest = alt[len(first):]
    if quantifier == "?" and len(choices) < _MAX_OPTIONS:
        return [part for choice in [*choices, ""] for part in _split_leading_group(choice + rest)]
    if quantifier or not all(c[:1].isalnum() and c[1:2] not in ("?", "*", "+", "{") for c in choices):
        return [alt]
    by_letter: dict[str, list[str]] = {}
    for choice in choices:
        by_letter.setdefault(choice[0], []).append(choice[1:])
    parts = []
    for letter, tails in by_letter.items():
        if len(tails) == 1:
            parts.extend(_split_leading_group(letter + tails[0] + rest))
        else:  # tails keep their order: the engine takes the first that lets the rest match
            parts.append(letter + "(?:" + "|".join(tails) + ")" + rest)
    return parts


def _word_sequences(rule: str) -> list[tuple[str, ...]]:
    """The alternatives of a rule as atoms after their opening word start (\\b or a space)."""
    found = []
    for alt in split(rule):
        if not alt or alt[0] not in ("\\b", WORD_START):
            raise ValueError(f"rule must start with \\b or a space: {''.join(alt)!r}")
        found.append(alt[1:])
    return found


def compile_union(rules: list[str]) -> re.Pattern[str]:
    """One compiled pattern for a few rules, every branch split to start with a letter (for sub())."""
    sequences = [atoms(part) for rule in rules for seq in _word_sequences(rule)
                 for part in _split_leading_group("".join(seq))]
    return re.compile(WORD_START + "(?:" + trie(sequences)[0] + ")")


def _members(rests: list[tuple[str, ...]]) -> int:
    """The bit mask of the families whose rules run through a branch (each rule ends in its mark)."""
    return sum({1 << family_of(rest[-1]) for rest in rests})


class RuleSet:
    """Rules that each start at a word, tried only at the words that can begin them."""

    def __init__(self, families: list[list[str]], *, lazy: bool = False) -> None:
        if len(families) > 0x20 - FIRST_MARK:
            raise ValueError("a RuleSet holds at most 16 families: marks must stay control characters")
        marked = len(families) > 1
        self._marks = "".join(chr(FIRST_MARK + i) for i in range(len(families))) if marked else ""
        self._all = (1 << len(families)) - 1
        sequences: list[tuple[str, ...]] = []
        for index, rules in enumerate(families):
            mark = (MARK.format(self._marks[index]),) if marked else ()
            sequences.extend(seq + mark for rule in rules for seq in _word_sequences(rule))
        self._sources: list[str] = []
        self._families: list[int] = []
        self._compiled: list[re.Pattern[str] | None] = []
        self._exact: dict[str, list[int]] = {}
        self._prefixed: list[tuple[int, tuple[str, ...]]] = []
        for layout in layouts(sequences):
            for atom, rests in layout:
                tail, count = trie(rests)
                branch = len(self._sources)
                self._sources.append(WORD_START + atom + (f"(?:{tail})" if count > 1 else tail))
                self._families.append(_members(rests) if marked else 1)
                self._compiled.append(None if lazy else re.compile(self._sources[-1]))
                starts = shared_heads([(atom, *rest) for rest in rests])
                for word in sorted(word for word, exact in starts if exact):
                    self._exact.setdefault(word, []).append(branch)
                prefixes = tuple(sorted(word for word, exact in starts if not exact))
                if prefixes:
                    self._prefixed.append((branch, prefixes))
        self._memo: dict[str, tuple[tuple, ...]] = {}
        self._mark_sets: dict[int, str] = {}
        self.pattern = WORD_START + "(?:" + "|".join(source[1:] for source in self._sources) + ")"

    def _tries(self, word: str) -> tuple[tuple, ...]:
        """The (match, families) of the patterns a match may start with at `word`, in rule order."""
        branches = set(self._exact.get(word, ()))
        branches.update(branch for branch, prefixes in self._prefixed if word.startswith(prefixes))
        tries = []
        for branch in sorted(branches):
            compiled = self._compiled[branch]
            if compiled is None:  # compiled the first time a word needs it
                compiled = self._compiled[branch] = re.compile(self._sources[branch])
            tries.append((compiled.match, self._families[branch]))
        if len(self._memo) >= _MEMO_WORDS:
            self._memo.clear()
        self._memo[word] = found = tuple(tries)
        return found

    def _marked(self, text: str, family: int | None) -> tuple[str, int]:
        """The text with the wanted families' marks appended, and their bit mask."""
        if family is None:
            return text + self._marks, self._all
        return text + self._marks[family:family + 1], 1 << family

    def search(self, text: str, pos: int = 0, family: int | None = None) -> re.Match[str] | None:
        """The first match at or after pos, as a compiled union would find it (of one family if named)."""
        text, wanted = self._marked(text, family)
        if family is None:
            wanted = 0  # every pattern holds a wanted family: none need be checked
        p = text.find(WORD_START, pos)
        if p < 0:
            return None
        memo = self._memo
        for word in text[p + 1:].split(WORD_START):
            tries = memo.get(word)
            if tries is None:
                tries = self._tries(word)
            if wanted:
                for match, families in tries:
                    if families & wanted and (found := match(text, p)) is not None:
                        return found
            else:
                for match, _ in tries:
                    if (found := match(text, p)) is not None:
                        return found
            p += len(word) + 1
        return None

    def finditer(self, text: str, pos: int = 0, family: int | None = None) -> Iterator[re.Match[str]]:
        """Every match from pos, none overlapping, as a compiled union's finditer gives them."""
        text, wanted = self._marked(text, family)
        p = end = text.find(WORD_START, pos)
        if p < 0:
            return
        memo = self._memo
        for word in text[p + 1:].split(WORD_START):
            if p >= end:
                tries = memo.get(word)
                if tries is None:
                    tries = self._tries(word)
                for match, families in tries:
                    if families & wanted and (found := match(text, p)) is not None:
                        yield found
                        end = found.end()
                        break
            p += len(word) + 1

    def by_family(self, text: str, start: int, stop: int) -> dict[int, list[re.Match[str]]]:
        """Each family's matches from start, as finditer(text, start, family) gives them, up to stop.

        One pass instead of one per family: at each word every pattern it can start is matched
        with all families' marks, and again without the family whose rule matched, until none
        does; the first family to match is the one whose rule the engine reaches first, so each
        match is the one that family alone would find there.
        """
        return self.clause_by_family(text, start, None, stop)[1]

    def clause_by_family(
        self, text: str, start: int, until: str | None, stop: int | None = None
    ) -> tuple[int, dict[int, list[re.Match[str]]]]:
        """Where the first match at or after start begins (-1 if none), and what by_family(text, that
        place, text.find(until, that place + 1)) finds from there: search() and by_family() in one pass.

        Up to the first match both read the same words with the same patterns (a pattern only ever
        looks for the marks of its own families, so which others follow the text changes nothing),
        so the words search() would have tried are not tried a second time. With a stop instead of
        until, this is by_family(text, start, stop) and where its first match begins.
        """
        found: dict[int, list[re.Match[str]]] = {}
        p = text.find(WORD_START, start)
        if p < 0:
            return -1, found
        if stop is None:
            stop = len(text)  # the first match sets it
        first = -1
        ends: dict[int, int] = {}  # where each family's next match may start (none overlap)
        # `done` holds the families matched at p or overlapped by a match that runs past it. A pattern
        # only reads the marks of its own families, so rather than the marks of the families each try
        # wants, the text carries those of every family not done: one string per `done`, not per try.
        done = 0
        marked = text + self._marks
        texts = {0: marked}
        memo = self._memo
        for word in text[p + 1:].split(WORD_START):
            if p >= stop:
                break
            tries = memo.get(word)
            if tries is None:
                tries = self._tries(word)
            if ends:
                now = 0
                for family, end in ends.items():
                    if end > p:
                        now |= 1 << family
                if now != done:
                    done = now
                    marked = texts.get(done) or texts.setdefault(done, text + self._marks_of(self._all & ~done))
            for match, families in tries:
                wanted = families & ~done
                while wanted and (hit := match(marked, p)) is not None:
                    if first < 0:
                        first = p
                        if until is not None:
                            stop = text.find(until, p + 1)
                            if p >= stop:  # by_family(text, p, stop) would stop before it starts
                                return first, found
                    family = ord(hit[hit.lastindex]) - FIRST_MARK  # the mark its rule captured
                    wanted &= ~(1 << family)
                    done |= 1 << family
                    marked = texts.get(done) or texts.setdefault(done, text + self._marks_of(self._all & ~done))
                    found.setdefault(family, []).append(hit)
                    ends[family] = max(hit.end(), p + 1)
            p += len(word) + 1
        return first, found

    def _marks_of(self, families: int) -> str:
        """The marks of the families in a bit mask, to append after a text."""
        marks = self._mark_sets.get(families)
        if marks is None:
            marks = self._mark_sets[families] = "".join(c for i, c in enumerate(self._marks) if families >> i & 1)
        return marks

    def family(self, index: int, rules: list[str]) -> Family:
        """One family of the set, searched like a pattern compiled from its rules alone."""
        return Family(self, index, WORD_START + "(?:" + "|".join(rules) + ")")


class Family:
    """One family of a RuleSet, with the search and finditer of a compiled pattern."""

    def __init__(self, rules: RuleSet, index: int, pattern: str) -> None:
        self._rules, self._index, self.pattern = rules, index, pattern

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """The family's first match at or after pos."""
        return self._rules.search(text, pos, self._index)

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match[str]]:
        """The family's matches from pos, none overlapping."""
        return self._rules.finditer(text, pos, self._index)


def union(rules: list[str]) -> RuleSet:
    """Join rules that each start with \\b or a space into one RuleSet, compiled now."""
    return RuleSet([rules])
