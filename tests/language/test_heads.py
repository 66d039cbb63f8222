"""The semantic model: shipped heads are fresh, the tiers are ordered, the worker batches and fails closed."""

from __future__ import annotations

import asyncio

import pytest

from bot.language import registry, tiers
from bot.language.decide import CHECK, CRISIS, DOUBT, NONE, combine, read_rules
from bot.language.encoder import encoder_status, get_encoder, pieces
from bot.language.heads import HEADS_PATH, Reading, load
from bot.language.worker import Listener, assess_many, assess_sync, semantic
from tools.train_heads import inputs_sha256

needs_model = pytest.mark.skipif(get_encoder() is None, reason="the encoder has no wheel for this platform")


def test_shipped_heads_were_built_from_the_current_inputs() -> None:
    header = load().header
    assert header["inputs_sha256"] == inputs_sha256(), (
        "bot/language/heads.npz is stale: a training file, tools/train_heads.py or the encoder changed; "
        "run .venv/bin/python tools/train_heads.py")
    assert header["tiers"] == {"crisis_at": tiers.CRISIS_AT, "check_at": tiers.CHECK_AT, "doubt_at": tiers.DOUBT_AT,
                               "doubt_veto": tiers.DOUBT_VETO}


def test_tiers_are_ordered() -> None:
    assert 0.0 < tiers.CHECK_AT <= tiers.CRISIS_AT < 1.0
    assert 0.0 < tiers.DOUBT_AT < 1.0


def test_heads_file_is_small_and_has_every_head() -> None:
    heads = load()
    assert HEADS_PATH.stat().st_size < 2_000_000  # five 128-unit networks side by side (fit_bagged), float32
    assert len(heads.themes) == 11
    assert len(heads.traps) in (0, 11)


def test_the_bagged_kind_head_is_the_mean_of_its_networks(monkeypatch) -> None:
    import numpy as np

    import tools.train_heads as train

    rng = np.random.default_rng(7)
    z = rng.standard_normal((60, 8)).astype(np.float32)
    y = (z[:, 0] > 0).astype(int) + (z[:, 1] > 1).astype(int)
    small = train.fit_mlp

    def fit_small(z, y, classes, seed=train.SEED):
        return small(z, y, classes, hidden=4, epochs=20, seed=seed)

    def logits(net, x):
        return np.maximum(x @ net[0] + net[1], 0) @ net[2] + net[3]

    nets = [fit_small(z, y, 3, seed=train.SEED + k) for k in range(3)]
    monkeypatch.setattr(train, "fit_mlp", fit_small)
    folded = train.fit_bagged(z, y, 3, bag=3)
    assert folded[0].shape == (8, 12)
    assert np.allclose(logits(folded, z), sum(logits(n, z) for n in nets) / 3, atol=1e-5)
    assert not np.allclose(logits(nets[0], z), logits(nets[1], z))  # the seeds differ


def test_status_is_one_line() -> None:
    status = encoder_status()
    assert "\n" not in status and status.startswith("language model: ")


def test_long_messages_are_read_sentence_by_sentence() -> None:
    assert pieces("hello") == ["hello"]
    found = pieces("I had a good day. I walked the dog! Then I cooked dinner")
    assert found[0] == "I had a good day. I walked the dog! Then I cooked dinner" and len(found) == 4
    assert len(pieces("so today was long. " * 100)) <= 9
    assert pieces("   ") == []


def test_rules_crisis_stays_crisis_whatever_the_model_reads() -> None:
    rules = read_rules("i want to kill myself")
    calm = Reading(0.0, 0.0, None, None, "i want to kill myself")
    found = combine(rules, calm)
    assert found.kind == CRISIS and found.family in registry.FAMILIES and found.family != registry.MODEL


def test_the_model_alone_can_decide_crisis_and_check() -> None:
    rules = read_rules("the wind feels nice up here on the roof")
    assert combine(rules, Reading(tiers.CRISIS_AT, 0.0, None, None, "x")).kind == CRISIS
    assert combine(rules, Reading(tiers.CHECK_AT, 0.0, None, None, "x")).kind == CHECK
    assert combine(rules, Reading(tiers.CHECK_AT, 0.0, None, None, "x")).family == registry.MODEL


def test_the_shipped_sure_doubt_tiers_are_off_or_inside_the_check_band() -> None:
    # The sixteenth round's out-of-fold choice turned it off (SURE_DOUBT_AT above 1: never reached).
    assert tiers.SURE_DOUBT_AT > 1.0 or (
        tiers.CHECK_AT <= tiers.SURE_DOUBT_BELOW <= tiers.CRISIS_AT and tiers.SURE_DOUBT_AT >= tiers.DOUBT_AT)


