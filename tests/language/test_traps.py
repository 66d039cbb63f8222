"""Thinking traps and areas read from a doubt's own wording, on thoughts written for these tests (not the rated
set): the trap cue, the area, and that the composed answer uses a perspective of that trap (in that area when one
is written for it)."""

from __future__ import annotations

import pytest

from bot.language.area import area_of
from bot.language.assess import Assessment
from bot.language.reframes import AREAS, TRAPS, ReframeBook, load_reframes, points_at_a_word
from bot.language.traps import ORDER, STRONG, cue_of, cue_words, cues_of, explicit_trap, trap_of
from tests.language.test_reframes import REFRAMES

# (thought, area or None, trap)
THOUGHTS = [
    ("I should have finished the report by friday, now I look lazy", "work", "should"),
    ("i'm supposed to be the strong one in this family", "family", "should"),
    ("a good mum wouldn't lose her temper like that", "family", "should"),
    ("I ought to be earning more at my age", "money", "should"),
    ("my cousin is married with kids and a house, compared to her I'm a mess", "family", "comparing"),
    ("all my friends have partners and I'm the only one who's single", "partner", "comparing"),
    ("everyone else in my class seems to understand algebra except me", "school", "comparing"),
    ("my sister is so pretty and I'm just the plain one", "family", "comparing"),
    ("i got the job but only because nobody else applied", "work", "discounting_positive"),
    ("my teacher said my essay was good but she says that to everyone", "school", "discounting_positive"),
    ("i ran a 5k but anyone could do that", "body", "discounting_positive"),
    ("my girlfriend says i'm handsome but she's just being nice", "partner", "discounting_positive"),
    ("I feel stupid in every meeting so I must be stupid", "work", "emotional_reasoning"),
    ("it feels like my friends don't like me, so they probably don't", "friends", "emotional_reasoning"),
    ("I feel so ugly today, which means everyone can see it", "body", "emotional_reasoning"),
    ("I feel like a bad mum so I must be one", "family", "emotional_reasoning"),
    ("my parents split up and it's because of me", "family", "personalizing"),
    ("the project failed and it's all my fault", "work", "personalizing"),
    ("my friend is upset, I must have done something", "friends", "personalizing"),
    ("if i had been there he wouldn't have got hurt", None, "personalizing"),
    ("my teacher thinks i'm lazy", "school", "mind_reading"),
    ("i know my coworkers are laughing at me behind my back", "work", "mind_reading"),
    ("my girlfriend is quiet, she's obviously annoyed with me", "partner", "mind_reading"),
    ("everyone at the gym thinks i look ridiculous", "body", "mind_reading"),
    ("i made one mistake on the test so the whole exam is a failure", "school", "all_or_nothing"),
    ("I skipped the gym once so the whole week is wasted", "body", "all_or_nothing"),
    ("either I get this promotion or my career is pointless", "work", "all_or_nothing"),
    ("i spent ten pounds i didn't need to, might as well stop saving", "money", "all_or_nothing"),
    ("if I lose this client I'll lose my job and then my house", "work", "catastrophizing"),
    ("I missed one payment and now I'll lose everything", "money", "catastrophizing"),
    ("my chest hurts, what if it's cancer", "health", "catastrophizing"),
    ("i failed the driving test and my whole life is falling apart", None, "catastrophizing"),
    ("I know I'll fail the interview tomorrow", "work", "fortune_telling"),
    ("it's never going to get easier with my back pain", "health", "fortune_telling"),
    ("i just know she'll leave me eventually", None, "fortune_telling"),
    ("I'll never pass maths", "school", "fortune_telling"),
    ("I always say the wrong thing around my friends", "friends", "overgeneralizing"),
    ("nothing ever goes right for me at work", "work", "overgeneralizing"),
    ("every time I try to diet I fail", "body", "overgeneralizing"),
    ("my mum and I fight every single day", "family", "overgeneralizing"),
    ("I'm such an idiot, I forgot the meeting", "work", "labeling"),
    ("I'm a terrible boyfriend", "partner", "labeling"),
    ("I'm so lazy, I haven't studied at all", "school", "labeling"),
    ("i'm a complete failure with money", "money", "labeling"),
    ("since my diagnosis i'm just a useless person", "health", "labeling"),
    ("I'm gay and I should be braver about coming out by now", "identity", "should"),
]


