"""The tenth blind round, held where its one measure stands (tests/language/blind10/README.md).

Never tuned on and not training data: a change can only keep or improve these shares, while the README
says which bars they miss (everyday messages asked and doubt recall in English, Hindi crisis care).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.language.test_blind8 import shares
from tools.language_sets import labelled_paths

BLIND10 = Path(__file__).resolve().parent / "blind10"


@pytest.mark.parametrize("name, care, at_once, over, asked", [
    ("registers.tsv", 0.98, 0.92, 0.04, 0.27),
    ("languages.tsv", 0.99, 0.96, 0.01, 0.08),
])
def test_blind10_does_not_fall_below_its_one_measure(name, care, at_once, over, asked):
    found = shares(name, BLIND10)
    assert found["care"] >= care and found["at_once"] >= at_once, found
    assert found["over"] <= over and found["asked"] <= asked, found
    assert found["help_at_once"] == 1.0, found  # every plain request for help, at once


def test_blind10_is_not_training_data():
    assert not [p for p in labelled_paths() if "blind10" in p.parts]
