"""The twelfth blind round, held where its one measure stands (tests/language/blind12/README.md).

Never tuned on and not training data: a change can only keep or improve these shares, while the README
says which bar it misses (English doubt recall).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.language.test_blind8 import shares
from tools.language_sets import labelled_paths

BLIND12 = Path(__file__).resolve().parent / "blind12"


@pytest.mark.parametrize("name, care, at_once, over, asked", [
    ("registers.tsv", 1.0, 0.947, 0.032, 0.094),
    ("languages.tsv", 1.0, 0.91, 0.0, 0.052),
])
def test_blind12_does_not_fall_below_its_one_measure(name, care, at_once, over, asked):
    found = shares(name, BLIND12)
    assert found["care"] >= care and found["at_once"] >= at_once, found
    assert found["over"] <= over and found["asked"] <= asked, found
    assert found["help_at_once"] == 1.0, found  # every plain request for help, at once


def test_blind12_is_not_training_data():
    assert not [p for p in labelled_paths() if "blind12" in p.parts]
