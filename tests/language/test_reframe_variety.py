"""Variety: no opening or tic runs through more than a fifth of any pool, and answers to different thoughts
don't all open, or quote, the same way."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from bot.language.assess import Assessment
from bot.language.reframes import ReframeBook, load_reframes
from tests.language.test_reframes import REFRAMES, SECTIONS, TICS
from tests.language.test_traps import THOUGHTS

MORE_TICS = (*TICS, "you wrote", "you told me", "i notice", "i can tell", "feeling sure", "a lot", "hard to")


@pytest.fixture(scope="module")
def book() -> ReframeBook:
    return load_reframes(REFRAMES)


def _opening(text: str, words: int) -> str:
    return " ".join(re.findall(r"\{\w+\}|[\w']+", text.lower())[:words])


def test_no_opening_or_tic_in_more_than_a_fifth_of_any_pool(book: ReframeBook) -> None:
    checked = 0
    for section in SECTIONS:
        for key, pool in book.pools(section).items():
            if len(pool) < 5:
                continue
            checked += 1
            most = max(1, len(pool) // 5)
            for words in (1, 2):
                worst, n = Counter(_opening(p.text, words) for p in pool).most_common(1)[0]
                if words == 2 or len(pool) >= 10:
                    assert n <= most, (section, key, worst, n, len(pool))
            for tic in MORE_TICS:
                n = sum(1 for p in pool if re.search(rf"\b{re.escape(tic)}\b", p.text.lower()))
                assert n <= max(1, len(pool) // 5) or len(pool) < 5, (section, key, tic, n, len(pool))
    assert checked >= 30  # themes, feelings, views of size 5+, traps, steps.any


def test_answers_to_different_thoughts_vary(book: ReframeBook) -> None:
    openings, acks, quoted = Counter(), Counter(), 0
    for text, _, _ in THOUGHTS:
        read = Assessment("doubt", "failure", (" ".join(text.lower().split()[:12]),), family="model")
        ids, said, _ = book.answer(text, read, (), markup="plain")
        openings[_opening(said, 2)] += 1
        acks[ids[0]] += 1
        quoted += "\u201c" in said
    n = len(THOUGHTS)
    assert openings.most_common(1)[0][1] <= n / 5, openings.most_common(3)
    assert acks.most_common(1)[0][1] <= n / 5, acks.most_common(3)
    assert n / 5 <= quoted <= n * 4 / 5, quoted  # their words sometimes, not every time
