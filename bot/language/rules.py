"""Compile many word-level rules into one fast regex over normalized, space-padded text."""

from __future__ import annotations

import re


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


def union(rules: list[str]) -> re.Pattern[str]:
    """Join rules into one pattern, each alternative starting with a literal space.

    Normalized text has exactly one space before every word (callers pad the start), so " word"
    means the same as r"\\bword". A literal first character lets the regex engine jump straight
    to candidate positions instead of trying every rule at every character, about five times faster.
    """
    alternatives = []
    for rule in rules:
        for alt in _top_level_alternatives(rule):
            if alt.startswith(r"\b"):
                alt = " " + alt[2:]
            if not alt.startswith(" "):
                raise ValueError(f"rule must start with \\b or a space: {alt!r}")
            alternatives.append(alt)
    # A shared leading space lets the regex parser factor it out as the pattern's literal prefix.
    return re.compile(" (?:" + "|".join(f"(?:{alt[1:]})" for alt in alternatives) + ")")


def pad(text: str) -> str:
    """Space-pad normalized text so that every word, the first and last too, has a space on each side."""
    return f" {text} "
