"""Erasure wins: no button from before /forget or /restart can bring a person back or move their journey.

Choice buttons carry their journey's generation (ws:c:<step>:<index>:<generation>); /restart begins a
new journey and /forget leaves none, so a click on an older button gets a gentle answer, stores nothing
and changes nothing, even when its step number happens to match the new journey's step.
"""

from __future__ import annotations

import asyncio
import sqlite3

from bot.delivery import EARLIER_JOURNEY
from bot.journey import texts

from .bot_harness import choices, erase_button, last_with_buttons, press, say, settle, start_bot, stop_bot


def rows_naming(db, pid: str) -> dict[str, int]:
    with sqlite3.connect(db) as raw:
        return {table: raw.execute(f"SELECT COUNT(*) FROM {table} WHERE person_id = ?", (pid,)).fetchone()[0]
                for table in ("people", "events", "journeys", "reminders", "safety_plan")}


async def forget(fake, bot, user) -> None:
    ask = await fake.slash(user, "forget")
    await fake.wait_for(lambda f: ask.answered, timeout=5)
    erase = await fake.click(user, ask.original, erase_button(ask.original))
    await fake.wait_for(lambda f: erase.answered, timeout=5)
    await bot.courier.drain()


async def test_choice_buttons_carry_the_journeys_generation(fake, launch, tmp_path):
    ana = fake.add_user("ana")
    bot = await start_bot(launch, tmp_path / "w.db")
    await say(fake, bot, ana, "hello")
    ids = [b["custom_id"] for b in choices(last_with_buttons(fake, ana))]
    assert ids and all(len(cid.split(":")) == 5 for cid in ids), ids
    assert len({cid.rsplit(":", 1)[1] for cid in ids}) == 1
    await stop_bot(bot)


async def test_a_click_from_before_forget_stores_nothing_even_at_the_same_step(fake, launch, tmp_path):
    bea = fake.add_user("bea")
    db = tmp_path / "w.db"
    key = f"discord:{bea['id']}"
    bot = await start_bot(launch, db)
    await say(fake, bot, bea, "hello")
    old = last_with_buttons(fake, bea)
    await forget(fake, bot, bea)
    assert sum(rows_naming(db, key).values()) == 0

    old_id = choices(old)[0]["custom_id"]
    stale = await press(fake, bot, bea, old, old_id)
    assert texts.NOTHING_KEPT in stale[0]["content"]
    assert sum(rows_naming(db, key).values()) == 0, "a stale click made no record"

    await say(fake, bot, bea, "hello")  # a new journey: its first step has the old one's number again
    state = await bot.service.store.load(key)
    assert f"ws:c:{state.step}:" in old_id
    before = len(fake.messages_to(bea))
    again = await fake.raw_interaction(fake.component_payload(bea, old, old_id))  # the same button, again
    await fake.wait_for(lambda f: again.answered, timeout=5)
    answer = await settle(fake, bot, bea, before)
    assert answer[0]["content"].startswith(EARLIER_JOURNEY) and choices(answer[-1])
    assert await bot.service.store.load(key) == state, "the new journey did not move"
    await stop_bot(bot)


async def test_a_click_from_before_restart_is_gently_turned_away(fake, launch, tmp_path):
    cy = fake.add_user("cy")
    bot = await start_bot(launch, tmp_path / "w.db")
    key = f"discord:{cy['id']}"
    await say(fake, bot, cy, "hello")
    old = last_with_buttons(fake, cy)
    restart = await fake.slash(cy, "restart")
    await fake.wait_for(lambda f: restart.answered, timeout=5)
    await settle(fake, bot, cy, 0)
    state = await bot.service.store.load(key)
    stale = await press(fake, bot, cy, old, choices(old)[0]["custom_id"])
    assert "earlier" in stale[0]["content"] or "moment has passed" in stale[0]["content"]
    assert choices(stale[-1]), "and the current step, to go on from"
    assert await bot.service.store.load(key) == state
    await stop_bot(bot)


async def test_a_choice_and_erase_everything_at_the_same_moment_never_recreate_the_person(fake, launch, tmp_path):
    db = tmp_path / "w.db"
    bot = await start_bot(launch, db)
    fake.slow("/callback", 0.05)
    for i in range(10):
        user = fake.add_user(f"race{i}")
        key = f"discord:{user['id']}"
        await say(fake, bot, user, "hello")
        step = last_with_buttons(fake, user)
        ask = await fake.slash(user, "forget")
        await fake.wait_for(lambda f, ask=ask: ask.answered, timeout=5)
        click, erase = await asyncio.gather(fake.click(user, step, choices(step)[0]["custom_id"]),
                                            fake.click(user, ask.original, erase_button(ask.original)))
        await fake.wait_for(lambda f, click=click, erase=erase: click.answered and erase.answered, timeout=10)
        await bot.courier.drain()
        await asyncio.sleep(0.05)
        assert sum(rows_naming(db, key).values()) == 0, f"round {i}: {rows_naming(db, key)}"
    await stop_bot(bot)
