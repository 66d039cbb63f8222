"""Adversarial input stays cheap: long runs of the very phrases the rules are built from."""

from __future__ import annotations

import gc
import re
import signal
import time
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.language import crisis_patterns, doubt_patterns
from bot.language.assess import assess_strict

# A normal message takes well under a millisecond; a pattern that backtracks exponentially takes
# seconds on a hundred characters, so the bound separates the two with a wide margin either side.
CPU_BOUND_S = 0.25
STARTERS = ["i", "i am", "i feel like i am", "i think i am", "i do not", "i will", "why", "everyone", "nobody", "my",
            "|", "."]


def _patterns() -> list[re.Pattern[str]]:
    found = [v for m in (crisis_patterns, doubt_patterns) for v in vars(m).values() if isinstance(v, re.Pattern)]
    return found + [pattern for _, pattern in doubt_patterns.THEME_PATTERNS]


def _phrases() -> list[str]:
    """Every plain-word alternative inside the compiled rules: the words loops are made to eat."""
    phrases = set()
    for pattern in _patterns():
        for group in re.findall(r"\(\?:([^()]*)\)", pattern.pattern):
            phrases.update(a.strip() for a in group.split("|") if re.fullmatch(r"[a-z ]+", a.strip() or "-"))
    return sorted(phrases)


PHRASES = _phrases()
# Some tables (help wordings, language words, the family registry) are built on first use; that one-off
# cost (about 0.1 s) is not backtracking, so it is paid here, before anything is measured.
assess_strict("warming up: i am not enough")


@contextmanager
def _deadline(seconds: int):
    """Fail fast instead of hanging the suite when a pattern backtracks without end."""

    def _raise(*_: object) -> None:
        raise TimeoutError("assess did not finish: catastrophic backtracking")

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _cpu_seconds(text: str) -> float:
    """CPU time of one assessment, without a garbage collection landing in it.

    In the full suite the process holds the encoder and thousands of labelled rows, and a full
    collection that happens to start inside the measured call costs about 0.3 s: that is not
    backtracking, so collections wait until the measure is taken.
    """
    gc.collect()
    gc.disable()
    try:
        with _deadline(5):
            start = time.process_time()
            assess_strict(text)
            return time.process_time() - start
    finally:
        gc.enable()


def test_phrases_were_found() -> None:
    assert len(PHRASES) > 300 and "such" in PHRASES and "kind of" in PHRASES


@pytest.mark.parametrize(
    "text",
    [
        "i am " + "such a " * 60 + "xyz",  # took seconds when "such a" was both one fill entry and two
        "i feel like i am " + "kind of sort of " * 100 + "xyz",
        "i " + "really " * 500 + "xyz",
        "i do not think " * 150,
        "not " * 900 + "anyone",
        "end it " * 500,
        "everyone " * 400 + "than me",
        "how many " * 300 + "pills",
        "i wish i " * 250,
    ],
)
def test_known_worst_cases_are_bounded(text: str) -> None:
    assert _cpu_seconds(text) < CPU_BOUND_S


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(STARTERS),
    st.lists(st.sampled_from(PHRASES), min_size=1, max_size=3),
    st.integers(min_value=10, max_value=300),
    st.sampled_from(["", "xyz", ".", "me", "myself"]),
)
def test_repeated_rule_phrases_are_bounded(start: str, unit: list[str], times: int, end: str) -> None:
    text = f"{start} {(' '.join(unit) + ' ') * times}{end}"[:4000]
    assert _cpu_seconds(text) < CPU_BOUND_S
