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


SOMEONE_ELSE = [
    "a kid in my class said he wants to kill himself, do i tell the teacher",
    "what are the warning signs that someone is suicidal",
    "my partner is in the hospital after an overdose, how do i cope",
    "my friend keeps saying kms as a joke",
    "my brother told me he's been cutting, how can i help him",
]
MINE = [  # the speaker is in it: their own crisis, whoever else is named
    "my mom doesn't know i want to die",
    "he told me to kill myself and maybe he's right",
    "my friend wants to die and honestly i want to die too",
    "they would be better off without me",
    "she left me and i want to kill myself",
    "my dad's gun is in the closet and i keep looking at it",
]


@pytest.mark.parametrize("text", SOMEONE_ELSE)
def test_a_crisis_said_of_someone_else_is_care_for_the_one_who_worries(text: str) -> None:
    verdict = decide_rules(text, None)
    assert verdict.kind == CRISIS and verdict.other, verdict
    assert read_rules(text).crisis is None and read_rules(text).other_crisis is not None


@pytest.mark.parametrize("text", MINE)
def test_the_speakers_own_crisis_is_never_taken_for_someone_elses(text: str) -> None:
    verdict = decide_rules(text, None)
    assert verdict.kind == CRISIS and not verdict.other, verdict


@pytest.mark.parametrize("text, kind", [
    ("i don't have enough time", "none"),
    ("there's never enough money at the end of the month", "none"),
    ("i never have enough time for my kids, i'm a terrible mom", "doubt"),
    ("i'm not enough", "doubt"),
])
def test_not_enough_of_a_thing_is_not_the_doubt_of_not_being_enough(text: str, kind: str) -> None:
    from bot.language.worker import assess_many

    assert assess_many([text])[0].kind == kind
