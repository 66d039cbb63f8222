"""The eleventh blind round, held where its one measure stands (tests/language/blind11/README.md).

Never tuned on and not training data: a change can only keep or improve these shares, while the README
says which bars they miss (English at once and doubts; everyday messages in the other languages).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.language.test_blind8 import shares
from tools.language_sets import labelled_paths

BLIND11 = Path(__file__).resolve().parent / "blind11"


@pytest.mark.parametrize("name, care, at_once, over, asked", [
    ("registers.tsv", 0.989, 0.895, 0.047, 0.141),
    ("languages.tsv", 0.987, 0.923, 0.11, 0.24),
])
def test_blind11_does_not_fall_below_its_one_measure(name, care, at_once, over, asked):
    found = shares(name, BLIND11)
    assert found["care"] >= care and found["at_once"] >= at_once, found
    assert found["over"] <= over and found["asked"] <= asked, found
    assert found["help_at_once"] == 1.0, found  # every plain request for help, at once


def test_blind11_is_not_training_data():
    assert not [p for p in labelled_paths() if "blind11" in p.parts]
