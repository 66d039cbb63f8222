"""Everyday plans with a time or place in them must not be mistaken for a crisis.

A false crisis pauses someone's journey and answers their "tonight i'm going to the movies" with
crisis lines; tests/language/everyday.tsv holds such sentences (all labelled none).
"""

from __future__ import annotations

import csv
from pathlib import Path

from bot.language.assess import assess

ROWS = list(csv.DictReader((Path(__file__).parent / "everyday.tsv").open(encoding="utf-8"), delimiter="\t"))


def test_everyday_sentences_rarely_read_as_crisis():
    flagged = [r["text"] for r in ROWS if assess(r["text"]).kind == "crisis"]
    print(f"everyday false crisis alarms: {len(flagged)}/{len(ROWS)}: {flagged}")
    assert len(ROWS) >= 40
    assert len(flagged) <= 0.05 * len(ROWS), flagged
