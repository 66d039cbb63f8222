"""What is committed is shown: `wellspring run` killed with kill -9 under load, then started again.

Sixty people are mid-journey at a reading pace when the process dies: some have seen the buttons of
their committed step, many have not (the narration was still being paced). After the restart every
person whose committed step never fully reached them gets it again, exactly once: its last line and
its buttons, and nothing else; everyone who had seen theirs gets nothing at all.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from bot.discord.render import render
from bot.journey.engine import Engine
from bot.store.base import STATE_COLUMNS, row_to_state

from .bot_harness import choices, content, last_with_buttons
from .test_bot_process import ROOT, wait_connected

EARLY, LATE = 20, 40  # people at their first step before the load, and people arriving during it


def start_process(fake, db: Path, pacing: str) -> subprocess.Popen:
    env = {**os.environ, "DISCORD_TOKEN": "test-token", "WELLSPRING_DB": str(db), "WELLSPRING_PACING": pacing,
           "WELLSPRING_DISCORD_API": f"http://127.0.0.1:{fake.port}", "WELLSPRING_LOG_LEVEL": "WARNING"}
    return subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def places(db: Path) -> dict[str, tuple]:
    """person id -> (state, delivered step), read straight from the file."""
    with sqlite3.connect(db) as raw:
        rows = raw.execute(f"SELECT {', '.join(STATE_COLUMNS)}, delivered_step FROM people").fetchall()
    return {row[0]: (row_to_state(row[:-1]), row[-1]) for row in rows}


def shown(message: dict) -> tuple[str, bool]:
    return message["content"], bool(message.get("components"))


async def test_after_kill_9_under_load_every_undelivered_step_is_shown_again_exactly_once(fake, tmp_path):
    db = tmp_path / "w.db"
    early = [fake.add_user(f"early{i}") for i in range(EARLY)]
    late = [fake.add_user(f"late{i}") for i in range(LATE)]
    people = early + late
    proc = start_process(fake, db, pacing="0.4")
    try:
        await wait_connected(fake, 1)
        for user in early:
            await fake.user_sends_dm(user, "hello")
        await fake.wait_for(lambda f: all(last_with_buttons(f, u) for u in early), timeout=120)
        for user in early:  # the load: a click each (a new step's narration), and newcomers beginning
            step = last_with_buttons(fake, user)
            await fake.click(user, step, choices(step)[0]["custom_id"])
        for user in late:
            await fake.user_sends_dm(user, "hello")
        await asyncio.sleep(1.5)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        seen_before = {u["id"]: len(fake.messages_to(u)) for u in people}

        kept = places(db)
        engine = Engine(content().book)
        expected: dict[str, list[tuple[str, bool]]] = {}
        for user in people:
            state, delivered = kept[f"discord:{user['id']}"]
            if state.step > delivered:
                again = render(engine.current(engine.repair(state), brief=True))
                expected[user["id"]] = [(m.content, m.view is not None) for m in again]
            else:
                expected[user["id"]] = []
        undelivered = sum(1 for shown_again in expected.values() if shown_again)
        assert undelivered > 0, "the kill came after everything was shown: the load missed"

        proc = start_process(fake, db, pacing="0.4")
        await wait_connected(fake, 2)

        def after(user) -> list[tuple[str, bool]]:
            return [shown(m) for m in fake.messages_to(user)[seen_before[user["id"]]:]]

        await fake.wait_for(lambda f: all(len(after(u)) >= len(expected[u["id"]]) for u in people), timeout=120)
        await asyncio.sleep(2.0)  # anything more (a duplicate, old narration) would arrive by now
        wrong = {u["name"] if "name" in u else u["id"]: after(u) for u in people if after(u) != expected[u["id"]]}
        assert not wrong, f"shown again wrongly: {wrong}"
        assert all(places(db)[f"discord:{u['id']}"][1] == places(db)[f"discord:{u['id']}"][0].step
                   for u in people), "every step shown again is recorded as delivered"
        print(f"{undelivered} of {len(people)} people had an undelivered step at kill -9; each shown again once")
    finally:
        stop(proc)


# in one process: a new gateway session, and the person's next turn

async def delivered_step(db: Path, key: str) -> int:
    with sqlite3.connect(db) as raw:
        return raw.execute("SELECT delivered_step FROM people WHERE person_id = ?", (key,)).fetchone()[0]


async def new_session(fake) -> None:
    """The gateway forgets the session: the client's RESUME is refused and it identifies afresh (on_ready)."""
    from .fake_gateway import RECONNECT

    count = len(fake.sessions)
    live = [s for s in fake.sessions if s.alive and s.ws is not None]
    for session in live:
        session.alive = False
        await session.send({"op": RECONNECT, "d": None})
    await wait_connected(fake, count + 1)


async def test_a_new_session_shows_an_undelivered_step_once_and_a_delivered_one_never(fake, launch, tmp_path):
    from .bot_harness import say, start_bot, stop_bot

    db = tmp_path / "w.db"
    su = fake.add_user("su")
    key = f"discord:{su['id']}"
    bot = await start_bot(launch, db)
    await say(fake, bot, su, "hello")
    step = (await bot.service.store.load(key)).step
    for _ in range(100):  # the mark is written a moment after the buttons arrived
        if await delivered_step(db, key) == step:
            break
        await asyncio.sleep(0.02)
    assert await delivered_step(db, key) == step
    before = len(fake.messages_to(su))
    await new_session(fake)
    await asyncio.sleep(0.5)
    assert len(fake.messages_to(su)) == before, "a delivered step is not shown again"

    with sqlite3.connect(db) as raw:  # as if the process had died before the buttons went out
        raw.execute("UPDATE people SET delivered_step = ? WHERE person_id = ?", (step - 1, key))
    await new_session(fake)
    await fake.wait_for(lambda f: len(f.messages_to(su)) > before, timeout=10)
    again = fake.messages_to(su)[before:]
    state = await bot.service.store.load(key)
    engine = Engine(content().book)
    assert [shown(m) for m in again] == [(o.content, o.view is not None) for o in
                                          render(engine.current(state, brief=True))]
    for _ in range(100):
        if await delivered_step(db, key) == step:
            break
        await asyncio.sleep(0.02)
    await new_session(fake)
    await asyncio.sleep(0.5)
    assert len(fake.messages_to(su)) == before + len(again), "shown again once, not at every session"
    await stop_bot(bot)


async def test_a_step_whose_showing_never_arrived_comes_with_the_next_turn_once():
    from bot.journey.turns import Inbound
    from bot.service import Service
    from bot.store.memory import MemoryStore

    c = content()
    store = MemoryStore()
    service = Service(Engine(c.book), store, c.language, clock=lambda: 1000.0)
    await service.handle(Inbound("t:wu", command="begin"))
    state = await store.load("t:wu")
    pending = await service.undelivered()
    assert [(pid, [r.step for r in replies][-1]) for pid, replies in pending] == [("t:wu", state.step)]
    first = await service.handle(Inbound("t:wu", command="helped-yes"))  # a turn that shows no step by itself
    assert first[-1].step == state.step and first[-1].options == pending[0][1][-1].options
    second = await service.handle(Inbound("t:wu", command="helped-yes"))
    assert all(r.step < 0 for r in second), "once"
    await service.delivered("t:wu", state.step)
    assert await service.undelivered() == []
