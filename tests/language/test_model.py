"""The shipped language model: it loads, agrees with what training computed, and stays cheap and safe."""

from __future__ import annotations

import math
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.language.assess import MODEL, assess, assess_strict
from bot.language.decide import THEMES, decide, model_text
from bot.language.model import MODEL_PATH, features, load, parse, sigmoid
from bot.language.normalize import normalize
from tests.language.test_backtracking import _deadline
from tests.language.test_evaluation import load as load_set

# Scoring 100,000 characters takes tens of milliseconds; a super-linear path would take seconds.
CPU_BOUND_S = 1.0
# The checks were computed by the training script from unquantized weights; rounding the weights
# to 16 bits moves a probability by far less than this.
CHECK_TOLERANCE = 2e-3

# Everyday idioms: the rules set them aside and the model never reads them.
IDIOMS = [
    "this commute is killing me",
    "i'm dying to see it",
    "my phone is dead",
    "i could kill for a coffee",
    "i nearly died laughing",
    "my feet are killing me after that hike",
    "we killed it at the quiz",
]
# What a person says on a self-compassion journey: kindness to oneself is never a crisis.
KINDNESS = [
    "i want to be kinder to myself",
    "i want to hug myself",
    "i want to love myself more",
    "i need to distract myself for a bit",
    "i'm learning to like myself",
    "i'd like to be gentle with myself today",
    "i want to be myself",
]
EVERYDAY = ["i don't have time right now", "goodnight", "i couldn't sleep", "see you tomorrow", "a warm light", "yes"]


def test_shipped_file_loads_small_and_sorted() -> None:
    assert MODEL_PATH.stat().st_size < 2_000_000
    model = load()
    assert model.themes == THEMES
    assert 0.0 < model.crisis_threshold < 1.0 and 0.0 < model.doubt_threshold < 1.0
    assert model._vocabulary == sorted(model._vocabulary)  # a word's pairs are cut from it by bisection


def test_loading_is_fast() -> None:
    data = MODEL_PATH.read_bytes()
    start = time.process_time()
    parse(data)
    assert time.process_time() - start < 0.15


@pytest.mark.parametrize("check", MODEL.header["checks"], ids=lambda c: c[0] or "empty")
def test_scorer_matches_what_training_computed(check: list) -> None:
    text, crisis, doubt, theme = check
    read = model_text(normalize(text))
    found = MODEL.scores(read)
    assert abs(found.crisis - crisis) < CHECK_TOLERANCE
    assert abs(found.doubt - doubt) < CHECK_TOLERANCE
    assert not read or MODEL.theme(read) == theme


def test_the_checks_cover_crisis_doubt_and_idioms() -> None:
    checks = {text: (crisis, doubt) for text, crisis, doubt, _ in MODEL.header["checks"]}
    assert checks["i want to kill myself"][0] >= MODEL.crisis_threshold
    assert checks["i'm such a let down to my parents"][1] >= MODEL.doubt_threshold
    assert checks["this commute is killing me"][0] < MODEL.crisis_threshold
    assert len(checks) >= 8


def _reference(read: str) -> tuple[float, float]:
    """Crisis and doubt probabilities from the plain feature vector, feature by feature."""
    vector = features(read)
    crisis = MODEL._intercepts[0] + sum(MODEL._crisis[MODEL._index[k]] * v for k, v in vector.items()
                                        if k in MODEL._index)
    doubt = MODEL._intercepts[1] + sum(MODEL._doubt[MODEL._index[k]] * v for k, v in vector.items()
                                       if k in MODEL._index)
    return sigmoid(crisis), sigmoid(doubt)


def test_fast_scorer_equals_the_reference_features() -> None:
    texts = [row.text for name in ("evaluation.tsv", "blind2.tsv", "families.tsv") for row in load_set(name)]
    texts += ["", ".", "a", "i . . am . not", "word " * 300, "x" * 500]
    for text in texts:
        read = model_text(normalize(text))
        crisis, doubt = _reference(read)
        found = MODEL.scores(read)
        assert math.isclose(found.crisis, crisis, abs_tol=1e-9) and math.isclose(found.doubt, doubt, abs_tol=1e-9), text


@pytest.mark.parametrize("text", IDIOMS + KINDNESS + EVERYDAY)
def test_everyday_words_stay_none(text: str) -> None:
    assert assess(text).kind == "none"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my brother's a doctor and i'm the one who can't hold a job. mum always compares us and she's right", "doubt"),
    ],
)
def test_the_model_catches_what_the_rules_leave(text: str, kind: str) -> None:
    # Only doubts: the model's crisis vote is off (bot/language/decide.py, MODEL_DECIDES_CRISIS).
    # Both are in the model's training data and no rule matches them.
    assert decide(text, None).kind == "none"
    assert assess(text).kind == kind


def _cpu_seconds(text: str) -> float:
    with _deadline(10):
        start = time.process_time()
        read = model_text(normalize(text))
        MODEL.scores(read)
        MODEL.theme(read)
        MODEL.scores(text)  # raw text too: the scorer must stand any input, not only normalized text
        MODEL.theme(text)
        assess_strict(text)
        return time.process_time() - start


@pytest.mark.parametrize(
    "text",
    ["a" * 100_000, " " * 100_000, "." * 100_000, "i am " * 20_000, "\u00e9\u0301" * 50_000, "\ufdfa" * 100_000,
     " ".join(f"w{i}" for i in range(20_000))[:100_000], ("myself " * 15_000)[:100_000]],
    ids=["one word", "spaces", "stops", "i am", "accents", "ligature", "new words", "myself"],
)
def test_known_long_inputs_are_bounded(text: str) -> None:
    assert _cpu_seconds(text) < CPU_BOUND_S


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.text(max_size=200), st.integers(min_value=1, max_value=500))
def test_any_unicode_up_to_100k_characters_is_bounded(chunk: str, times: int) -> None:
    text = (chunk * times)[:100_000]
    assert _cpu_seconds(text) < CPU_BOUND_S
    found = MODEL.scores(text)
    assert 0.0 <= found.crisis <= 1.0 and 0.0 <= found.doubt <= 1.0
    assert MODEL.theme(text) in THEMES
