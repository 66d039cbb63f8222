"""What a moderator sees of crisis care: counts of people, small numbers hidden, never words."""

from bot.insight.history import funnel_text
from bot.store.base import Funnel

TITLES = {n: f"Stage {n}" for n in range(1, 8)}


def test_care_counts_are_shown_with_small_numbers_hidden():
    funnel = Funnel(12, 3, {n: 12 - n for n in range(1, 8)}, {"crisis": 7, "help-now": 2})
    text = funnel_text(funnel, TITLES)
    assert "crisis care given: 7" in text
    assert "asked for help now: <5" in text


def test_no_care_line_when_nobody_needed_it():
    text = funnel_text(Funnel(12, 3, {n: 12 - n for n in range(1, 8)}), TITLES)
    assert "Crisis care" not in text
