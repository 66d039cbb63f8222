"""Every labelled row's verdict, kept in tests/language/golden.tsv, so a review shows which rows a change moved.

Regenerate on purpose: UPDATE_GOLDEN=1 .venv/bin/python tools/evaluate.py --golden
(or UPDATE_GOLDEN=1 pytest tests/language/test_golden.py, which rewrites it from this run).
"""

from __future__ import annotations

import os

import pytest

from bot.language.encoder import get_encoder
from tools.evaluate import GOLDEN, evaluate, golden_lines
from tools.language_sets import labelled_paths

pytestmark = pytest.mark.skipif(get_encoder() is None, reason="the golden verdicts are the semantic model's")


def test_every_labelled_row_keeps_its_golden_verdict() -> None:
    _, verdicts = evaluate(labelled_paths(), by_group=False)
    now = golden_lines(verdicts)
    if os.environ.get("UPDATE_GOLDEN") == "1":
        GOLDEN.write_text("\n".join(now) + "\n", encoding="utf-8")
    kept = GOLDEN.read_text(encoding="utf-8").splitlines()
    assert kept[0] == now[0]
    before = {tuple(line.split("\t")[:2]): line for line in kept[1:]}
    moved = [(before.get(tuple(line.split("\t")[:2]), "(new row)"), line) for line in now[1:]
             if before.get(tuple(line.split("\t")[:2])) != line]
    gone = len(before.keys() - {tuple(line.split("\t")[:2]) for line in now[1:]})  # a text twice in one file is one key
    assert not moved and not gone, (
        f"{len(moved)} rows moved or are new, {gone} gone; if intended, UPDATE_GOLDEN=1 tools/evaluate.py --golden\n"
        + "\n".join(f"was: {old}\nnow: {new}" for old, new in moved[:30]))
