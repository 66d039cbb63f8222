"""Compile many word-level rules into one fast regex over normalized, space-padded text.

Python's regex engine tries the alternatives of a group one after another at every position, so
a few hundred rules cost a few hundred attempts per word. union() therefore merges the rules into
a trie: rules that begin alike ("i am ...", "(?:subject)(?:fill)...", "kill ...") share that
beginning, and every branch starts with a literal character that the engine rejects in one
comparison. The trie is built from top-level atoms (a character, an escape, a class or a group,
each with its quantifier), so a merge never changes what a rule matches.
"""

from __future__ import annotations

import re

_QUANTIFIER = re.compile(r"(?:[?*+]|\{\d*(?:,\d*)?\})[?+]?")
# Expanding a leading optional group copies the rest of its rule once per choice; past this many
# choices the copies cost more than they save.
_MAX_OPTIONS = 6


def _top_level_alternatives(rule: str) -> list[str]:
    """Split a regex at the `|` that are not inside a group or a character class."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(rule):
        ch = rule[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(rule[start:i])
            start = i + 1
        i += 1
    parts.append(rule[start:])
    return parts


def _class_end(rule: str, i: int) -> int:
    """Index just past the character class that opens at rule[i]."""
    i += 1
    if i < len(rule) and rule[i] == "^":
        i += 1
    if i < len(rule) and rule[i] == "]":
        i += 1  # a leading "]" is a literal
    while rule[i] != "]":
        i += 2 if rule[i] == "\\" else 1
    return i + 1


def _group_end(rule: str, i: int) -> int:
    """Index just past the group that opens at rule[i]."""
    depth = 0
    while True:
        ch = rule[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(rule, i)
            continue
        depth += ch == "("
        depth -= ch == ")"
        i += 1
        if depth == 0:
            return i


def _atoms(alt: str) -> tuple[str, ...]:
    """Cut one alternative into top-level atoms, each with the quantifier that follows it."""
    atoms, i = [], 0
    while i < len(alt):
        ch = alt[i]
        if ch == "\\":
            end = i + 2
        elif ch == "[":
            end = _class_end(alt, i)
        elif ch == "(":
            if not alt.startswith("(?", i):
                raise ValueError(f"capturing groups cannot be merged: {alt!r}")
            end = _group_end(alt, i)
        else:
            end = i + 1
        quantifier = _QUANTIFIER.match(alt, end)
        if quantifier:
            end = quantifier.end()
        atoms.append(alt[i:end])
        i = end
    return tuple(atoms)


def _starts_with_letter(alt: str) -> bool:
    """Whether alt begins with a letter or digit that no quantifier makes optional."""
    return alt[:1].isalnum() and alt[1:2] not in ("?", "*", "+", "{")


def _split_leading_group(alt: str) -> list[str]:
    """Rewrite a rule that opens with a group into rules that open with a letter.

    "(?:cut|cuts|burn) x" becomes "c(?:ut|uts) x" and "burn x": the rest is copied once per
    letter rather than once per word, which keeps the pattern small. "(?:my )?x" becomes
    "my x" and "x". Anything else is left as it is.
    """
    if not alt.startswith("(?:"):
        return [alt]
    end = _group_end(alt, 0)
    choices = _top_level_alternatives(alt[3:end - 1])
    after = alt[end:end + 2]
    if after[:1] == "?" and after[1:2] not in ("?", "+") and len(choices) < _MAX_OPTIONS:
        rest = alt[end + 1:]
        return [part for choice in [*choices, ""] for part in _split_leading_group(choice + rest)]
    if after[:1] in ("?", "*", "+", "{") or not all(_starts_with_letter(c) for c in choices):
        return [alt]
    rest = alt[end:]
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


def _trie(sequences: list[tuple[str, ...]]) -> tuple[str, int]:
    """Regex source matching any of the atom sequences, shared beginnings merged; and its branch count."""
    children: dict[str, list[tuple[str, ...]]] = {}
    ends = False
    for seq in sequences:
        if seq:
            children.setdefault(seq[0], []).append(seq[1:])
        else:
            ends = True
    branches = []
    for atom, rests in children.items():
        tail, count = _trie(rests)
        branches.append(atom + (f"(?:{tail})" if count > 1 else tail))
    if ends:
        branches.append("")  # a rule that ends here, after the branches that could match more
    return "|".join(branches), len(branches)


def union(rules: list[str]) -> re.Pattern[str]:
    """Join rules into one pattern, each alternative starting with \\b or a literal space.

    Normalized text has exactly one space before every word (callers pad the start), so " word"
    means the same as r"\\bword", and every rule can begin with that literal space.
    """
    sequences = []
    for rule in rules:
        for alt in _top_level_alternatives(rule):
            if alt.startswith(r"\b"):
                alt = " " + alt[2:]
            if not alt.startswith(" "):
                raise ValueError(f"rule must start with \\b or a space: {alt!r}")
            sequences.extend(_atoms(part) for part in _split_leading_group(alt[1:]))
    return re.compile(" (?:" + _trie(sequences)[0] + ")")


def pad(text: str) -> str:
    """Space-pad normalized text so that every word, the first and last too, has a space on each side."""
    return f" {text} "
