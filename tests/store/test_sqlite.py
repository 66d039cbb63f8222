"""The SQLite store against a real file: migrations, round trips, erasure, group commit."""

from __future__ import annotations

import asyncio
import sqlite3
from dataclasses import replace

import pytest

from bot.journey.model import PAUSED, PersonState
from bot.store.base import Event
from bot.store.migrate import migrations
from bot.store.sqlite import SqliteStore


def person(pid: str = "test:ada", **changes) -> PersonState:
    base = PersonState(pid, "candle", "warmth", vars={"figure": "a friend"}, reframes_seen=("failure.1",),
                       started_at=10.0, updated_at=11.0, step=4)
    return replace(base, **changes)


@pytest.fixture
async def store(tmp_path):
    opened = await SqliteStore.open(tmp_path / "nested" / "wellspring.db")
    yield opened
    await opened.close()


async def save(store, state, events=()):
    async with store.person(state.person_id) as slot:
        await slot.commit(state, events)


async def test_folder_is_created_and_migrations_recorded(tmp_path):
    path = tmp_path / "a" / "b" / "w.db"
    store = await SqliteStore.open(path)
    await store.close()
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == len(migrations("sqlite"))
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


async def test_state_round_trips_and_survives_reopening(tmp_path):
    path = tmp_path / "w.db"
    store = await SqliteStore.open(path)
    await save(store, person())
    await save(store, person(status=PAUSED, node="melody", step=5))
    await store.close()
    reopened = await SqliteStore.open(path)
    try:
        assert await reopened.load("test:ada") == person(status=PAUSED, node="melody", step=5)
        assert await reopened.load("test:nobody") is None
    finally:
        await reopened.close()


async def test_reopening_does_not_reapply_migrations(tmp_path):
    for _ in range(3):
        store = await SqliteStore.open(tmp_path / "w.db")
        await save(store, person())
        await store.close()


async def test_forget_erases_state_and_events(store):
    await save(store, person(), [Event("begin", 1.0, "g1")])
    await save(store, person("test:bea"), [Event("begin", 1.0, "g1")])
    async with store.person("test:ada") as slot:
        await slot.commit(None)
    assert await store.load("test:ada") is None
    assert await store.count_events("g1") == {"begin": 1}
    rows = await store.conn.execute_fetchall("SELECT person_id FROM events")
    assert [r[0] for r in rows] == ["test:bea"]


async def test_channels_enable_disable(store):
    await store.set_channel("g1", "c1", True, "mod", 1.0)
    await store.set_channel("g1", "c2", True, "mod", 2.0)
    await store.set_channel("g1", "c1", True, "mod", 3.0)  # twice is fine
    assert await store.channels("g1") == ["c1", "c2"]
    await store.set_channel("g1", "c1", False, "mod", 4.0)
    assert await store.channels("g1") == ["c2"]
    assert not await store.is_enabled("g1", "c1") and await store.is_enabled("g1", "c2")
    assert await store.channels("g2") == []


async def test_concurrent_turns_share_commits(store):
    people = [person(f"test:{i}", step=i) for i in range(300)]
    await asyncio.gather(*(save(store, p) for p in people))
    assert store._writes.items == 300
    assert store._writes.batches < 30  # group commit: far fewer transactions than turns
    loaded = await asyncio.gather(*(store.load(p.person_id) for p in people))
    assert loaded == people


async def test_a_damaged_row_reads_as_a_fresh_start(store):
    await save(store, person())
    await store.conn.execute("UPDATE people SET vars = 'not json' WHERE person_id = 'test:ada'")
    await store.conn.commit()
    assert await store.load("test:ada") is None


async def test_failed_batch_rolls_back_and_reports(store, monkeypatch):
    await save(store, person())
    bad = person("test:bad", status="lost")  # violates the CHECK constraint
    with pytest.raises(sqlite3.IntegrityError):
        await save(store, bad)
    assert await store.load("test:bad") is None
    await save(store, person(step=9))  # the store keeps working
    assert (await store.load("test:ada")).step == 9
