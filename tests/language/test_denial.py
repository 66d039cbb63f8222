"""A crisis phrase the speaker plainly denies is not answered as a crisis by the rules alone."""

import pytest

from bot.language.crisis_patterns import find_crisis
from bot.language.decide import CHECK, CRISIS, decide_rules, read_rules
from bot.language.denial import denied_before, held_crisis
from bot.language.normalize import normalize

DENIED = [
    "i'm not suicidal at all, just frustrated with work",
    "i'd never hurt myself, i'm just venting",
    "i don't want to die, i just want this week to be over",
    "no self harm, no plans, just a lonely night",
    "i have no intention of hurting myself, i just can't sleep",
    "i'm not going to kill myself, relax",
    "i haven't wanted to die in years",
]
HELD = [  # negations that are the crisis itself, hedges, and a denial beside a held phrase
    "i don't want to live anymore",
    "i'm not saying i want to kill myself but",
    "i'm not going to lie, i want to die",
    "i don't want to die but i don't want to live either",
    "nobody would care if i killed myself",
    "i can't stop thinking about killing myself",
    "i'm not suicidal but i keep thinking about not waking up",
    "not sure if i want to die or just sleep for a year",
    "i want to die",
]


@pytest.mark.parametrize("text", DENIED)
def test_a_plain_denial_holds_no_crisis_phrase(text: str) -> None:
    held, denied = held_crisis(normalize(text), find_crisis)
    assert held is None and denied is not None, (held, denied)


@pytest.mark.parametrize("text", HELD)
def test_a_held_phrase_stays_a_crisis(text: str) -> None:
    held, _ = held_crisis(normalize(text), find_crisis)
    assert held is not None
    assert read_rules(text).crisis is not None
    assert decide_rules(text, None).kind == CRISIS


@pytest.mark.parametrize("text", DENIED)
def test_without_a_model_a_denial_is_asked_never_passed(text: str) -> None:
    verdict = decide_rules(text, None)
    assert verdict.kind == CHECK and verdict.family == "denied"
    assert read_rules(text).denied_crisis is not None


def test_the_negator_must_stand_in_the_same_clause_and_close_by() -> None:
    assert denied_before(" i am not")
    assert not denied_before(" i am not sure . i")  # another clause
    assert not denied_before(" no one would care if i")
    assert not denied_before(" i do not know why i")  # too far, and a hedge
