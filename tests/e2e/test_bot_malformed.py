"""Malformed payloads: the fake Discord sends what Discord should never send, and the bot never dies of it.

A component interaction without component_type, missing fields, wrong types, unknown custom ids and
component types, 2,000 randomly mutated plausible payloads with a fixed seed: the client stays connected,
and every interaction that carries an id and a token is answered.
"""

from __future__ import annotations

import asyncio
import copy
import logging
import random

import pytest

from bot.discord.guard import UNKNOWN_BUTTON

from . import fake_payloads as p
from .bot_harness import a_step, answered, buttons, choices, ephemeral_text, say, start_bot, stop_bot

SEED = 16


def alive(fake, bot) -> bool:
    return not bot.is_closed() and bot.is_ready() and bool(fake.connected_sessions)


async def test_a_component_interaction_without_component_type_is_answered_and_the_bot_stays_up(
        fake, launch, tmp_path, caplog):
    ana = fake.add_user("ana")
    bot = await start_bot(launch, tmp_path / "w.db")
    step = await a_step(fake, bot, ana)
    payload = fake.component_payload(ana, step, choices(step)[0]["custom_id"])
    del payload["data"]["component_type"]
    record = await fake.raw_interaction(payload)
    await answered(fake, [record])
    assert alive(fake, bot)
    assert ephemeral_text(record) == UNKNOWN_BUTTON
    # and the person carries on as before
    again = await fake.raw_interaction(fake.component_payload(ana, step, choices(step)[0]["custom_id"]))
    await answered(fake, [again])
    assert again.response_type == 7
    await stop_bot(bot)


@pytest.mark.parametrize("custom_id,component_type", [
    ("ws:nope", 2), ("something:else", 2), ("ws:c:1", 2), ("ws:c:x:y", 2), ("", 2), ("ws:cmd:UPPER", 2),
    ("ws:c:1:2", 3),  # a select menu carrying a journey id
    ("ws:cmd:begin", 5), ("ws:c:1:2", 99), (12345, 2), (None, 2), ("ws:c:1:2", "2"), ("ws:c:1:2", None),
])
async def test_unknown_custom_ids_and_component_types_get_a_gentle_ephemeral_answer(
        fake, launch, tmp_path, custom_id, component_type):
    bo = fake.add_user("bo")
    bot = await start_bot(launch, tmp_path / "w.db")
    step = await a_step(fake, bot, bo)
    record = await fake.raw_interaction(fake.component_payload(bo, step, custom_id, component_type))
    await answered(fake, [record])
    assert ephemeral_text(record) == UNKNOWN_BUTTON
    assert alive(fake, bot)
    await stop_bot(bot)


async def test_other_interaction_types_and_unreadable_payloads_are_answered(fake, launch, tmp_path):
    cy = fake.add_user("cy")
    bot = await start_bot(launch, tmp_path / "w.db")
    step = await a_step(fake, bot, cy)
    base = fake.component_payload(cy, step, choices(step)[0]["custom_id"])
    modal = dict(copy.deepcopy(base), type=5, data={"custom_id": "ws:modal", "components": []})
    unknown_type = dict(copy.deepcopy(base), type=42)
    no_user = copy.deepcopy(base)
    del no_user["user"]
    bad_id = dict(copy.deepcopy(base), channel={"id": "not-a-number", "type": 1})
    no_data = copy.deepcopy(base)
    del no_data["data"]
    data_list = dict(copy.deepcopy(base), data=[1, 2, 3])
    records = []
    for payload in (modal, unknown_type, no_user, bad_id, no_data, data_list):
        payload["token"] = "itoken-" + p.snowflake()
        payload["id"] = p.snowflake()
        records.append(await fake.raw_interaction(payload))
    for frame in (None, [], "text", 7, {"id": "x"}, {"type": 3}):  # no id or token: nothing to answer, or die of
        await fake.dispatch("INTERACTION_CREATE", frame)
    for event in ("MESSAGE_CREATE", "GUILD_CREATE", "CHANNEL_CREATE", "READY_NOT", "TYPING_START", "MESSAGE_UPDATE"):
        for frame in (None, {}, {"id": None}, [], "x", {"author": 3, "channel_id": []}):
            await fake.dispatch(event, frame)
    await answered(fake, records)
    assert [ephemeral_text(r) for r in records] == [UNKNOWN_BUTTON] * len(records), [r.responses for r in records]
    await asyncio.sleep(0.2)
    assert alive(fake, bot)
    assert [m["content"] for m in await say(fake, bot, cy, "1")]  # the journey still answers
    await stop_bot(bot)


