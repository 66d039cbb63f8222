"""union() merges rules into a trie for speed; it must match exactly where plain alternation does."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.language import (
    crisis_families,
    crisis_patterns,
    doubt_families,
    doubt_patterns,
)
from bot.language.rules import (
    _atoms,
    _split_leading_group,
    _top_level_alternatives,
    union,
)


def plain(rules: list[str]) -> re.Pattern[str]:
    """The straightforward alternation union() replaces: every rule tried in turn at every word."""
    alternatives = []
    for rule in rules:
        for alt in _top_level_alternatives(rule):
            alternatives.append(" " + alt[2:] if alt.startswith(r"\b") else alt)
    return re.compile(" (?:" + "|".join(f"(?:{alt[1:]})" for alt in alternatives) + ")")


RULE_SETS = {
    "crisis": crisis_patterns._RULES + crisis_families.FAMILY_RULES,
    **{theme: rules + doubt_families.FAMILY_RULES[theme] for theme, rules in doubt_patterns.THEME_RULES.items()},
}
PAIRS = {name: (plain(rules), union(rules)) for name, rules in RULE_SETS.items()}
# Words the rules are made of, to build texts that come near many of them.
WORDS = sorted({w for rules in RULE_SETS.values() for w in re.findall(r"[a-z]+", " ".join(rules)) if len(w) > 1})
WORDS += ["i", "a", "|", "."]


@pytest.mark.parametrize(
    ("alt", "atoms"),
    [
        ("i am (?:so )?sad", ("i", " ", "a", "m", " ", "(?:so )?", "s", "a", "d")),
        (r"\w+ [a-z]{2,3}? x", (r"\w+", " ", "[a-z]{2,3}?", " ", "x")),
        ("(?<=\\| )(?:a|(?:b|c))* end", ("(?<=\\| )", "(?:a|(?:b|c))*", " ", "e", "n", "d")),
        ("[]a]x", ("[]a]", "x")),
    ],
)
def test_atoms_keep_groups_classes_and_quantifiers_whole(alt: str, atoms: tuple[str, ...]) -> None:
    assert _atoms(alt) == atoms


def test_capturing_groups_are_refused() -> None:
    with pytest.raises(ValueError):
        union([r"\bi (am|was) sad"])


def test_rules_must_start_at_a_word() -> None:
    with pytest.raises(ValueError):
        union(["am sad"])


def test_leading_groups_become_letters() -> None:
    assert _split_leading_group("(?:cut|cuts|burn) x") == ["c(?:ut|uts) x", "burn x"]
    assert _split_leading_group("(?:my )?arm") == ["my arm", "arm"]
    assert _split_leading_group("(?:my )*arm") == ["(?:my )*arm"]
    assert _split_leading_group(r"(?:\w+ )?arm") == [r"\w+ arm", "arm"]


@pytest.mark.parametrize("name", sorted(RULE_SETS))
def test_trie_is_smaller_work_but_the_same_language(name: str) -> None:
    old, new = PAIRS[name]
    texts = [" i am such a failure ", " | i feel like nobody could ever love me | ", " i have the pills saved up "]
    for text in texts:
        assert [m.start() for m in old.finditer(text)] == [m.start() for m in new.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=16), st.sampled_from(sorted(RULE_SETS)))
def test_trie_matches_where_plain_alternation_matches(words: list[str], name: str) -> None:
    old, new = PAIRS[name]
    text = f" | {' '.join(words)} | "
    assert [m.start() for m in old.finditer(text)] == [m.start() for m in new.finditer(text)]
