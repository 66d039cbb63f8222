"""Two bot processes (shard 0 and shard 1 of 2) over one PostgreSQL: a person's turns from both stay
ordered and none is lost.

DMs arrive only on shard 0; a slash command in a server arrives on that server's shard. So one person
can reach both processes at once: /restart in their DMs (process A) and /restart in a server that lives
on shard 1 (process B). The first test runs both "processes" in this one (each its own client, service,
in-memory locks and PostgresStore pool: all that two processes would have apart from the interpreter), so
it can push many turns at once; the second runs two real `wellspring run --shard-ids` processes.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from bot.discord.client import build_bot
from bot.journey import texts
from bot.journey.engine import Engine
from bot.service import Service

from .bot_harness import MANAGE_CHANNELS, content, contents, watch_turns

asyncpg = pytest.importorskip("asyncpg", reason="asyncpg missing: sharding over PostgreSQL is UNTESTED")

ROUNDS = 12  # restarts from each process
ROOT = Path(__file__).resolve().parents[2]


async def start_process(launch, url: str, shard_id: int, pacing: float = 0.0):
    """One bot process: its own pool, service and client, running one shard of two."""
    from bot.store.postgres import PostgresStore

    store = await PostgresStore.open(url, pool_size=4)
    service = Service(Engine(content().book), store, content().language)
    bot = build_bot(service, pacing=pacing, guild_ready_timeout=0.05, shard_count=2, shard_ids=[shard_id])
    await launch(bot)
    return bot


async def stop_process(bot) -> None:
    """Drain, disconnect, close the pool."""
    await bot.courier.drain()
    await bot.close()
    await bot.service.store.close()


async def answered(fake, record) -> None:
    """Wait until an interaction has its full answer (a deferred one: its follow-up too)."""
    await fake.wait_for(lambda f: record.answered and (record.response_type != 5 or record.edits
                                                        or record.followups), timeout=20)


async def test_turns_from_two_shard_processes_stay_ordered_and_none_is_lost(fake, launch, fast_identify, pg_url):
    garden = fake.add_guild("Garden", shard=(1, 2))  # lives on shard 1: process B
    calm = fake.add_text_channel(garden, "calm")
    ren, mod = fake.add_user("ren"), fake.add_user("mod")
    fake.add_member(garden, ren)
    fake.add_member(garden, mod, permissions=MANAGE_CHANNELS)
    process_a = await start_process(launch, pg_url, 0)
    process_b = await start_process(launch, pg_url, 1)
    assert [g.id for g in process_b.guilds] == [int(garden["id"])] and not process_a.guilds

    await answered(fake, await fake.slash(mod, "enable", guild=garden, channel=calm))  # through process B
    assert await process_a.service.store.is_enabled(garden["id"], calm["id"])  # and A sees it
    await answered(fake, await fake.slash(ren, "begin"))  # in DMs: process A

    async def from_dms() -> None:
        await answered(fake, await fake.slash(ren, "restart"))

    async def from_server() -> None:
        await answered(fake, await fake.slash(ren, "restart", guild=garden, channel=calm))

    async def chatter() -> None:
        await fake.user_sends_dm(ren, "a warm light")

    turns = [make() for _ in range(ROUNDS) for make in (from_dms, from_server, chatter)]
    await asyncio.gather(*turns)
    for bot in (process_a, process_b):
        await bot.courier.drain()

    person = f"discord:{ren['id']}"
    state = await process_b.service.store.load(person)
    assert state.journeys == 1 + 2 * ROUNDS  # every restart saw the one before it: no lost update
    rows = await process_a.service.store.pool.fetch(
        "SELECT kind FROM events WHERE person_id = $1 AND kind = 'begin'", person)
    assert len(rows) == 1 + 2 * ROUNDS  # every turn's events were committed
    by_shard = {s.shard_id: s.events.count("INTERACTION_CREATE") for s in fake.connected_sessions}
    assert by_shard == {0: 1 + ROUNDS, 1: 1 + ROUNDS}  # both processes really took turns
    # Every answer reached the person: each DM restart in place; a restart from the server replaces
    # whatever an earlier one (in the same process) still had queued, so at least the latest arrives.
    await fake.wait_for(lambda f: sum(texts.RESTARTING in m["content"] for m in f.messages_to(ren))
                        >= ROUNDS + 1, timeout=20)

    await stop_process(process_a)
    await stop_process(process_b)


async def test_crisis_care_from_one_process_stops_the_narration_of_the_other(fake, launch, fast_identify, pg_url):
    """/begin in a server paces the narration from process B; the crisis typed in DMs is answered by A,
    whose courier never saw that narration. B looks at the store after each pause and stops."""
    garden = fake.add_guild("Garden", shard=(1, 2))
    calm = fake.add_text_channel(garden, "calm")
    ren, mod = fake.add_user("ren"), fake.add_user("mod")
    fake.add_member(garden, ren)
    fake.add_member(garden, mod, permissions=MANAGE_CHANNELS)
    content().language.assess("hello")  # the model loads on first use (~3 s); `wellspring run` warms it up first
    process_a = await start_process(launch, pg_url, 0, pacing=1.0)
    process_b = await start_process(launch, pg_url, 1, pacing=1.0)
    assert process_a.courier.recheck is not None and process_b.courier.recheck is not None
    await answered(fake, await fake.slash(mod, "enable", guild=garden, channel=calm))
    await answered(fake, await fake.slash(ren, "begin", guild=garden, channel=calm))  # process B narrates
    await fake.wait_for(lambda f: len(f.messages_to(ren)) >= 3, timeout=20)
    assert process_b.courier.busy(f"discord:{ren['id']}")
    turns = watch_turns(process_a)
    before = len(fake.messages_to(ren))
    await fake.user_sends_dm(ren, "i want to die")  # process A
    await fake.wait_for(lambda f: process_a.courier.busy() or len(f.messages_to(ren)) > before + 1, timeout=2)
    await process_a.courier.drain(timeout=2)
    await fake.wait_for(lambda f: not process_b.courier.busy(), timeout=8)  # B stopped at its next pause
    care = contents(next(replies for inbound, replies in turns if inbound.text == "i want to die"))
    sent = [m["content"] for m in fake.messages_to(ren)[before:]]
    assert [c for c in sent if c in care] == care
    after = sent[sent.index(care[0]):]
    assert len([c for c in after if c not in care]) <= 1  # at most one line already past its pause
    assert process_b.courier.preempted > 0
    await stop_process(process_a)
    await stop_process(process_b)


def run_process(fake, url: str, shard_id: int) -> subprocess.Popen:
    """`wellspring run --shard-count 2 --shard-ids N` as a real process, over PostgreSQL and the fake."""
    env = {**os.environ, "DISCORD_TOKEN": "test-token", "DATABASE_URL": url, "WELLSPRING_PACING": "0",
           "WELLSPRING_DISCORD_API": f"http://127.0.0.1:{fake.port}", "WELLSPRING_LOG_LEVEL": "WARNING"}
    return subprocess.Popen([sys.executable, "-m", "bot", "run", "--shard-count", "2", "--shard-ids", str(shard_id)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


async def test_two_real_shard_processes_share_one_person(fake, pg_url):
    garden = fake.add_guild("Garden", shard=(1, 2))
    calm = fake.add_text_channel(garden, "calm")
    ivo, mod = fake.add_user("ivo"), fake.add_user("mod")
    fake.add_member(garden, ivo)
    fake.add_member(garden, mod, permissions=MANAGE_CHANNELS)
    processes = [run_process(fake, pg_url, 0), run_process(fake, pg_url, 1)]
    try:
        await fake.wait_for(lambda f: sorted(s.shard_id for s in f.connected_sessions if "READY" in s.events)
                            == [0, 1], timeout=30)
        await answered(fake, await fake.slash(mod, "enable", guild=garden, channel=calm))
        await answered(fake, await fake.slash(ivo, "begin"))
        rounds = ROUNDS
        records = await asyncio.gather(*[fake.slash(ivo, "restart") for _ in range(rounds)],
                                       *[fake.slash(ivo, "restart", guild=garden, channel=calm)
                                         for _ in range(rounds)])  # interleaved, all in flight at once
        await asyncio.gather(*(answered(fake, record) for record in records))
        await fake.wait_for(lambda f: sum(texts.RESTARTING in m["content"] for m in f.messages_to(ivo))
                            >= rounds + 1, timeout=30)  # a restart replaces what an earlier one still had queued
        conn = await asyncpg.connect(pg_url)
        try:
            journeys = await conn.fetchval("SELECT journeys FROM people WHERE person_id = $1", f"discord:{ivo['id']}")
        finally:
            await conn.close()
        assert journeys == 1 + 2 * rounds
        by_shard = {s.shard_id: s.events.count("INTERACTION_CREATE") for s in fake.connected_sessions}
        assert by_shard == {0: 1 + rounds, 1: 1 + rounds}
    finally:
        for proc in processes:
            if proc.poll() is None:
                proc.send_signal(signal.SIGINT)
        for proc in processes:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