def _mutate(rng: random.Random, payload: dict) -> dict:
    """A plausible payload with one to three things wrong: a field gone, a wrong type, an odd id."""
    out = copy.deepcopy(payload)
    odd = [None, "", "x", -1, 0, 2 ** 70, 3.5, True, [], {}, ["ws:c:1:2"], {"id": "1"}, "ws:cmd:" + "a" * 40,
           "ws:c:99999999999999:1", "ws:cmd:forget-yes", "ws:cmd:forget", "ws:c:0:0", "\u0000", "🙂" * 50]
    for _ in range(rng.randint(1, 3)):
        paths = list(_paths(out))
        path = rng.choice(paths)
        parent, key = _walk(out, path[:-1]), path[-1]
        action = rng.random()
        if action < 0.3 and isinstance(parent, dict):
            parent.pop(key, None)
        elif action < 0.8:
            parent[key] = rng.choice(odd)
        else:
            parent[key] = str(rng.randint(0, 10 ** rng.randint(1, 20)))
    return out


def _paths(obj, prefix=()):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if prefix == () and k in ("id", "token"):
                continue  # keep the interaction answerable (those two are mutated separately)
            yield prefix + (k,)
            yield from _paths(v, prefix + (k,))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield prefix + (i,)
            yield from _paths(v, prefix + (i,))


def _walk(obj, path):
    for key in path:
        obj = obj[key]
    return obj


async def test_two_thousand_mutated_payloads_never_end_the_bot_and_every_interaction_is_answered(
        fake, launch, tmp_path, caplog):
    rng = random.Random(SEED)
    people = [fake.add_user(f"p{i}") for i in range(4)]
    bot = await start_bot(launch, tmp_path / "w.db")
    steps = [await a_step(fake, bot, u) for u in people]
    guild = fake.add_guild("Garden")
    fake.add_text_channel(guild, "calm")
    for u in people:
        fake.add_member(guild, u)
    await fake.announce_guild(guild)
    bases = []
    for u, step in zip(people, steps, strict=False):
        for b in buttons(step):
            bases.append(fake.component_payload(u, step, b["custom_id"]))
        bases.append(fake.component_payload(u, step, "ws:cmd:status"))
    slash = await fake.slash(people[0], "status")  # a real command interaction, as a base to mutate
    await answered(fake, [slash])
    bases.append(slash.payload)
    message = p.message(fake.dm_channel_of(people[0]), people[0], "hello")
    caplog.set_level(logging.WARNING)
    records, answerable = [], []
    for i in range(2000):
        base = rng.choice(bases)
        if i % 10 == 0:  # some gateway events that are not interactions
            await fake.dispatch("MESSAGE_CREATE", _mutate(rng, dict(message, id=p.snowflake())))
            continue
        payload = _mutate(rng, base)
        payload["id"], payload["token"] = p.snowflake(), "itoken-" + p.snowflake()
        if rng.random() < 0.03:
            payload["id"] = rng.choice([None, "abc", [], 1.5])
        record = await fake.raw_interaction(payload)
        records.append(record)
        if str(payload.get("id")).isdigit() and payload.get("type") != 1:  # Discord's ids are snowflakes
            answerable.append(record)
        if i % 50 == 0:
            await asyncio.sleep(0.01)  # let the bot breathe, like a real gateway would
            assert alive(fake, bot), f"the bot went down after {i} payloads"
    try:
        await fake.wait_for(lambda f: all(r.answered for r in answerable), timeout=60)
    except AssertionError:
        left = [r.payload for r in answerable if not r.answered]
        raise AssertionError(f"{len(left)} of {len(answerable)} unanswered, e.g. {left[:3]}") from None
    assert alive(fake, bot)
    tracebacks = [r for r in caplog.records if r.exc_info and r.levelno >= logging.WARNING]
    assert len(tracebacks) <= 5, [r.getMessage() for r in tracebacks[:5]]
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) < 200, "a storm of identical failures logs once, with a count"
    ana = people[0]
    assert [m["content"] for m in await say(fake, bot, ana, "hello")]  # still answering people
    await stop_bot(bot)
