"""Crisis care through the real service, content and engine, the way a person meets it.

The language layer is a stand-in here (the words that are a crisis, a check or a doubt are named
per test), so these tests are about the flow; tests/language holds the detector to its bars.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

import pytest

from bot.app import load_content
from bot.journey.engine import Engine
from bot.journey.turns import Inbound
from bot.language.decide import Assessment
from bot.service import Service
from bot.store.memory import MemoryStore
from tests.fakes import Clock

ROOT = Path(__file__).resolve().parents[2]
CONTENT = load_content(ROOT / "dialogues")
PID = "console:care"
NONE = Assessment("none", None, ())
SAID = {
    "i want to die": Assessment("crisis", None, ("want to die",), family="passive_wish"),
    "je veux mourir": Assessment("crisis", None, ("veux mourir",), family="model", lang="fr"),
    "help me": Assessment("crisis", None, ("help me",), family="help_request", help=True),
    "my friend says she wants to die": Assessment("crisis", None, ("wants to die",), family="core", other=True),
    "i can't keep doing this": Assessment("check", None, ("can't keep doing this",), family="model"),
    "what is even the point": Assessment("check", None, ("point",), family="model"),
    "nothing matters anyway": Assessment("check", None, ("matters",), family="model"),
    "i always fail at work, no point even trying": Assessment("check", "failure", ("no point",),
                                                              trap="overgeneralizing", family="model"),
    "i'm worthless": Assessment("doubt", "worthless", ("i'm worthless",)),
    "help, how do i go back a step?": Assessment("none", None, (), usage=True),
}


def fake_assess(text: str) -> Assessment:
    return SAID.get(text.strip().lower(), NONE)


@pytest.fixture
def service() -> Service:
    language = replace(CONTENT.language, assess=fake_assess)
    return Service(Engine(CONTENT.book), MemoryStore(), language, clock=Clock())


async def say(service: Service, text: str | None = None, **kw):
    return await service.handle(Inbound(PID, text=text, **kw))


async def started(service: Service):
    await service.handle(Inbound(PID, command="begin"))
    return await service.store.load(PID)


async def test_crisis_mid_journey_gets_care_first_and_keeps_the_place(service):
    before = await started(service)
    replies = await say(service, "i want to die")
    assert [r.kind for r in replies] == ["crisis"] * 3
    assert "988" in replies[1].text  # the default region's lines are shown
    assert "/resume" in replies[2].text
    assert {o.command for o in replies[2].options} >= {"grounding", "plan", "lines", "resume"}
    state = await service.store.load(PID)
    assert state.status == "paused" and state.vars["_care"] == "1"
    assert (state.stage, state.node) == (before.stage, before.node)


async def test_someone_elses_crisis_gets_care_for_the_one_who_worries(service):
    await started(service)
    replies = await say(service, "my friend says she wants to die")
    assert [r.kind for r in replies] == ["crisis"] * 3
    assert "someone you care about" in replies[0].text
    assert "Thank you for telling me. What you're" not in replies[0].text
    assert "988" in replies[1].text  # the lines, which help people worried about someone too
    assert "crisis:someone-else" in [e.kind for _, e in service.store.events]


@pytest.mark.parametrize("text", ["ok", "i'm worthless", "hello?", "1"])
async def test_care_mode_answers_every_message_with_care(service, text):
    await started(service)
    await say(service, "i want to die")
    replies = await say(service, text)
    assert replies and all(r.kind == "care" for r in replies)
    joined = " ".join(r.text for r in replies)
    assert "resting" not in joined and "When you say" not in joined  # never "the journey is resting", never a reframe


async def test_fine_in_care_mode_says_how_to_go_back(service):
    await started(service)
    await say(service, "i want to die")
    replies = await say(service, "i'm fine, never mind")
    assert "/resume" in replies[0].text and replies[0].kind == "care"


async def test_care_mode_offers_the_lines_again_after_a_while(service):
    await started(service)
    await say(service, "i want to die")
    shown = [any("988" in r.text for r in await say(service, "ok")) for _ in range(3)]
    assert shown == [False, False, True]


async def test_resume_leaves_care_mode_where_the_journey_was(service):
    before = await started(service)
    await say(service, "i want to die")
    replies = await service.handle(Inbound(PID, command="resume"))
    state = await service.store.load(PID)
    assert state.status == "active" and "_care" not in state.vars
    assert (state.stage, state.node) == (before.stage, before.node)
    assert replies[-1].options  # the step's own choices again


async def test_help_now_from_nowhere(service):
    replies = await service.handle(Inbound(PID, command="help-now"))
    assert replies[0].kind == "crisis" and "asked for help" in replies[0].text
    assert "Thank you for telling me" not in replies[0].text
    events = [e.kind for _, e in service.store.events]
    assert "help-now" in events and "crisis" in events


async def test_a_plain_help_request_is_crisis_care(service):
    await started(service)
    replies = await say(service, "help me")
    assert replies[0].kind == "crisis"
    assert "crisis:help" in [e.kind for _, e in service.store.events]


async def test_a_usage_question_gets_the_help_text_not_crisis(service):
    await started(service)
    replies = await say(service, "help, how do i go back a step?")
    assert replies[0].kind == "system" and "/pause" in replies[0].text
    assert all(r.kind not in ("crisis", "check") for r in replies)


async def test_the_check_question_and_a_no_goes_on_without_a_reframe(service):
    before = await started(service)
    replies = await say(service, "i can't keep doing this")
    assert len(replies) == 1 and replies[0].kind == "check"
    assert [o.command for o in replies[0].options] == ["check-yes", "check-no", "check-unsaid"]
    assert "killing yourself" in replies[0].text
    replies = await say(service, "no")
    assert replies[0].kind == "check" and "glad" in replies[0].text
    state = await service.store.load(PID)
    assert state.status == "active" and "_check" not in state.vars
    assert (state.stage, state.node) == (before.stage, before.node)
    assert replies[-1].options  # the journey goes on where it was


@pytest.mark.parametrize("how", ["typed", "button"])
async def test_a_doubt_asked_about_first_is_answered_after_a_no(service, how):
    await started(service)
    replies = await say(service, "i always fail at work, no point even trying")
    assert [r.kind for r in replies] == ["check"]  # the question comes alone, first
    state = await service.store.load(PID)
    assert "_check_reframe" in state.vars
    replies = await (say(service, "no") if how == "typed" else service.handle(Inbound(PID, command="check-no")))
    assert replies[0].kind == "check" and "glad" in replies[0].text
    assert replies[1].kind == "reframe" and "killing yourself" not in replies[1].text
    assert {o.command for o in replies[1].options} == {"helped-yes", "helped-no"}
    assert replies[-1].options  # then the journey goes on where it was
    state = await service.store.load(PID)
    assert "_check_reframe" not in state.vars and "_check" not in state.vars
    assert state.reframes_seen  # remembered, so the next reframe is a fresh text
    assert "reframe:failure" in [e.kind for _, e in service.store.events]


async def test_a_yes_to_the_check_never_brings_the_waiting_reframe(service):
    await started(service)
    await say(service, "i always fail at work, no point even trying")
    replies = await say(service, "yes")
    assert replies[0].kind == "crisis" and all(r.kind != "reframe" for r in replies)
    state = await service.store.load(PID)
    assert "_check_reframe" not in state.vars


@pytest.mark.parametrize("answer", ["yes", "kinda", "rather not say", "purple"])
async def test_yes_unsaid_or_unclear_lead_to_care(service, answer):
    await started(service)
    await say(service, "i can't keep doing this")
    replies = await say(service, answer)
    assert replies[0].kind == "crisis"
    if answer == "purple":
        assert replies[0].text.startswith("I'd rather be careful")


@pytest.mark.parametrize("button", ["check-yes", "check-unsaid"])
async def test_check_buttons_lead_to_care(service, button):
    await started(service)
    await say(service, "i can't keep doing this")
    replies = await service.handle(Inbound(PID, command=button))
    assert replies[0].kind == "crisis"
    assert f"check:{button[6:]}" in [e.kind for _, e in service.store.events]


async def test_the_same_message_is_never_asked_twice_and_at_most_twice_a_journey(service):
    await started(service)
    await say(service, "i can't keep doing this")
    await service.handle(Inbound(PID, command="check-no"))
    again = await say(service, "i can't keep doing this")
    assert all(r.kind != "check" for r in again)
    await say(service, "what is even the point")
    await say(service, "no")
    third = await say(service, "nothing matters anyway")
    assert all(r.kind != "check" for r in third)
    assert "/help-now" in third[0].text


async def test_safety_plan_is_kept_only_after_yes_and_forget_erases_it(service):
    await started(service)
    await say(service, "i want to die")
    await say(service, "my words before any yes")
    assert await service.store.plan(PID) == {}
    offer = await service.handle(Inbound(PID, command="plan"))
    assert [o.command for o in offer[0].options] == ["plan-yes", "plan-no"]
    first = await service.handle(Inbound(PID, command="plan-yes"))
    assert first[0].expects_text
    await say(service, "when i stop answering my friends")
    await service.handle(Inbound(PID, command="plan-skip"))
    await say(service, "my sister, and my old coach")
    assert await service.store.plan(PID) == {"warning_signs": "when i stop answering my friends",
                                             "distractions": "my sister, and my old coach"}
    shown = await service.handle(Inbound(PID, command="safety-plan"))
    assert "my old coach" in shown[0].text
    exported = await service.export(PID)
    assert exported["safety_plan"]["warning_signs"]["text"] == "when i stop answering my friends"
    await service.handle(Inbound(PID, command="forget"))
    assert await service.store.plan(PID) == {}
    assert await service.store.load(PID) is None


async def test_grounding_walks_step_by_step_and_returns_to_the_menu(service):
    await started(service)
    await say(service, "i want to die")
    choose = await service.handle(Inbound(PID, command="grounding"))
    assert {o.command for o in choose[0].options} == {"ground-senses", "ground-breathing"}
    step = await service.handle(Inbound(PID, command="ground-senses"))
    texts = [step[0].text]
    while "ground-next" in {o.command for o in step[0].options}:
        step = await service.handle(Inbound(PID, command="ground-next"))
        texts.append(step[0].text)
        assert len(texts) < 20
    assert len(texts) >= 6
    assert {o.command for o in step[0].options} >= {"plan", "resume"}


async def test_region_is_chosen_per_person_and_the_reply_says_how_to_change_it(service):
    await started(service)
    answer = await service.handle(Inbound(PID, command="region", arg="fr"))
    assert "France" in answer[0].text
    replies = await say(service, "i want to die")
    assert "3114" in replies[1].text and "/region" in replies[1].text


async def test_locale_then_server_then_default(service):
    await started(service)
    replies = await service.handle(Inbound(PID, command="help-now", locale="pt-BR"))
    assert "188" in replies[1].text  # Brazil's CVV
    other = "console:other"
    replies = await service.handle(Inbound(other, command="help-now", guild_region="uk"))
    assert "116 123" in replies[1].text


async def test_unknown_region_is_a_kind_answer(service):
    replies = await service.handle(Inbound(PID, command="region", arg="atlantis"))
    assert "atlantis" in replies[0].text and replies[0].kind == "system"


async def test_crisis_in_another_language_is_answered_in_it(service):
    await started(service)
    replies = await say(service, "je veux mourir")
    assert replies[0].kind == "crisis"
    assert CONTENT.language.care.translations["fr"]["reply"] in replies[0].text
    assert "3114" in replies[1].text  # France's lines first


async def test_a_choice_typed_in_its_own_words_is_a_choice_not_free_text(service):
    state = await started(service)
    label = CONTENT.book.node(state.stage, state.node).choices[0].label
    language = replace(CONTENT.language, assess=lambda text: SAID["i want to die"])  # everything reads as crisis
    strict = Service(service.engine, service.store, language, clock=Clock())
    replies = await strict.handle(Inbound(PID, text=label.upper() + "!"))
    assert all(r.kind != "crisis" for r in replies)
    assert (await strict.store.load(PID)).step == state.step + 1


async def test_turns_keep_arrival_order_while_a_message_is_assessed(service):
    await started(service)
    order = []

    async def slow(text: str) -> Assessment:
        await asyncio.sleep(0.05)
        order.append(text)
        return NONE

    slow_service = Service(service.engine, service.store, replace(CONTENT.language, assess=slow), clock=Clock())
    typed = asyncio.create_task(slow_service.handle(Inbound(PID, text="some words")))
    await asyncio.sleep(0)
    clicked = asyncio.create_task(slow_service.handle(Inbound(PID, command="status")))
    first_done, _ = await asyncio.wait({typed, clicked}, return_when=asyncio.FIRST_COMPLETED)
    assert typed in first_done
    await clicked


async def test_a_plan_begun_mid_journey_from_safety_plan_keeps_its_answers(service):
    await started(service)
    offer = await service.handle(Inbound(PID, command="safety-plan"))
    assert "plan-yes" in [o.command for o in offer[0].options]
    await service.handle(Inbound(PID, command="plan-yes"))
    await say(service, "i stop eating")
    assert await service.store.plan(PID) == {"warning_signs": "i stop eating"}
