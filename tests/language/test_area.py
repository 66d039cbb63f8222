"""area_of: idioms are no areas, the doubt's own sentence decides, negation and contrast, grief and identity
outrank the people in them, weak words only decide alone."""

from __future__ import annotations

import pytest

from bot.language.area import AREA_WORDS, area_of

AREAS = [
    # idioms that only look like an area
    ("I'm dead weight and nobody wants me around", None),
    ("there's a weight on my shoulders i can't shift", None),
    ("i just have to face it, i'm useless", None),
    ("i'm sick of myself", None),
    ("things will work out for everyone but me", None),
    ("he said it to my face and i froze", None),
    ("i'll lose it if one more thing goes wrong", None),  # "ill" before a verb is "i'll", not illness
    ("she talks behind my back and i let her", None),
    # words the old lists missed
    ("the launch slipped and my manager blamed the deck", "work"),
    ("i messed up the client meeting", "work"),
    ("bombed the quiz and my gpa is wrecked", "school"),
    ("i skipped physio again", "health"),
    ("my nephew's party was a disaster because of me", "family"),
    ("forgot our anniversary, i'm the worst", "partner"),
    ("overdrafted again, i can't manage a budget", "money"),
    ("since i started working out people comment on my body", "body"),
    ("I still don't know who I am at 30", "identity"),
    # the doubt's own sentence beats a passing mention
    ("ate a donut at work. now my diet is ruined", "body"),
    ("my boss was in a good mood today. i still feel ugly and fat", "body"),
    # negation and contrast
    ("not work, it's my family", "family"),
    ("it isn't school that gets me, it's my friends", "friends"),
    ("i haven't studied at all", "school"),  # a verb's negation is still about school
    # grief and identity outrank the people in them; weak words decide only alone
    ("since my dad died i can't do anything right", "grief"),
    ("i want to come out to my parents but i'm scared", "identity"),
    ("we argued about our relationship", "partner"),
    ("my dad and i keep fighting and it's ruining our relationship", "family"),
    ("her friends hate me and so does my sister", "family"),  # someone else's friends are not theirs
    ("", None),
]


@pytest.mark.parametrize(("text", "area"), AREAS)
def test_area_of(text: str, area: str | None) -> None:
    assert area_of(text) == area


def test_the_doubts_sentence_decides_when_it_names_an_area() -> None:
    text = "work was long. my girlfriend says i'm boring"
    assert area_of(text) == "partner"
    assert area_of("my girlfriend was out. at work i'm useless", "at work i am useless") == "work"
    assert area_of("my girlfriend was out. at work i'm useless", "my girlfriend was out") == "partner"
    # a doubt that runs across sentences (a model's first words) says nothing about where
    assert area_of("my girlfriend was out. i'm useless", "my girlfriend was out . i am") == "partner"


def test_every_area_has_words() -> None:
    assert set(AREA_WORDS) == {"work", "school", "family", "partner", "friends", "body", "health", "money", "grief",
                               "identity"}
