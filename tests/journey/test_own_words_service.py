"""A person's own words through the Service: crisis is looked for first, /mydata shows them, /forget erases them."""

from __future__ import annotations

from bot.journey.model import OWN, PersonState
from bot.journey.turns import Inbound
from tests.journey.test_typed_walk import service

PERSON = "test:own-service"


def place(svc, stage: str, node: str) -> None:
    svc.store.people[PERSON] = PersonState(PERSON, stage, node, step=4)


async def test_crisis_words_at_the_figure_get_care_and_are_never_kept():
    svc = service()
    place(svc, "figure", "shape")
    replies = await svc.handle(Inbound(PERSON, text="I want to die"))
    assert "crisis" in {r.kind for r in replies}
    state = await svc.store.load(PERSON)
    assert "figure_own" not in state.vars and OWN not in state.vars
    assert "die" not in repr(state)


async def test_crisis_words_as_a_phrase_to_carry_get_care_and_are_never_kept():
    svc = service()
    place(svc, "waking", "phrase")
    replies = await svc.handle(Inbound(PERSON, text="i don't want to be alive anymore"))
    assert "crisis" in {r.kind for r in replies}
    state = await svc.store.load(PERSON)
    assert state.vars.get("phrase") is None and "alive" not in repr(state)


async def test_their_description_is_said_back_escaped_once_and_shown_in_mydata():
    svc = service()
    place(svc, "figure", "shape")
    replies = await svc.handle(Inbound(PERSON, text="my co-worker Sam, smiling :)"))
    texts = [r.text for r in replies]
    assert "You see them your own way: “my co\\-worker Sam, smiling \\:\\)”." in texts, texts
    assert not {r.kind for r in replies} & {"crisis", "care", "check"}
    export = await svc.export(PERSON)
    assert export["state"]["vars"]["figure_own"] == "my co-worker Sam, smiling :)"
    assert "how your figure looks and the phrase you carry" in export["about"]
    await svc.handle(Inbound(PERSON, command="forget"))
    assert await svc.store.load(PERSON) is None
    assert "co-worker" not in repr(await svc.export(PERSON))


async def test_the_console_service_says_their_phrase_back_plain():
    from bot.service import Service

    base = service()
    svc = Service(base.engine, base.store, base.language, clock=base.clock, markup="plain")
    place(svc, "waking", "phrase")
    replies = await svc.handle(Inbound(PERSON, text="I'm *still* here - and that's enough"))
    assert replies[0].text == "“I'm *still* here - and that's enough.”"


async def test_a_doubt_written_as_the_phrase_is_answered_and_never_handed_back():
    svc = service()
    place(svc, "waking", "phrase")
    replies = await svc.handle(Inbound(PERSON, text="I'm worthless"))
    assert "reframe" in {r.kind for r in replies}
    state = await svc.store.load(PERSON)
    assert state.node == "phrase_offer" and "phrase" not in state.vars and OWN not in state.vars
    assert not any("worthless" in r.text.lower() and r.kind == "narration" for r in replies)


async def test_a_doubt_at_the_figure_is_answered_and_nothing_is_said_of_how_they_look():
    svc = service()
    place(svc, "figure", "shape")
    replies = await svc.handle(Inbound(PERSON, text="they look disappointed in me"))
    state = await svc.store.load(PERSON)
    if "reframe" in {r.kind for r in replies}:  # heard as a doubt: answered by the figure, not quoted back
        assert state.node == "shape_open" and "figure_own" not in state.vars
    else:  # or kept as their description, said back as written
        assert state.node == "shaped_own"
    narration = " ".join(r.text for r in replies if r.kind == "narration")
    assert "warm" not in narration and "kind" not in narration  # never the opposite of what they wrote
