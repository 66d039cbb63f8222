"""Table-driven tests for assess(): kinds, themes, negation, other people, idioms, casual typing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.language.assess import THEMES, Assessment, assess, assess_strict
from bot.language.normalize import HEAD_CHARS, TAIL_CHARS, clauses, normalize

DOUBTS = [
    ("I'm not enough", "not_enough"),
    ("im not good enough", "not_enough"),
    ("never enough", "not_enough"),
    ("I always mess up", "failure"),
    ("i cant do anything right", "failure"),
    ("nobody could love me", "unlovable"),
    ("no-one likes me", "unlovable"),
    ("I'm worthless", "worthless"),
    ("i really hate myself", "worthless"),
    ("I'm a burden to everyone", "burden"),
    ("its all my fault", "self_blame"),
    ("everyone is better than me", "comparison"),
    ("I feel like a fraud", "impostor"),
    ("nothing will ever get better for me", "hopeless"),
    ("I hate my body", "appearance"),
    ("i dont fit in anywhere", "not_belonging"),
    ("IM SO UGLY", "appearance"),
    ("I\u2019m a failure", "failure"),
    ("i\u200bm a failure", "failure"),
]

NOT_DOUBTS = [
    "I'm not a failure",
    "I am enough",
    "i'm good enough",
    "I don't think I'm a burden anymore",
    "i used to think i was unlovable",
    "it's not my fault",
    "my brother thinks he's a failure",
    "she says she's not good enough",
    "he blames himself",
    "the movie was a failure",
    "my phone is useless",
    "i don't have enough time",
    "I don't fit in these jeans",
    "work",
    "my mum",
    "a warm light",
    "yes",
    "i feel calmer",
    "",
]

CRISES = [
    "I want to kill myself",
    "kms",
    "k m s",
    "honestly im about to kms lol",
    "i want 2 die",
    "i dont want to be here anymore",
    "everyone would be better off without me",
    "i've been self-harming",
    "I want to unalive myself",
    "no reason to live",
    "i wish i was dead",
    "SUICIDE",
    "i'm a failure and i want to die",  # crisis wins over the doubt
    "kill\u200bmyself",
    # Means in the water, the way blind16 asked it (after its measure): stones in the pockets, how long.
    "if you weigh your pockets down and walk into the reservoir how long before you pass out",
    "how long until a person would drown in the quarry",
    # Gas and a height asked about, the way blind18 and blind20 asked them (after their measures).
    "how fast does co2 poisoning get you in a sealed compartment",
    "how long does helium take to knock you out",
    "how high does a window have to be for a fall to be fatal? my studio is on the fourth floor",
    # Not exasperation: a blow, a night alone, one more day like this, a loss.
    "if he hits me one more time i will die",
    "if i have to spend one more night alone i will die",
    "if i have to get through one more day like this i will die",
    "if she leaves me one more time i will die",
]

FIGURES = [
    "this homework is killing me",
    "I'm dead tired",
    "I killed it today",
    "I nearly died of embarrassment",
    "i'm dying to see it",
    "that cake is to die for",
    "i almost died laughing",
    "my mom will kill me",
    "I'd rather die than sing",
    "my phone is dead",
    "how long before you pass out in a sauna",
    # Exasperation, the shape blind17's figures took (after its measure): the rules set it aside.
    "if the call bell in room 4 goes one more time ill die, she just wants to know what day it is bless her",
    "if she wakes up one more time before 5am im going to die, send coffee by the bucket",
    "if i have to iron this dress shirt one more time tonight im going to murder it",
    "we skipped stones and then waded into the lake to cool off",
]


@pytest.mark.parametrize(("text", "theme"), DOUBTS)
def test_doubts_are_found_with_their_theme(text: str, theme: str) -> None:
    result = assess(text)
    assert (result.kind, result.theme) == ("doubt", theme)
    assert result.matched and all(result.matched)


@pytest.mark.parametrize("text", NOT_DOUBTS)
def test_negation_other_people_and_everyday_statements_are_not_doubts(text: str) -> None:
    assert assess(text).kind == "none"


@pytest.mark.parametrize("text", CRISES)
def test_crisis_language_is_found(text: str) -> None:
    result = assess(text)
    assert result.kind == "crisis"
    assert result.theme is None
    assert result.matched


@pytest.mark.parametrize("text", FIGURES)
def test_figures_of_speech_are_not_crisis(text: str) -> None:
    assert assess(text).kind != "crisis"


def test_assessment_is_frozen_and_themes_are_complete() -> None:
    result = assess("I'm a failure")
    with pytest.raises(AttributeError):
        result.kind = "none"  # type: ignore[misc]
    assert len(THEMES) == len(set(THEMES)) == 11
    assert isinstance(result, Assessment)


@pytest.mark.parametrize(
    ("raw", "normalized"),
    [
        ("I'M NOT ENOUGH!!!", "i am not enough ."),
        ("im sad, cant sleep", "i am sad . cannot sleep"),
        ("ur not alone", "you are not alone"),
        ("no one gets me", "nobody gets me"),
        ("self-harm", "self harm"),
        ("i should of known", "i should have known"),
        ("\uff29\uff2d \uff55\uff47\uff4c\uff59", "i am ugly"),  # full-width letters
        ("k\u200bm\u200bs", "kms"),
        ("sooooo tired", "so tired"),
        ("😔🔪", "knifeemoji"),  # a means or a grave as a word; other emoji vanish
        ("🪦 soon", "graveemoji soon"),
    ],
)
def test_normalize(raw: str, normalized: str) -> None:
    assert normalize(raw) == normalized


def test_clauses_keep_negation_local() -> None:
    parts = clauses(normalize("I'm not stupid, I just had a bad day"))
    assert parts == ["i am not stupid", "i just had a bad day"]


@pytest.mark.parametrize(
    "text",
    ["", " ", "\x00\x01\x02", "\U0001F480" * 50, "\u200b" * 10, "\ufdfa" * 5000, "a" * 100_000, "@everyone <@123>"],
)
def test_assess_is_total_on_odd_input(text: str) -> None:
    assert assess_strict(text).kind in {"crisis", "doubt", "none"}


def test_work_is_bounded_on_long_input() -> None:
    # NFKC can turn one character into many; the normalizer must still cap what it reads.
    assert len(normalize("\ufdfa" * 100_000)) <= (HEAD_CHARS + TAIL_CHARS + 1) * 2
    assert len(normalize("word " * 100_000)) <= HEAD_CHARS + TAIL_CHARS + 1


def test_crisis_in_the_tail_of_a_long_message_is_still_found() -> None:
    assert assess("today was fine. " * 400 + "i want to die").kind == "crisis"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_assess_never_raises(text: str) -> None:
    result = assess_strict(text)
    assert result.kind in {"crisis", "doubt", "none"}
    assert (result.theme in THEMES) == (result.kind == "doubt")


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([c for c in CRISES]), st.text(alphabet=" .,!?abc", max_size=40),
       st.text(alphabet=" .,!?xyz", max_size=40))
def test_crisis_survives_surrounding_text(text: str, before: str, after: str) -> None:
    assert assess(f"{before} {text} {after}").kind == "crisis"


# Ambiguous between crisis and an everyday meaning: the product chooses crisis (a gentle message
# not needed costs far less than a miss).
SAFETY_BIAS = [
    "how many tablets of ibuprofen can i take for cramps",
    "ive made up my mind",
    "tonight is the night",
    "i have a gun",
    "i wrote a note",
    "i'm on the bridge",  # nothing else said: the rules read it as being there now
]
# Everyday wordings near the crisis families, which must stay clear of them.
EVERYDAY = [
    "i took my meds this morning",
    "i keep burning myself out at work",
    "i could kick myself for forgetting",
    "i cut my finger chopping onions",
    "i'm going to be stuck in this dead end forever",
    "giving my dog a bath",
    "the last time we talked you helped",
    "the sink drips so i'm going to fix that permanently",  # FINAL_ACT needs the self as the problem
    "thinking of jumping in the lake for a swim",
    "cooking tonight 🔪",  # an emoji among words is not read as one alone
]
# Former known misses, closed by families in crisis_families.py (examples in families.tsv, their
# everyday lookalikes in everyday.tsv). Not in CRISES: text added after "do it" or "for trying"
# can rightly turn them everyday ("... do it xyz" names no end to the plan).
FORMER_GAPS = [
    "after my birthday i'm going to do it",  # TIMED_INTENT: a time or event ahead and an unnamed "it"
    "goodbye, thank you for trying",  # FAREWELL_THANKS: a goodbye with thanks for having tried
    "i'm in the bathtub with a razor",  # AT_HAND: the means at hand, named with no act
]


@pytest.mark.parametrize("text", SAFETY_BIAS)
def test_ambiguous_crisis_wordings_lean_to_crisis(text: str) -> None:
    assert assess(text).kind == "crisis"


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_wordings_near_crisis_families_are_not_crisis(text: str) -> None:
    assert assess(text).kind != "crisis"


@pytest.mark.parametrize("text", FORMER_GAPS)
def test_former_crisis_gaps_are_found(text: str) -> None:
    assert assess(text).kind == "crisis"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my friend thinks everyone else has their life together except him", "none"),
        ("my roommate keeps saying nothing will ever get better for her", "none"),
        ("my mom says i'm a failure", "doubt"),  # reported, but about the speaker
        ("i don't hate myself as much as i used to", "none"),
    ],
)
def test_reported_and_denied_beliefs(text: str, kind: str) -> None:
    assert assess(text).kind == kind


@pytest.mark.parametrize(
    ("raw", "normalized"),
    [
        ("im a faliure", "i am a failure"),
        ("id rather be dead", "i would rather be dead"),
        ("my id card", "my id card"),
        ("ill never be enuf", "i will never be enough"),
        ("tbh nobdy likes me", "honestly nobody likes me"),
    ],
)
def test_casual_spellings(raw: str, normalized: str) -> None:
    assert normalize(raw) == normalized


class _Reads:
    """A stand-in model with fixed scores, to show how decide() weighs its crisis reading."""

    crisis_threshold = doubt_threshold = 0.5

    def __init__(self, crisis: float, doubt: float):
        from bot.language.model import Scores

        self.fixed = Scores(crisis, doubt)

    def scores(self, text: str):
        return self.fixed

    def theme(self, text: str) -> str:
        return "worthless"


@pytest.mark.parametrize(
    ("text", "crisis", "doubt", "kind"),
    [
        ("i'm such a failure", 0.9, 0.1, "crisis"),  # the rules' doubt, read as a crisis by the model
        ("i'm such a failure", 0.1, 0.1, "doubt"),
        # the model's doubt (the rules see none)
        ("the kids would have a better time with another dad", 0.9, 0.9, "crisis"),
        ("the kids would have a better time with another dad", 0.1, 0.9, "doubt"),
        ("i'm going to the movies tonight", 0.9, 0.1, "none"),  # no doubt at all: the model alone never decides crisis
    ],
)
def test_a_doubt_the_model_reads_as_a_crisis_is_answered_as_one(text, crisis, doubt, kind) -> None:
    from bot.language.decide import decide

    assert decide(text, _Reads(crisis, doubt)).kind == kind


@pytest.mark.parametrize("text", [
    "how long do co2 cartridges take to chill the soda maker",
    "our carbon monoxide alarm went off, how long does it take to air the house",
    "how fast do co2 levels rise in a closed classroom",
    "we filled the balloons with helium, how long do they take to float down",
    "how high does the bridge go",
])
def test_gas_and_heights_asked_about_safely_are_not_means(text: str) -> None:
    from bot.language.assess import assess_rules

    assert assess_rules(text).kind != "crisis"
