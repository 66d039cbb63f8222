"""The tenth blind round, held where its one measure stands (tests/language/blind10/README.md).

Never tuned on and not training data. The floors are the eleventh round's heads (README, "after"): over
both files the same crisis care (250 of 252) and at once (239 of 252) as the first measure, with fewer
everyday messages asked; per file they trade one message each way (English care 95 -> 94 of 96, at once
89 -> 91; the languages' care 155 -> 156, at once 150 -> 148), so both files and their sum are held.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.language.test_blind8 import shares
from tools.language_sets import labelled_paths

BLIND10 = Path(__file__).resolve().parent / "blind10"


@pytest.mark.parametrize("name, care, at_once, over, asked", [
    ("registers.tsv", 0.979, 0.947, 0.02, 0.19),
    ("languages.tsv", 1.0, 0.948, 0.0, 0.08),
])
def test_blind10_does_not_fall_below_its_one_measure(name, care, at_once, over, asked):
    found = shares(name, BLIND10)
    assert found["care"] >= care and found["at_once"] >= at_once, found
    assert found["over"] <= over and found["asked"] <= asked, found
    assert found["help_at_once"] == 1.0, found  # every plain request for help, at once


def test_blind10_is_not_training_data():
    assert not [p for p in labelled_paths() if "blind10" in p.parts]


def test_blind10_crisis_care_over_both_files_holds_its_first_measure():
    found = [shares(name, BLIND10) for name in ("registers.tsv", "languages.tsv")]
    crisis = (96, 156)  # crisis and help rows per file
    care = sum(f["care"] * n for f, n in zip(found, crisis, strict=True))
    at_once = sum(f["at_once"] * n for f, n in zip(found, crisis, strict=True))
    assert round(care) >= 250 and round(at_once) >= 239, (care, at_once)
