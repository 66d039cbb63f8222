"""The blind rounds measured once (blind10 to blind20), held where they stand.

Each folder's README records its one measure and the bars it missed. A change can only keep or improve
these shares. blind10 to blind13 are training data since the twelfth round, blind15 since the
thirteenth (tools/language_sets.MEASURED_BLIND), so their floors, first measures taken before that, now
only guard against a change that loses what was already right; blind14 (measured once with the twelfth
round's heads), blind16 and blind17 are never trained on. The fourteenth round traded single messages on
them (blind14 registers: one more everyday message taken over, 1 -> 2 of 64, two more crises at once;
blind14 languages: 5 -> 8 of 39 asked, one fewer taken over; blind16 registers: one fewer crisis at once,
92 -> 91 of 96, four fewer asked; blind16 languages: 0 -> 1 of 39 taken over, two more at once), so
beside each file, as for blind10, their sum is held: over the five untrained files, 582 of 600 crisis
messages at once (576 with the heads before), 8 of 270 everyday messages taken over (10) and 45 asked (58).
blind10's floors are the eleventh round's heads (its README, "after"): over both files the crisis
care (250 of 252) and at once (239 of 252) of its first measure, with fewer everyday messages asked;
per file they trade one message each way (English care 95 -> 94 of 96, at once 89 -> 91; the
languages' care 155 -> 156, at once 150 -> 148), so both files and their sum are held.

The encoder's numbers differ a little between machines: on the machine of 2026-12-04 the fourteenth
round's own commit (a60c115) takes over 2 of blind17's 64 everyday messages, not the 1 measured the day
before, and 30-odd of golden.tsv's rows read otherwise. blind17's floor and the sum's are where that
machine puts them (2, and 9 of 270). blind18 and blind19 (measured once each, their READMEs) are held
where main stood after the rules written from their measures. Since the sixteenth round blind16 to blind19
are training data too, so their floors only guard what was right; blind20 is held where the sixteenth
round's first measure put it (its README; its German help request answered at once by a rule after
that measure), and blind14 and blind20 are never trained on.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.language.test_blind8 import shares
from tools.language_sets import labelled_paths

HERE = Path(__file__).resolve().parent
UNTRAINED = ("blind14", "blind20")


@pytest.mark.parametrize("folder, name, care, at_once, over, asked", [
    ("blind10", "registers.tsv", 0.979, 0.947, 0.02, 0.19),
    ("blind10", "languages.tsv", 1.0, 0.948, 0.0, 0.08),
    ("blind11", "registers.tsv", 0.989, 0.895, 0.047, 0.141),
    ("blind11", "languages.tsv", 0.987, 0.923, 0.11, 0.24),
    ("blind12", "registers.tsv", 1.0, 0.947, 0.032, 0.094),
    ("blind12", "languages.tsv", 1.0, 0.91, 0.0, 0.052),
    ("blind13", "registers.tsv", 0.989, 0.937, 0.016, 0.125),
    ("blind13", "languages.tsv", 1.0, 0.955, 0.026, 0.154),
    ("blind14", "registers.tsv", 1.0, 0.968, 0.032, 0.141),
    ("blind14", "languages.tsv", 1.0, 0.987, 0.052, 0.206),
    ("blind15", "registers.tsv", 0.989, 0.979, 0.032, 0.282),
    ("blind15", "languages.tsv", 0.987, 0.967, 0.103, 0.411),
    ("blind16", "registers.tsv", 0.979, 0.947, 0.032, 0.141),
    ("blind16", "languages.tsv", 1.0, 0.974, 0.026, 0.18),
    ("blind17", "registers.tsv", 1.0, 0.958, 0.032, 0.188),
    ("blind18", "registers.tsv", 0.989, 0.916, 0.016, 0.172),
    ("blind18", "languages.tsv", 1.0, 0.93, 0.028, 0.195),
    ("blind19", "registers.tsv", 0.989, 0.958, 0.047, 0.25),
    ("blind19", "languages.tsv", 0.993, 0.895, 0.028, 0.112),
    ("blind20", "registers.tsv", 0.989, 0.937, 0.0, 0.079),
    ("blind20", "languages.tsv", 1.0, 0.944, 0.056, 0.25),
])
def test_blind_round_does_not_fall_below_its_measure(folder, name, care, at_once, over, asked):
    found = shares(name, HERE / folder)
    assert found["care"] >= care and found["at_once"] >= at_once, found
    assert found["over"] <= over and found["asked"] <= asked, found
    assert found["help_at_once"] == 1.0, found  # every plain request for help, at once


@pytest.mark.parametrize("folder", UNTRAINED)
def test_blind_round_is_not_training_data(folder):
    assert not [p for p in labelled_paths() if folder in p.parts]


def test_blind10_crisis_care_over_both_files_holds_its_first_measure():
    found = [shares(name, HERE / "blind10") for name in ("registers.tsv", "languages.tsv")]
    crisis = (96, 156)  # crisis and help rows per file
    care = sum(f["care"] * n for f, n in zip(found, crisis, strict=True))
    at_once = sum(f["at_once"] * n for f, n in zip(found, crisis, strict=True))
    assert round(care) >= 250 and round(at_once) >= 239, (care, at_once)


UNTRAINED_FILES = [("blind14", "registers.tsv", 96, 64), ("blind14", "languages.tsv", 156, 39),
                   ("blind16", "registers.tsv", 96, 64), ("blind16", "languages.tsv", 156, 39),
                   ("blind17", "registers.tsv", 96, 64)]  # (folder, file, crisis and help rows, everyday rows)


def test_the_rounds_untrained_in_the_fourteenth_round_together_hold_its_measure():
    at_once = over = asked = 0.0
    for folder, name, crisis, days in UNTRAINED_FILES:
        found = shares(name, HERE / folder)
        at_once += found["at_once"] * crisis
        over += found["over"] * days
        asked += found["asked"] * days
    assert round(at_once) >= 582 and round(over) <= 9 and round(asked) <= 45, (at_once, over, asked)
