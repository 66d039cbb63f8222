"""Pacing: a written pause is honoured as written; only a pause computed from a line's length is capped."""

from __future__ import annotations

from bot.journey.turns import Option, Reply
from bot.pacing import MAX_PAUSE, MAX_WRITTEN_PAUSE, MIN_PAUSE, pause_after


def test_a_written_pause_is_honoured_not_cut_to_the_computed_cap():
    assert pause_after(Reply("Stay as long as you like.", pause=10), 1.0) == 10.0
    assert pause_after(Reply("Rest.", pause=10), 0.5) == 5.0  # still scaled by WELLSPRING_PACING
    assert pause_after(Reply("Rest.", pause=0), 1.0) == 0.0
    assert pause_after(Reply("Rest.", pause=999), 1.0) == MAX_WRITTEN_PAUSE  # the loader refuses it anyway


def test_a_computed_pause_follows_length_within_its_bounds():
    assert pause_after(Reply("Hi."), 1.0) == MIN_PAUSE
    assert pause_after(Reply("x" * 2000), 1.0) == MAX_PAUSE
    assert pause_after(Reply("x" * 36), 1.0) == 2.0


def test_nobody_waits_after_a_question_or_without_pacing():
    assert pause_after(Reply("Ready?", options=(Option("Yes", 0),), pause=10), 1.0) == 0.0
    assert pause_after(Reply("Say a word.", expects_text=True, pause=10), 1.0) == 0.0
    assert pause_after(Reply("Rest.", pause=10), 0.0) == 0.0
