"""weigh(): heavy messages that are not (only) self-doubts, by kind, and look-alikes that are none of them."""

from __future__ import annotations

import pytest

from bot.language.weight import KINDS, OVER_DOUBT, weigh

TABLE: dict[str, list[str]] = {
    "abuse": [
        "getting abused was my fault",
        "he hit me again",
        "i was assaulted",
        "My dad hits me when he's drunk",
        "i think i was groomed by my coach",
        "she choked me last night and i deserved it",
        "my boyfriend is abusive but it's because i'm annoying",
        "i was raped at a party and i keep blaming myself",
        "my uncle touched me when i was little",
        "I keep getting beaten up at home",
        "my ex used to push me around and threaten me",
        "i got hurt by my stepdad again",
        "is it abuse if he only yells and locks me out",
    ],
    "grief": [
        "my mum died last year and i still can't function",
        "my grandpa passed away on sunday",
        "I lost my best friend in a car crash",
        "we had to put our dog down today",
        "the funeral is tomorrow",
        "i'm grieving and everyone expects me to be fine",
        "it's been a year since she died",
        "i had a miscarriage",
        "My dad's death still hits me every morning",
        "i should have been there when my brother died",
        "my cat died this morning",
    ],
    "anger_at_others": [
        "i'm so angry at my boss",
        "my sister is such a jerk",
        "i hate my roommate",
        "he lied to me again and i'm furious",
        "I'm sick of my parents controlling everything",
        "my teacher was so unfair today",
        "my friend ditched me for the third time",
        "i'm really mad at them for leaving me out",
        "people are so rude",
        "my coworker took credit for my work",
        "i can't stand my manager",
    ],
    "worry": [
        "i'm worried about my exam tomorrow",
        "I'm so anxious about the surgery",
        "what if my mom gets sick again",
        "i can't stop worrying about money",
        "i'm nervous about my job interview",
        "feeling really stressed about the move",
        "i keep overthinking the meeting on monday",
        "i'm scared that the results will be bad",
        "dreading going back to school",
        "i've been on edge about the test results all week",
    ],
    "bad_luck": [
        "my car broke down on the motorway",
        "our flight got cancelled",
        "i got laid off today",
        "My laptop crashed and i lost my essay",
        "got a flat tire on the way to work",
        "the power went out in the middle of my game",
        "someone stole my bike, just my luck",
        "i lost my wallet on the train",
        "got rained on walking home, soaked",
        "my package never arrived",
        "caught the flu right before my holiday",
    ],
    "mishap": [
        "i burnt dinner",
        "I burned the potatoes again",
        "missed the bus this morning",
        "spilled coffee all over my shirt",
        "dropped my phone and cracked the screen",
        "forgot my keys at home",
        "i overslept",
        "stubbed my toe on the table",
        "locked myself out of the house",
        "i sent the email to the wrong person",
        "forgot to buy milk",
    ],
}

LOOK_ALIKES = [
    "he hit the ball over the fence",
    "it just hit me how much i like this song",
    "she beat me at chess",
    "the abuse of power in that film was scary",
    "he never hit me, he's lovely",
    "my phone's battery is dead lol",
    "i died laughing at that video",
    "she passed the exam",
    "good grief, what a day",
    "my friend said i was really helpful when her dog died but i barely did anything",  # her pet, not my loss
    "i'm angry at myself",
    "i hate myself",
    "no worries at all",
    "i'm not worried about it",
    "i'm worried i'm not good enough",
    "I'm a burden to everyone",
    "i caught the bus just in time",
    "i didn't miss the bus today",
    "i made dinner and it was lovely",
    "i feel burnt out",
    "my brother thinks he's a failure",
    "i'm dying to see that film",
    "today was fine",
    "i love my boss",
    "i'm such an idiot",
]


@pytest.mark.parametrize(("kind", "text"), [(kind, text) for kind, texts in TABLE.items() for text in texts])
def test_weigh_names_the_kind(kind: str, text: str) -> None:
    assert weigh(text) == kind


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_weigh_nothing(text: str) -> None:
    assert weigh(text) is None


def test_table_is_big_enough() -> None:
    assert set(TABLE) == set(KINDS)
    assert all(len(texts) >= 10 for texts in TABLE.values())
    assert len(LOOK_ALIKES) >= 20


def test_abuse_and_grief_come_before_any_doubt() -> None:
    assert OVER_DOUBT == {"abuse", "grief"}


@pytest.mark.parametrize("text", ["", "   ", "\n", "\U0001F480"])
def test_empty_weighs_nothing(text: str) -> None:
    assert weigh(text) is None
