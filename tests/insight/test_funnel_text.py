"""What a moderator sees of a server: counts of distinct people in bands of five, small numbers hidden, never words."""

from itertools import product

from bot.insight.history import funnel_text, small
from bot.store.base import Event, Funnel
from bot.store.memory import MemoryStore
from tests.store.conftest import person, save

TITLES = {n: f"Stage {n}" for n in range(1, 8)}


def possible(shown: str, most: int = 60) -> set[int]:
    """Every true count `small` shows as `shown`."""
    return {n for n in range(most) if small(n) == shown}


def test_counts_are_shown_as_nought_under_five_or_a_band_of_five():
    assert [small(n) for n in (0, 1, 4, 5, 6, 9, 10, 14, 15, 103)] == [
        "0", "<5", "<5", "5–9", "5–9", "5–9", "10–14", "10–14", "15–19", "100–104"]


def test_no_difference_of_two_shown_counts_pins_a_small_group():
    # For every pair of true counts, one within the other (a stage within the one before, help-now
    # within crisis care): what the two shown cells allow for their difference is never one exact
    # number from 1 to 4: at most "fewer than 5", which a "<5" cell says anyway.
    for x, y in product(range(40), repeat=2):
        if y > x:
            continue
        differences = {a - b for a in possible(small(x)) for b in possible(small(y)) if b <= a}
        assert len(differences) > 1 or not differences <= set(range(1, 5)), (x, y, differences)


def test_no_sum_of_shown_counts_pins_a_small_remainder():
    # Asked the check question, minus those who answered yes, minus those who answered no.
    for x, y, z in product(range(25), repeat=3):
        if y + z > x:
            continue
        rest = {a - b - c for a in possible(small(x)) for b in possible(small(y)) for c in possible(small(z))
                if b + c <= a}
        assert len(rest) > 1 or not rest <= set(range(1, 5)), (x, y, z, rest)


def test_six_began_and_five_reached_stage_two_does_not_show_that_one_stopped():
    text = funnel_text(Funnel(6, 0, {1: 6, 2: 5} | {n: 0 for n in range(3, 8)}), TITLES)
    assert "began a journey from this server: 5–9 · finished one: 0." in text
    assert "1. Stage 1: 5–9" in text and "2. Stage 2: 5–9" in text and "3. Stage 3: 0" in text
    assert "6" not in text.split("\n", 1)[0] and ": 6" not in text


def test_the_funnel_and_care_cells_follow_the_same_rule():
    funnel = Funnel(12, 3, {n: 12 - n for n in range(1, 8)}, {"crisis": 7, "help-now": 2, "check": 0})
    text = funnel_text(funnel, TITLES)
    assert "began a journey from this server: 10–14 · finished one: <5." in text
    assert "1. Stage 1: 10–14" in text and "2. Stage 2: 10–14" in text and "3. Stage 3: 5–9" in text
    assert "7. Stage 7: 5–9" in text
    assert "crisis care given: 5–9" in text
    assert "asked for help now: <5" in text
    assert "asked the check question" not in text  # nobody: not a cell at all
    assert "people, not journeys" in text


def test_no_care_line_when_nobody_needed_it():
    text = funnel_text(Funnel(12, 3, {n: 12 - n for n in range(1, 8)}), TITLES)
    assert "Crisis care" not in text


async def test_one_person_beginning_five_times_counts_once():
    store = MemoryStore()
    for number in range(1, 6):
        await save(store, person("test:again", journeys=number, stage="tunnel", started_at=100.0 * number),
                   [Event("begin", 100.0 * number, "g1")])
    funnel = await store.funnel("g1")
    assert (funnel.started, funnel.reached[1], funnel.reached[2], funnel.reached[3]) == (1, 1, 1, 0)
    assert "began a journey from this server: <5" in funnel_text(funnel, TITLES)
    for i in range(4):
        await save(store, person(f"test:p{i}", stage="abyss"), [Event("begin", 1.0, "g1")])
    text = funnel_text(await store.funnel("g1"), TITLES)
    assert "began a journey from this server: 5–9" in text and "2. Stage 2: <5" in text
