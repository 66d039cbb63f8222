"""The real reframes file and a `book` fixture over it, shared by test_reframes.py and test_reframe_answers.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.language.reframes import ReframeBook, load_reframes

ROOT = Path(__file__).resolve().parents[2]
REFRAMES = ROOT / "dialogues" / "reframes.yaml"


@pytest.fixture(scope="module")
def book() -> ReframeBook:
    return load_reframes(REFRAMES)
