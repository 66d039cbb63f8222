"""Merge rules, as sequences of atoms, into one trie of regex source that matches as they would.

Rules that begin alike share that beginning, so the engine reads it once for all of them. Where a
trie holds several families (the doubt themes) each rule ends with its family's mark, and a family
searched alone must find exactly what a trie of its own rules would: the same branch first
wherever two of its branches can match at one place. Shared branches are laid out to keep every
family's order, and a node whose families cannot agree on one order is laid out once per group of
families that can.
"""

from __future__ import annotations

from itertools import pairwise

from bot.language.atoms import shared_heads

# A family's rule ends here only if the family's mark follows the text, and the mark it found is
# captured, so that a match tells whose rule it is. Marks are control characters, which normalized
# text never holds; with "s" the engine jumps to the end of the text and steps back over the marks.
MARK = "(?=(?s:.*)({}))"
FIRST_MARK = 0x10

Layout = list[tuple[str, list[tuple[str, ...]]]]


def is_mark(atom: str) -> bool:
    """Whether an atom is a family's end mark (rules never hold a control character)."""
    return len(atom) == len(MARK) - 1 and atom.startswith(MARK[:11]) and atom[11] < " "


def family_of(mark: str) -> int:
    """The index of the family whose mark this is (a mark atom or the character it captured)."""
    return ord(mark[-3] if len(mark) > 1 else mark) - FIRST_MARK


def trie(sequences: list[tuple[str, ...]]) -> tuple[str, int]:
    """Regex source matching any of the atom sequences, shared beginnings merged; and its branch count."""
    ends: list[str] = []
    going_on = []
    for seq in sequences:
        if not seq or len(seq) == 1 and is_mark(seq[0]):
            end = seq[0] if seq else ""
            if end not in ends:
                ends.append(end)
        else:
            going_on.append(seq)
    branches = []
    for layout in layouts(going_on):
        for atom, rests in layout:
            tail, count = trie(rests)
            branches.append(atom + (f"(?:{tail})" if count > 1 else tail))
    branches.extend(ends)  # a rule that ends here, after the branches that could match more
    return "|".join(branches), len(branches)


def layouts(sequences: list[tuple[str, ...]]) -> list[Layout]:
    """The branches of one node in order, as one layout, or one per group of families that agree."""
    children: dict[str, list[tuple[str, ...]]] = {}
    for seq in sequences:
        children.setdefault(seq[0], []).append(seq)
    if len(children) < 2 or not is_mark(sequences[0][-1]):  # one family: the order it wrote
        return [[(atom, [seq[1:] for seq in seqs]) for atom, seqs in children.items()]]
    wants: dict[str, list[str]] = {}  # each family's branches, in the order it first uses them
    for seq in sequences:
        mine = wants.setdefault(seq[-1], [])
        if seq[0] not in mine:
            mine.append(seq[0])
    position = {atom: i for i, atom in enumerate(children)}
    if all(all(position[a] < position[b] for a, b in pairwise(mine)) for mine in wants.values()):
        return [[(atom, [seq[1:] for seq in seqs]) for atom, seqs in children.items()]]  # all agree
    overlap = _Overlap(children)
    groups: list[tuple[list[str], list[str]]] = []  # (families, their order of branches)
    for family, mine in wants.items():
        for i, (members, _) in enumerate(groups):
            order = _order(list(children), [wants[f] for f in members] + [mine], overlap)
            if order is not None:
                groups[i] = ([*members, family], order)
                break
        else:
            groups.append(([family], mine))
    return [[(atom, [seq[1:] for seq in children[atom] if seq[-1] in members]) for atom in order]
            for members, order in groups]


def _order(atoms: list[str], wants: list[list[str]], overlap: _Overlap) -> list[str] | None:
    """The first order of the wanted atoms that keeps each family's order where two can overlap."""
    used = [atom for atom in atoms if any(atom in mine for mine in wants)]
    before: dict[str, set[str]] = {atom: set() for atom in used}
    for mine in wants:
        for k, later in enumerate(mine):
            before[later].update(a for a in mine[:k] if overlap(a, later))
    placed: dict[str, None] = {}  # insertion-ordered, with set-speed membership
    while len(placed) < len(used):
        ready = next((a for a in used if a not in placed and before[a].issubset(placed.keys())), None)
        if ready is None:
            return None
        placed[ready] = None
    return list(placed)


class _Overlap:
    """Whether two branches of a node can both match at one place (else their order is free)."""

    def __init__(self, children: dict[str, list[tuple[str, ...]]]) -> None:
        self._children = children
        self._starts: dict[str, tuple[frozenset[str], tuple[str, ...], frozenset[str] | None]] = {}
        self._known: dict[tuple[str, str], bool] = {}  # families are fitted in turn: pairs recur

    def _words(self, atom: str) -> tuple[frozenset[str], tuple[str, ...], frozenset[str] | None]:
        """The exact first words and the word prefixes a branch may read from here, and their
        first characters (None when a branch may read anything)."""
        if atom not in self._starts:
            found = shared_heads(self._children[atom])
            exact = frozenset(w for w, ended in found if ended)
            prefixes = tuple(w for w, ended in found if not ended)
            firsts = None if "" in prefixes else frozenset(w[:1] or " " for w, _ in found)
            self._starts[atom] = (exact, prefixes, firsts)
        return self._starts[atom]

    def __call__(self, a: str, b: str) -> bool:
        """True unless the two branches can be told apart by what they read before a space."""
        if len(a) == len(b) == 1 and a not in ".^$" and b not in ".^$":
            return a == b  # two plain characters
        if (a, b) not in self._known:
            self._known[a, b] = self._known[b, a] = self._overlap(a, b)
        return self._known[a, b]

    def _overlap(self, a: str, b: str) -> bool:
        """Whether what two branches read before a space can be the same."""
        a_exact, a_prefixes, a_firsts = self._words(a)
        b_exact, b_prefixes, b_firsts = self._words(b)
        if a_firsts is not None and b_firsts is not None and a_firsts.isdisjoint(b_firsts):
            return False
        return bool(
            a_exact & b_exact
            or any(word.startswith(b_prefixes) for word in a_exact)
            or any(word.startswith(a_prefixes) for word in b_exact)
            or any(p.startswith(q) or q.startswith(p) for p in a_prefixes for q in b_prefixes)
        )
