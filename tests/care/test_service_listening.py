"""The figure's answers through the service: reframes that fit, feedback kept, heavy messages weighed."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.journey.engine import Engine
from bot.journey.turns import Inbound
from bot.language.decide import Assessment
from bot.service import Service
from bot.store.memory import MemoryStore
from tests.care.test_service_care import CONTENT, PID
from tests.fakes import Clock

SAID = {
    "i always mess things up at work": Assessment("doubt", "failure", ("i always mess things up",),
                                                  trap="overgeneralizing"),
    "getting abused was my fault": Assessment("doubt", "self_blame", ("was my fault",), trap="personalizing"),
}


@pytest.fixture
def service() -> Service:
    language = replace(CONTENT.language, assess=lambda text: SAID.get(text, Assessment("none", None, ())))
    return Service(Engine(CONTENT.book), MemoryStore(), language, clock=Clock())


async def begin(service):
    await service.handle(Inbound(PID, command="begin"))


async def test_a_doubt_gets_a_reframe_that_quotes_it_once_with_feedback_buttons(service):
    await begin(service)
    replies = await service.handle(Inbound(PID, text="i always mess things up at work"))
    reframe = replies[0]
    assert reframe.kind == "reframe"
    assert reframe.text.count("mess things up") <= 1 and "\\\\" not in reframe.text
    assert [o.command for o in reframe.options] == ["helped-yes", "helped-no"]
    assert not reframe.text.rstrip().endswith("?")
    assert replies[-1].options  # the journey's step follows


async def test_not_really_is_kept_as_a_label(service):
    await begin(service)
    await service.handle(Inbound(PID, text="i always mess things up at work"))
    await service.handle(Inbound(PID, command="helped-no"))
    state = await service.store.load(PID)
    assert state.vars["_helped"] == "0"
    assert "reframe:not-helped" in [e.kind for _, e in service.store.events]


async def test_abuse_is_never_reframed_as_self_blame_and_gets_the_lines(service):
    await begin(service)
    replies = await service.handle(Inbound(PID, text="getting abused was my fault"))
    assert "not your fault" in replies[0].text.lower() or "wasn't your fault" in replies[0].text.lower()
    assert replies[0].options == ()  # no "that helped" on being hurt
    assert any("988" in r.text for r in replies[1:3])
    assert "weight:abuse" in [e.kind for _, e in service.store.events]