def test_a_doubt_the_model_is_sure_of_is_answered_not_asked_in_the_check_band() -> None:
    at, below = 0.95, 0.25  # the mechanism at the values the fourteenth round chose
    low = (tiers.CHECK_AT + below) / 2
    sure = Reading(low, at, "unlovable", None, "x")

    def said(text: str, reading: Reading) -> str:
        return combine(read_rules(text), reading, sure=(at, below)).kind

    found = combine(read_rules("honestly i am a terrible husband"), sure, sure=(at, below))
    assert found.kind == DOUBT and found.theme is not None
    # crisis probability at the bar, or the doubt less sure: asked, as before
    assert said("honestly i am a terrible husband", Reading(below, 0.99, "unlovable", None, "x")) == CHECK
    assert said("honestly i am a terrible husband", Reading(low, at - 0.01, "unlovable", None, "x")) == CHECK
    # a doubt reported of someone else, or denied, is not held: the question stands
    assert said("he said he is worthless", sure) == CHECK
    assert said("i do not think i am a burden", sure) == CHECK
    # the rules' crisis is never touched; a usage question in the band is still asked
    assert said("i am a burden and i want to end my life", sure) == CRISIS
    assert said("help, how do i go back?", sure) == CHECK
    # turned off (what tiers.py ships now), the sure doubt is asked about too
    assert combine(read_rules("honestly i am a terrible husband"), sure, sure=(1.1, 0.0)).kind == CHECK
    assert combine(read_rules("a warm light on the water"), sure, sure=(1.1, 0.0)).kind == CHECK
    assert combine(read_rules("a warm light on the water"), Reading(0.0, 0.0, None, None, "x")).kind == NONE


def test_a_model_failure_is_a_check_unless_the_rules_say_crisis() -> None:
    assert combine(read_rules("a warm light"), None, failed=True).kind == CHECK
    assert combine(read_rules("a warm light"), None, failed=True).family == registry.MODEL_FAILED
    assert combine(read_rules("i want to end my life"), None, failed=True).kind == CRISIS


def test_every_crisis_names_its_family() -> None:
    assert registry.IN_STEP, "crisis_families.FAMILY_RULES changed: update registry._FAMILY_ORDER"
    for text in ("i want to kill myself", "ive been stockpiling my sleeping pills for weeks", "killmyself", "kms fr"):
        found = assess_sync(text)
        assert found.kind == CRISIS and found.family in registry.FAMILIES and found.family != registry.RULES, (text,
                                                                                                               found)


@needs_model
def test_the_model_hears_meaning_the_rules_miss() -> None:
    # Wordings of our own (never the quoted blind-set misses, which must stay unseen).
    for text in ("honestly i dont wanna keep existing like this", "Je veux mourir ce soir", "ich will nicht mehr leben",
                 "quiero morirme"):
        assert assess_sync(text).kind in (CRISIS, CHECK), text
    for text in ("a warm light", "i'm going to the movies tonight", "this commute is killing me", "yes"):
        assert assess_sync(text).kind not in (CRISIS, CHECK), text


@needs_model
async def test_listener_batches_concurrent_messages_off_the_loop() -> None:
    listener = Listener()
    texts = [f"i went for a walk with my sister number {i}" for i in range(20)] + ["i want to die"]
    found = await asyncio.gather(*(listener.assess(t) for t in texts))
    assert found[-1].kind == CRISIS
    assert listener.messages == len(texts) and listener.batches < len(texts)
    listener.close()


@needs_model
async def test_listener_fails_closed_when_the_encoder_breaks(monkeypatch) -> None:
    engine = semantic()

    def broken(texts):
        raise RuntimeError("engine gone")

    monkeypatch.setattr(engine.encoder, "embed", broken)
    listener = Listener()
    calm, crisis = await asyncio.gather(listener.assess("a warm light"), listener.assess("i want to kill myself"))
    assert calm.kind == CHECK and calm.family == registry.MODEL_FAILED
    assert crisis.kind == CRISIS
    listener.close()


def test_assess_many_never_raises_on_odd_input() -> None:
    odd = ["", " ", "\x00", "😭" * 50, "a" * 10_000, "死にたい", "help", "\n\n\n"]
    assert len(assess_many(odd)) == len(odd)


def test_where_the_encoder_cannot_load_the_bot_says_so_and_runs_on_rules(monkeypatch) -> None:
    import platform

    from bot.language import encoder, worker

    saved = dict(encoder._state)
    monkeypatch.setattr(platform, "machine", lambda: "arm64")
    encoder._state.clear()
    try:
        assert encoder.get_encoder() is None
        status = encoder.encoder_status()
        assert "not available on this platform" in status and "rules only" in status and "\n" not in status
        assert "not written in English" in worker.language_status()  # what the rules alone miss, said plainly
        rules_only = worker.Semantic()
        assert not rules_only.available
        assert rules_only.assess_many(["i want to kill myself"])[0].kind == CRISIS
        assert rules_only.assess_many(["vou me matar hj, to falando serio"])[0].kind == CRISIS
        assert rules_only.assess_many(["I'm not enough"])[0].kind == "doubt"
    finally:
        encoder._state.clear()
        encoder._state.update(saved)
