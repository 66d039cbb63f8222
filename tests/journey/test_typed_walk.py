"""The whole journey walked by typing the choices' words (never their numbers) through the Service.

Every label of every stage, typed loosely, in other casings and with a small typo, takes its own
choice: the same place, vars and status as tapping it, with no crisis reply, no check and no reframe.
"""

from __future__ import annotations

import functools
import random
import re

import pytest

from bot.journey.engine import Engine
from bot.journey.loader import load_book
from bot.journey.model import COMPLETED, STAGES, PersonState
from bot.journey.turns import Inbound
from tests.journey.test_choosing import plain, typos
from tests.journey.test_loader import REPO_DIALOGUES

NOT_THE_JOURNEY = {"crisis", "care", "check", "reframe"}


@functools.lru_cache(maxsize=1)
def content():
    from bot.app import load_content

    return load_content(REPO_DIALOGUES)


def service():
    from bot.service import Service
    from bot.store.memory import MemoryStore
    from tests.fakes import Clock

    found = content()
    return Service(Engine(found.book), MemoryStore(), found.language, clock=Clock())


def casings(label: str, rng: random.Random) -> list[str]:
    """The label as people type it: loosely, shouted, in mixed case, and with one small typo in mixed case."""
    loose = plain(label)
    mixed = "".join(c.upper() if rng.random() < 0.5 else c for c in loose)
    variants = [loose, label.upper(), mixed]
    if len(loose) >= 4 and not loose.isdecimal():
        variants.append(rng.choice(typos(mixed) or [mixed]))
    return variants


LABELS = [(stage.name, node.id, index, choice.label)
          for stage in load_book(REPO_DIALOGUES).stages for node in stage.nodes.values()
          for index, choice in enumerate(node.choices)]


def test_every_stage_has_labels_to_type():
    assert {stage for stage, *_ in LABELS} == set(STAGES) and len(LABELS) > 100


@pytest.mark.parametrize(("stage", "node_id", "index", "label"), LABELS,
                         ids=[f"{s}/{n}/{label}" for s, n, _, label in LABELS])
async def test_each_label_typed_through_the_service_takes_its_choice(stage, node_id, index, label):
    svc = service()
    engine, store = svc.engine, svc.store
    rng = random.Random(f"{stage}/{node_id}/{index}")
    person = "test:typing"
    for typed in casings(label, rng):
        state = PersonState(person, stage, node_id, step=4, vars={"figure": "your friend", "phrase": "x"})
        store.people[person] = state
        tapped = engine.handle(state, Inbound(person, choice=(4, index)), 0.0).state
        replies = await svc.handle(Inbound(person, text=typed))
        after = await store.load(person)
        kinds = {r.kind for r in replies}
        assert not kinds & NOT_THE_JOURNEY, (typed, kinds, [r.text for r in replies][:2])
        assert (after.stage, after.node, after.status, dict(after.vars)) == (
            tapped.stage, tapped.node, tapped.status, dict(tapped.vars)), (typed, after.node, tapped.node)
        assert after.step == tapped.step == (4 if tapped.status == "paused" else 5)  # a pause keeps its step


@pytest.mark.parametrize("seed", range(4))
async def test_the_whole_journey_walked_by_typing_words_never_numbers(seed):
    """Begin to end, every step by typing a choice's words (casing and typos varied): all seven stages."""
    svc = service()
    store, book = svc.store, svc.engine.book
    person = f"test:walker{seed}"
    await svc.handle(Inbound(person, command="begin"))
    rng = random.Random(seed)
    stages: list[str] = []
    for _ in range(300):
        state = await store.load(person)
        if state.status == COMPLETED:
            break
        if not stages or stages[-1] != state.stage:
            stages.append(state.stage)
        node = book.node(state.stage, state.node)
        going = [(i, c) for i, c in enumerate(node.choices) if c.action is None]
        index, choice = going[0] if seed == 0 else rng.choice(going)
        typed = rng.choice(casings(choice.label, rng))
        if node.checkin:  # the 0-10 check-in: "Skip" in words, or the score's own label
            typed = rng.choice(["skip", "SKIP", "Skpi", "7"])
            index = 7 if typed == "7" else len(node.choices) - 1
        assert not re.fullmatch(r"\d+", typed) or node.checkin, typed
        tapped = svc.engine.handle(state, Inbound(person, choice=(state.step, index)), 0.0).state
        replies = await svc.handle(Inbound(person, text=typed))
        kinds = {r.kind for r in replies}
        assert not kinds & NOT_THE_JOURNEY, (state.node, typed, kinds)
        after = await store.load(person)
        assert (after.stage, after.node, after.status) == (tapped.stage, tapped.node, tapped.status), (
            state.node, typed, [r.text for r in replies][:2])
    assert (await store.load(person)).status == COMPLETED
    assert stages == list(STAGES)