@pytest.fixture(scope="module")
def book() -> ReframeBook:
    return load_reframes(REFRAMES)


def test_the_table_covers_every_trap_and_most_areas() -> None:
    assert len(THOUGHTS) >= 40
    assert {trap for _, _, trap in THOUGHTS} == set(TRAPS) == set(ORDER)
    assert len({area for _, area, _ in THOUGHTS if area}) >= 9


@pytest.mark.parametrize(("text", "area", "trap"), THOUGHTS)
def test_the_wording_names_the_trap_and_the_area(text: str, area: str | None, trap: str) -> None:
    assert cue_of(text) == trap, cues_of(text)
    assert area_of(text, cue_words(text)) == area


@pytest.mark.parametrize(("text", "area", "trap"), THOUGHTS)
def test_the_answer_uses_a_perspective_of_that_trap_in_that_area(book: ReframeBook, text: str, area: str | None,
                                                                  trap: str) -> None:
    read = Assessment("doubt", "failure", (" ".join(text.lower().split()[:12]),), family="model")
    ids, said, event = book.answer(text, read, ())
    assert event == "reframe:failure", (event, said)
    assert trap != "comparing" or not ids[0].startswith("reflection."), "a comparison is never said back"
    ids = tuple(i for i in ids if not i.startswith("reflection."))  # what happened, said back first
    assert ids[0].startswith(f"feeling.{trap}.")  # the acknowledgement fits the trap the wording names
    view = book.piece(ids[1])
    assert view is not None and view.section == "traps" and view.key == trap
    fitting = [p for p in book.pool(trap, "traps") if p.areas == (area,) and not points_at_a_word(p)]
    if area is not None and (fitting or "\u201c" in said):  # "that word" only follows a quoted word
        assert view.areas == (area,), view.id
    assert "?" not in said


@pytest.mark.parametrize(("text", "trap"), [
    ("I'm not a failure, I just had a bad day", None),
    ("it isn't my fault the bus was late", None),
    ("i don't always get it wrong", None),
    ("he thinks i'm an idiot", "mind_reading"),  # someone else's label is a mind read, not a label of theirs
    ("people say i'm kind", None),
    ("the weather is nice today", None),
    ("i should be over it by now and everyone else is fine", "should"),  # a tie goes to the order
    ("I'm such a failure, everyone else has it together", "comparing"),
    ("i know i'll fail and it'll be a disaster", "fortune_telling"),  # a plain forecast over a big word
])
def test_negation_reported_labels_and_ties(text: str, trap: str | None) -> None:
    assert cue_of(text) == trap, cues_of(text)


def test_a_cue_wins_over_the_model_only_when_explicit() -> None:
    assert trap_of("i'm such an idiot", "catastrophizing") == "labeling"  # strength 3 beats the model
    assert cues_of("this is completely awful") == {"all_or_nothing": 1}
    assert trap_of("this is completely awful", "labeling") == "labeling"  # a hint doesn't overrule it
    assert trap_of("this is completely awful", None) == "all_or_nothing"  # but answers when the model has none
    assert trap_of("the sky is blue", "should") == "should"
    assert trap_of("the sky is blue", "nonsense") is None
    assert explicit_trap("this is completely awful") is None and STRONG == 2
    assert cue_of("") is None and cue_of(None) is None  # type: ignore[arg-type]


def test_every_trap_has_a_perspective_for_every_area(book: ReframeBook) -> None:
    for trap in TRAPS:
        pool = book.pool(trap, "traps")
        for area in AREAS:
            if area != "other":
                assert any(p.areas == (area,) for p in pool), (trap, area)
        assert len(book.pool(trap, "feelings")) >= 5 and len(book.pool(trap, "steps")) >= 2
