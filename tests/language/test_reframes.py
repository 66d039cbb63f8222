"""Reframes: pools and voice of the real file, composition that fits (theme, trap, area, their words),
no repeats before a pool is used, the helped rule. Quoting, area_of, weights, bad files: test_reframe_answers.py."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from bot.language.assess import THEMES
from bot.language.reframes import (
    AREAS,
    GENERAL,
    MIN_PER_THEME,
    MIN_PER_TRAP,
    TRAPS,
    ReframeBook,
    load_reframes,
    points_at_a_word,
)
from bot.language.weight import KINDS
from tests.language.reframe_book import REFRAMES
from tests.language.reframe_book import book as book  # the fixture, found by name

SECTIONS = ("themes", "feelings", "views", "traps", "steps", "weights", "reflections")


def _all(book: ReframeBook):
    return [piece for section in SECTIONS for pool in book.pools(section).values() for piece in pool]


def _opening(text: str, words: int = 2) -> str:
    return " ".join(re.findall(r"\{\w+\}|[\w']+", text.lower())[:words])


# -- pools ------------------------------------------------------------------------------------------------
def test_every_pool_is_big_enough(book: ReframeBook) -> None:
    assert book.themes == THEMES
    for theme in THEMES:
        assert len(book.pool(theme)) >= MIN_PER_THEME >= 8, theme
        assert len(book.pool(theme, "views")) >= 4, theme
    assert len(book.pool(GENERAL)) >= 4 and len(book.pool(GENERAL, "views")) >= 4
    for trap in TRAPS:
        anywhere = [p for p in book.pool(trap, "traps") if not p.areas]
        assert len(anywhere) >= MIN_PER_TRAP >= 4, trap
    assert len(book.pool("any", "steps")) >= 4
    for area in AREAS:
        if area != "other":
            assert len(book.pool(area, "steps")) >= 2, area
            # identity is named by its perspectives: "for being who you are" reads wrong after most acknowledgements
            assert book.where[area].startswith(" ") or (area == "identity" and book.where[area] == "")
    for kind in KINDS:
        assert len(book.pool(kind, "weights")) >= 4, kind


def test_pool_counts_are_reported(book: ReframeBook) -> None:
    counts = {section: {key: len(pool) for key, pool in book.pools(section).items()} for section in SECTIONS}
    assert sum(sum(c.values()) for c in counts.values()) >= 250, counts


# -- voice ------------------------------------------------------------------------------------------------
BANNED = ("many people", "think positive", "just think", "don't feel", "cheer up", "will get better", "i promise",
          "everything happens for a reason", "look on the bright side", "at least", "you shouldn't feel",
          "stop feeling",
          "it'll be fine", "it will be fine", "you'll be fine", "get over it", "so many people", "you are not alone")


def test_voice_second_person_no_question_no_toxic_positivity(book: ReframeBook) -> None:
    pieces = _all(book)
    assert sum(1 for p in pieces if re.search(r"\byou|\byour", p.text.lower())) / len(pieces) > 0.75
    for piece in pieces:
        text = piece.text.lower()
        assert "?" not in text, f"{piece.id}: the figure doesn't ask"
        for banned in BANNED:
            assert banned not in text, (piece.id, banned)
        for sentence in re.split(r"(?<=[.!])\s+", piece.text):
            assert len(sentence.split()) <= 22, (piece.id, sentence)


# The journey's list (tests/content/test_care_content.py): phrases that can read as dying on a hard day.
DYING = re.compile(
    r"\b(?:cross(?:es|ed|ing)? over|let(?:ting)? go for good|sleep forever|never wake|the end\b|"
    r"disappear\w*|into the (?:water|deep|depths)|no way back|fall\w*|fell|slip(?:s|ped|ping)? away|"
    r"be gone|rest forever|fad(?:e|es|ed|ing) away|other side|for good|forever|no bottom|bottomless|no way out|"
    r"no point|still here|end it|give up)",
    re.IGNORECASE,
)


def test_no_phrase_that_can_read_as_dying(book: ReframeBook) -> None:
    for piece in _all(book):
        found = DYING.search(piece.text)
        assert found is None, (piece.id, found.group())


def test_contractions_like_the_narration(book: ReframeBook) -> None:
    contracted = sum(1 for p in _all(book) if re.search(r"\w'(?:s|re|t|ll|d|ve|m)\b", p.text))
    assert contracted / len(_all(book)) > 0.4
    for piece in _all(book):
        assert not re.search(r"\b(?:do not|does not|is not|are not|cannot|i am|did not|was not)\b",
                             piece.text.lower()), piece.id


def test_no_opening_in_more_than_a_fifth(book: ReframeBook) -> None:
    pieces = _all(book)
    for words in (1, 2):
        counts = Counter(_opening(p.text, words) for p in pieces)
        worst, n = counts.most_common(1)[0]
        assert n <= len(pieces) / 5, (worst, n, len(pieces))
    for section in SECTIONS:
        for key, pool in book.pools(section).items():
            counts = Counter(_opening(p.text) for p in pool)
            worst, n = counts.most_common(1)[0]
            assert n <= max(1, len(pool) // 5), (section, key, worst, n)


TICS = ("your mind", "i hear", "makes sense", "it's okay", "right now", "not alone", "i'm here", "that's", "small",
        "kind", "gentle", "heavy", "hurts", "i'm glad", "thank you", "of course", "no wonder", "even if",
        "you don't have to",
        "part of you", "you said", "true", "real")


@pytest.mark.parametrize("tic", TICS)
def test_no_tic_in_more_than_a_fifth(book: ReframeBook, tic: str) -> None:
    pieces = _all(book)
    with_tic = [p.id for p in pieces if re.search(rf"\b{re.escape(tic)}\b", p.text.lower())]
    assert len(with_tic) <= len(pieces) / 5, (tic, len(with_tic))


def test_composed_openings_vary_for_one_person(book: ReframeBook) -> None:
    seen: tuple[str, ...] = ()
    openings = []
    for n in range(40):
        theme = THEMES[n % len(THEMES)]
        ids, text = book.compose(theme, TRAPS[n % len(TRAPS)], AREAS[n % len(AREAS)], seen, "I always mess it up")
        openings.append(_opening(text, 1))
        assert re.search(r"\byou", text.lower()), text  # spoken to the person
        seen += ids
    assert Counter(openings).most_common(1)[0][1] <= len(openings) / 5, Counter(openings)


@pytest.mark.parametrize("phrase", [None, "why am I like this?", "I always fail?!", "nobody cares??"])
def test_no_answer_ends_with_a_question(book: ReframeBook, phrase: str | None) -> None:
    seen: tuple[str, ...] = ()
    for n in range(30):
        ids, text = book.compose(THEMES[n % len(THEMES)], None if n % 2 else TRAPS[n % len(TRAPS)], None, seen, phrase)
        assert not text.rstrip().endswith("?") and not text.rstrip("*\u201d").endswith("?"), text
        seen += ids


# -- composition ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("theme", THEMES)
def test_no_repeat_until_the_pool_is_used_up(book: ReframeBook, theme: str) -> None:
    acks = {p.id for p in book.pool(theme)}
    seen: list[str] = []
    used: list[str] = []
    for _ in acks:
        ids, text = book.compose(theme, None, None, tuple(seen), "I always fail")
        assert ids[0] in acks and ids[0] not in used and text
        used.append(ids[0])
        seen.extend(ids)
    assert set(used) == acks
    ids, _ = book.compose(theme, None, None, tuple(seen), None)
    assert ids[0] in acks and ids[0] != used[-1]  # starts over, not with the one seen last


@pytest.mark.parametrize("trap", TRAPS)
def test_trap_perspectives_do_not_repeat(book: ReframeBook, trap: str) -> None:
    # nothing is quoted here, so the texts that point at a quoted word ("a word like that") are left out
    pool = {p.id for p in book.pool(trap, "traps") if not p.areas and not points_at_a_word(p)}
    seen: tuple[str, ...] = ()
    views: list[str] = []
    while len(views) < len(pool):
        ids, _ = book.compose("failure", trap, None, seen, None, helped=True)  # True keeps the perspective shape
        views.extend(i for i in ids if i.startswith("trap."))
        seen += ids
    assert set(views) == pool and len(views) == len(pool)


def test_every_pool_is_used_before_any_repeats_with_a_random_book() -> None:
    import random

    book = load_reframes(REFRAMES, rng=random.Random(7))
    seen: tuple[str, ...] = ()
    acks: list[str] = []
    for _ in book.pool("burden"):
        ids, _ = book.compose("burden", "mind_reading", "family", seen, "I'm a burden")
        acks.append(ids[0])
        seen += ids
    assert len(set(acks)) == len(acks) == len(book.pool("burden"))


def test_trap_answer_differs_by_trap(book: ReframeBook) -> None:
    answers = {}
    for trap in TRAPS:
        ids, text = book.compose("failure", trap, None, (), "I always fail")
        assert ids[1].startswith(f"trap.{trap}."), ids
        answers[trap] = text.split(". ", 2)[-1]
    assert len(set(answers.values())) == len(TRAPS)


def test_without_a_trap_the_theme_view_answers(book: ReframeBook) -> None:
    for theme in THEMES:
        ids, _ = book.compose(theme, None, None, (), None)
        assert ids[1].startswith(f"{theme}.view."), ids


def test_unknown_theme_falls_back_to_general_and_nonsense_is_refused(book: ReframeBook) -> None:
    ids, text = book.compose(None, "labeling", "work", (), "I'm an idiot")
    assert ids[0].startswith("general.") and ids[1].startswith("trap.labeling.") and " at work" in text
    with pytest.raises(ValueError):
        book.compose("nonsense", None, None, (), None)
    with pytest.raises(ValueError):
        book.choose("nonsense", [])


@pytest.mark.parametrize("area", [a for a in AREAS if a != "other"])
@pytest.mark.parametrize("theme", THEMES)
def test_area_is_named_when_given(book: ReframeBook, theme: str, area: str) -> None:
    seen: tuple[str, ...] = ()
    for _ in range(3):
        ids, text = book.compose(theme, None, area, seen, "I always fail")
        if (theme, area) != ("appearance", "body"):  # "how you look in your body": the theme says it already
            assert book.where[area] in text, (ids, text)
        assert "{" not in text and "}" not in text
        seen += ids


def test_no_area_leaves_no_trace(book: ReframeBook) -> None:
    for area in (None, "other", "nonsense"):
        _, text = book.compose("failure", None, area, (), None)
        assert "{where}" not in text and "  " not in text and " ." not in text and " ," not in text


def test_an_area_perspective_is_preferred_where_it_fits(book: ReframeBook) -> None:
    ids, _ = book.compose("failure", "all_or_nothing", "school", (), None)
    assert ids[1] == "trap.all_or_nothing.school"
    ids, _ = book.compose("failure", "all_or_nothing", "other", (), None)
    assert not book.piece(ids[1]).areas
    for area in AREAS:  # an area-only text never goes elsewhere
        seen: tuple[str, ...] = ()
        for _ in range(8):
            ids, _ = book.compose("failure", "all_or_nothing", area, seen, None, helped=True)
            piece = book.piece(ids[1])
            assert not piece.areas or area in piece.areas
            seen += ids


def test_steps_come_every_third_time_and_fit_the_area(book: ReframeBook) -> None:
    seen: tuple[str, ...] = ()
    shapes = []
    for _ in range(6):
        ids, _ = book.compose("not_enough", "should", "school", seen, None)
        steps = [i for i in ids if i.startswith("step.")]
        shapes.append(bool(steps))
        if steps:
            assert steps[0].startswith("step.school.")
        seen += ids
    assert shapes == [False, False, True, False, False, True]


def test_not_really_changes_the_shape_that_helped_keeps_it(book: ReframeBook) -> None:
    ids, _ = book.compose("failure", "labeling", "work", (), None)
    assert book.last_shape(ids) == "view"
    after_no, _ = book.compose("failure", "labeling", "work", ids, None, helped=False)
    assert any(i.startswith("step.") for i in after_no) and not any(i.startswith("trap.") for i in after_no)
    seen = ids + after_no
    again_no, _ = book.compose("failure", "labeling", "work", seen, None, helped=False)
    assert any(i.startswith("trap.") for i in again_no) and not any(i.startswith("step.") for i in again_no)
    seen += again_no
    kept, _ = book.compose("failure", "labeling", "work", seen, None, helped=True)
    assert book.last_shape(seen + kept) == book.last_shape(seen) == "view"
    both = ("failure.1", "trap.labeling.1", "step.any.1")
    assert book.shape(both, helped=False) == "step" and book.shape(both, helped=True) == "view+step"
    assert book.shape((), helped=False) == "view"  # nothing to compare with yet


def test_weights_and_unknown_ids_do_not_confuse_the_shape(book: ReframeBook) -> None:
    seen = ("failure.1", "step.any.2", "weight.mishap.1", "gone.7")
    assert book.last_shape(seen) == "step"
    assert book.shape(seen, helped=False) == "view"


def test_a_word_is_pointed_at_only_when_it_is_quoted(book: ReframeBook) -> None:
    pointing = [p for section in SECTIONS for pool in book.pools(section).values() for p in pool if points_at_a_word(p)]
    assert pointing, "the check finds texts like 'A word like that is a label'"
    seen: tuple[str, ...] = ()
    for n in range(60):
        ids, text = book.compose(THEMES[n % len(THEMES)], TRAPS[n % len(TRAPS)], None, seen, None)
        assert not any(points_at_a_word(book.piece(i)) for i in ids), text
        seen += ids
    quoted = [book.compose("worthless", "labeling", None, (), "I'm such an idiot", salt=s)[1] for s in range(0, 400, 3)]
    assert any("that word" in t.lower() or "a word like that" in t.lower() or "that label" in t.lower()
               for t in quoted)
