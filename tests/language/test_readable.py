"""What the model is shown: a message with a word in it; numbers, emoji and key-mashing are the rules' alone."""

import pytest

from bot.language.assess import assess
from bot.language.worker import readable


@pytest.mark.parametrize("text", ["42", "1000", "x" * 3000, "🌊🌊", "!!!", "   ", "aaaaaaa 1111"])
def test_noise_is_not_read_by_the_model(text):
    assert not readable(text)
    assert assess(text).kind not in ("crisis", "check")


@pytest.mark.parametrize("text", ["ok", "i want to die", "死にたい", "je veux mourir", "no"])
def test_words_are_read(text):
    assert readable(text)


def test_numbers_the_rules_know_still_get_care():
    assert assess("988").kind == "crisis"


def test_check_says_which_model_listens():
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "bot", "check"], capture_output=True, text=True, timeout=120).stdout
    assert "language model:" in out
    assert "multilingual-e5-small" in out or "running on rules only" in out
