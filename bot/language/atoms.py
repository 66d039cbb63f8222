"""Read a rule's regex source as alternatives of top-level atoms, and tell which words can start it.

Both run over every rule at import, so they walk the source token by token (one C-level regex
pass) rather than character by character, and cache what they read: shared pieces such as the
list of pills or of hedging adverbs are read once however many rules embed them.
"""

from __future__ import annotations

import re
from functools import cache

# An escape, a character class, a group opener, a closer, a bar, a quantifier, or a run of plain
# characters; "{" only opens a quantifier in these rules, so it never starts a run.
_TOKEN = re.compile(
    r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|\(\?<?[:=!]|[()|]|(?:[?*+]|\{\d*(?:,\d*)?\})[?+]?|[^\\\[()|?*+{]+|.",
    re.DOTALL,
)
_NESTING = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|[()]")  # what can hide or change a group's depth
_ZERO_WIDTH = ("(?=", "(?!", "(?<=", "(?<!", "\\b", "\\B", "\\A", "\\Z", "^", "$")
# Past this many start words a rule is as good as "any word": the check would cost more than it saves.
_MAX_HEADS = 400
WORD_START = " "


@cache
def split(source: str) -> tuple[tuple[str, ...], ...]:
    """The top-level alternatives of a regex source, each cut into atoms with their quantifiers."""
    alternatives, atoms, pos, size = [], [], 0, len(source)
    while pos < size:
        token = _TOKEN.match(source, pos)
        if token is None:  # cannot happen: the last alternative matches any one character
            raise ValueError(f"cannot read the pattern at {pos}: {source!r}")
        text, pos = token.group(), token.end()
        if text[0] == "(":
            if len(text) == 1:
                raise ValueError(f"capturing groups cannot be merged: {source!r}")
            start, pos = token.start(), _group_end(source, pos)
            atoms.append(source[start:pos])
        elif text == "|":
            alternatives.append(tuple(atoms))
            atoms = []
        elif text[0] in "?*+{" and atoms:
            atoms[-1] += text  # a quantifier belongs to the atom before it
        elif text[0] in "\\[" or len(text) == 1:
            atoms.append(text)
        else:
            atoms.extend(text)  # a run of plain characters: one atom each, so a quantifier takes the last
    alternatives.append(tuple(atoms))
    return tuple(alternatives)


def _group_end(source: str, pos: int) -> int:
    """Index just past the group whose opener ends at pos; the regex skips the words inside."""
    depth = 1
    for token in _NESTING.finditer(source, pos):
        text = token.group()
        if text == ")":
            depth -= 1
            if not depth:
                return token.end()
        elif text == "(":
            if not source.startswith("(?", token.start()):
                raise ValueError(f"capturing groups cannot be merged: {source!r}")
            depth += 1
    raise ValueError(f"unbalanced group: {source!r}")


def top_level_alternatives(rule: str) -> list[str]:
    """Split a regex at the `|` that are not inside a group or a character class."""
    return ["".join(atoms) for atoms in split(rule)]


def atoms(alternative: str) -> tuple[str, ...]:
    """Cut one alternative into top-level atoms, each with the quantifier that follows it."""
    parts = split(alternative)
    if len(parts) != 1:
        raise ValueError(f"not a single alternative: {alternative!r}")
    return parts[0]


@cache
def quantified(atom: str) -> tuple[str, str]:
    """An atom as (body, quantifier); the quantifier is "" when there is none."""
    if atom[0] == "(":
        end = atom.rfind(")") + 1
    else:
        token = _TOKEN.match(atom)
        if token is None:  # cannot happen: the last alternative matches any one character
            raise ValueError(f"cannot read the atom {atom!r}")
        end = token.end()
    return atom[:end], atom[end:]


def heads(sequence: tuple[str, ...]) -> frozenset[tuple[str, bool]]:
    """What the first word of any match must be: (word, True) for exactly it, (start, False) for a prefix.

    The sequence is a rule after its leading space. A match may only begin where the word after
    that space fits one of these, so a rule set can skip every other word without trying it.
    The answer may admit words that cannot match (that only costs a try), never the reverse.
    """
    found = _sequence(sequence)
    if len(found) > _MAX_HEADS:
        return frozenset({("", False)})
    return frozenset((word, ended is True) for word, ended in found)


def shared_heads(sequences: list[tuple[str, ...]]) -> frozenset[tuple[str, bool]]:
    """heads() of any of the sequences, their shared beginnings read once."""
    found = _readings(sequences)
    if len(found) > _MAX_HEADS:
        return frozenset({("", False)})
    return frozenset((word, ended is True) for word, ended in found)


def _readings(sequences: list[tuple[str, ...]]) -> set[tuple[str, bool | None]]:
    """The first-word readings of any of the sequences, as _sequence gives them for one."""
    found: set[tuple[str, bool | None]] = set()
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for seq in sequences:
        if seq:
            by_first.setdefault(seq[0], []).append(seq[1:])
        else:
            found.add(("", None))
    for atom, rests in by_first.items():
        after = None
        for part, ended in {("", None)} if atom.startswith(_ZERO_WIDTH) else _atom(atom):
            if ended is not None:
                found.add((part, ended))
                continue
            if after is None:
                after = _readings(rests)  # only while a reading is still inside its first word
            found.update((part + word, then) for word, then in after)
        if len(found) > _MAX_HEADS:
            return {("", False)}  # too many to list: any word may start a match
    return found


@cache
def _sequence(sequence: tuple[str, ...]) -> frozenset[tuple[str, bool | None]]:
    """The first-word readings of a sequence: ended at a space (True), unknown after (False), or
    still going when the sequence ran out (None)."""
    found: set[tuple[str, bool | None]] = set()
    going = {""}
    for atom in sequence:
        if not going:
            break  # every reading has ended: the atoms after the first word do not matter
        if atom.startswith(_ZERO_WIDTH):
            continue  # an assertion reads no character: the word is decided by what follows
        steps = _atom(atom)
        going_on = set()
        for prefix in going:
            for part, ended in steps:
                if ended is None:
                    going_on.add(prefix + part)
                else:
                    found.add((prefix + part, ended))
        going = going_on
        if len(going) + len(found) > _MAX_HEADS:  # too many to list: the words go on unknown
            return frozenset(found | {(prefix, False) for prefix in going})
    found.update((prefix, None) for prefix in going)
    return frozenset(found)


@cache
def _atom(atom: str) -> frozenset[tuple[str, bool | None]]:
    """The first-word readings of one atom, as _sequence gives them."""
    body, quantifier = quantified(atom)
    if quantifier:
        once = _atom(body)
        if quantifier[0] != "?":  # after one turn of a loop another may follow: the word goes on unknown
            once = frozenset((part, False if ended is None else ended) for part, ended in once)
        if quantifier[0] in "?*" or quantifier[:2] in ("{0", "{,"):
            return once | {("", None)}
        return once
    if body.startswith("(?:"):
        return frozenset().union(*(_sequence(inner) for inner in split(body[3:-1])))
    if body == WORD_START or body == "\\ ":
        return frozenset({("", True)})
    if len(body) == 1 and body != ".":
        return frozenset({(body, None)})
    if len(body) == 2 and body[0] == "\\" and not body[1].isalnum():
        return frozenset({(body[1], None)})  # an escaped literal such as \| or \.
    return frozenset({("", False)})  # a class, \w or any character: the word goes on unknown
