"""RuleSet tries only the patterns a word can start; it must find what one compiled regex finds."""

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
    rules,
)
from bot.language.atoms import atoms, heads
from bot.language.rules import RuleSet, compile_union
from tests.language.test_backtracking import CPU_BOUND_S, _cpu_seconds

THEMES = {theme: core + doubt_families.FAMILY_RULES[theme] for theme, core in doubt_patterns.THEME_RULES.items()}
CRISIS_RULES = crisis_patterns._RULES + crisis_families.FAMILY_RULES
# compile_union is the one big regex the rule sets replaced, every branch split to start with a letter.
THEME_REFERENCES = {theme: compile_union(theme_rules) for theme, theme_rules in THEMES.items()}
ANY_REFERENCE = compile_union([rule for theme_rules in THEMES.values() for rule in theme_rules])
CRISIS_REFERENCE = re.compile(crisis_patterns.CRISIS.pattern)
WORDS = sorted({w for rule in CRISIS_RULES + ANY_REFERENCE.pattern.split("|") for w in re.findall(r"[a-z]+", rule)
                if len(w) > 1})
WORDS += ["i", "a", "|", "."]
TEXTS = [
    " | i always feel like the odd one out | ",
    " | i blame myself for everything that went wrong | ",
    " | i keep failing at basically kind of sort of all of it gathering eating never | ",
    " | i am such a failure | and nobody could ever love me | ",
    " | everyone my age is married | while i am still single | ",
    " i have the pills saved up and i want to die ",
]


def spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


@pytest.mark.parametrize(
    ("alternative", "words"),
    [
        ("(?:kill|killing) my(?:self| life)", {("kill", True), ("killing", True)}),
        ("(?:a |the )?(?:whole|full) x", {("a", True), ("the", True), ("whole", True), ("full", True)}),
        ("wrists? x", {("wrist", True), ("wrists", True)}),
        (r"(?<=\| )(?:still )?felt like", {("still", True), ("felt", True)}),
        ("die+\\b", {("die", False)}),
        (r"(?:\w+ ){0,2}x", {("", False), ("x", False)}),
    ],
)
def test_heads_name_every_word_a_match_can_start_with(alternative: str, words: set) -> None:
    assert heads(atoms(alternative)) == words


@pytest.mark.parametrize("text", TEXTS)
def test_each_theme_finds_what_its_own_regex_finds(text: str) -> None:
    for index, theme in enumerate(THEMES):
        family = doubt_patterns.ANY_DOUBT.family(index, THEMES[theme])
        for start in range(len(text)):
            assert spans(family.finditer(text, start)) == spans(THEME_REFERENCES[theme].finditer(text, start))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14), st.sampled_from(sorted(THEMES)))
def test_a_theme_searched_in_the_shared_set_matches_as_if_alone(words: list[str], theme: str) -> None:
    text = f" | {' '.join(words)} | "
    index = list(THEMES).index(theme)
    found = doubt_patterns.ANY_DOUBT.family(index, THEMES[theme]).finditer(text)
    assert spans(found) == spans(THEME_REFERENCES[theme].finditer(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14))
def test_any_doubt_and_crisis_start_where_one_regex_would(words: list[str]) -> None:
    text = f" | {' '.join(words)} | "
    for pos in range(0, len(text), 7):
        hit, reference = doubt_patterns.ANY_DOUBT.search(text, pos), ANY_REFERENCE.search(text, pos)
        assert (hit and hit.start()) == (reference and reference.start())
    assert spans(crisis_patterns.CRISIS.finditer(text)) == spans(CRISIS_REFERENCE.finditer(text))


def test_the_word_memo_starts_over_without_changing_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rules, "_MEMO_WORDS", 3)
    fresh = RuleSet([THEMES["failure"]])
    for text in TEXTS * 2:
        assert spans(fresh.finditer(text)) == spans(THEME_REFERENCES["failure"].finditer(text))


def test_lazy_patterns_compile_only_when_a_word_needs_them() -> None:
    lazy = RuleSet([THEMES["burden"], THEMES["failure"]], lazy=True)
    assert not any(lazy._compiled)
    assert lazy.search(" | the weather is nice | ") is None
    assert lazy.search(" | i am such a burden | ", family=0).group() == " i am such a burden"
    assert lazy.search(" | i am such a burden | ", family=1) is None
    assert not all(lazy._compiled)


def test_rules_must_start_at_a_word_and_capture_nothing() -> None:
    with pytest.raises(ValueError):
        RuleSet([["am sad"]])
    with pytest.raises(ValueError):
        RuleSet([[r"\bi (am|was) sad"]])


# The backtracking guard reads its phrases from compiled patterns; the crisis set is not one now.
CRISIS_PHRASES = sorted({a.strip() for group in re.findall(r"\(\?:([^()]*)\)", crisis_patterns.CRISIS.pattern)
                         for a in group.split("|") if re.fullmatch(r"[a-z ]+", a.strip() or "-")})


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(CRISIS_PHRASES), min_size=1, max_size=3), st.integers(min_value=10, max_value=300))
def test_repeated_crisis_phrases_are_bounded(unit: list[str], times: int) -> None:
    assert _cpu_seconds(f"i {(' '.join(unit) + ' ') * times}xyz"[:4000]) < CPU_BOUND_S


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14))
def test_one_pass_by_family_finds_each_familys_own_matches(words: list[str]) -> None:
    text = f" | {' '.join(words)} | "
    stop = len(text) - 2
    found = doubt_patterns.ANY_DOUBT.by_family(text, 0, stop)
    for index, theme in enumerate(THEMES):
        alone = [m.span() for m in THEME_REFERENCES[theme].finditer(text) if m.start() < stop]
        assert spans(found.get(index, ())) == alone
