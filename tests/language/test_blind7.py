"""The seventh blind round, held where its second measure stands (tests/language/blind7/README.md).

Both sets were measured twice before any tuning on them; since then they are training data
(tools/language_sets.MEASURED_BLIND), and the eighth round (tests/language/blind8/) is the measure of
how the heads generalize. A change can only keep or improve these shares.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.language.test_blind8 import shares as shares_in

BLIND7 = Path(__file__).resolve().parent / "blind7"


def shares(name: str) -> dict[str, float]:
    return shares_in(name, BLIND7)


@pytest.mark.parametrize("name, care, at_once, over, help_at_once", [
    ("registers.tsv", 0.98, 0.90, 0.105, 1.0),
    ("languages.tsv", 0.97, 0.85, 0.06, 0.94),
])
def test_blind7_does_not_fall_below_its_second_measure(name, care, at_once, over, help_at_once):
    found = shares(name)
    assert found["care"] >= care and found["at_once"] >= at_once, found
    assert found["over"] <= over and found["help_at_once"] >= help_at_once, found


def test_measured_rounds_are_training_data_and_an_unmeasured_round_never_is():
    from tools.language_sets import MEASURED_BLIND, labelled_paths

    assert "blind7" in MEASURED_BLIND and "blind8" in MEASURED_BLIND
    folders = {p.name for p in Path(__file__).resolve().parent.glob("blind*") if p.is_dir()}
    unmeasured = folders - set(MEASURED_BLIND)
    assert "blind14" in unmeasured and "blind13" not in unmeasured  # blind14 measured once, never trained on
    assert not [p for p in labelled_paths() if unmeasured & set(p.parts)]
