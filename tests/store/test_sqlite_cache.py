"""The states SqliteStore keeps in memory: what the file holds, never more, never stale in one process."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest

from bot.store.base import Event
from bot.store.sqlite import SqliteStore

from .conftest import person, save


@pytest.fixture
async def store(tmp_path):
    opened = await SqliteStore.open(tmp_path / "w.db")
    yield opened
    await opened.close()


async def held(store: SqliteStore, person_id: str):
    """The slot a turn would hold, and whether getting it read the file."""
    before = store._reads.batches
    slot = await store.person(person_id).__aenter__()
    return slot, store._reads.batches > before


async def test_a_turn_after_a_written_one_reads_nothing_from_the_file(tmp_path):
    db = tmp_path / "w.db"
    store = await SqliteStore.open(db)
    try:
        await save(store, person(step=4))
        slot, read = await held(store, "test:ada")
        assert slot.state == person(step=4) and not read
        await slot.commit(person(step=5))
        slot, read = await held(store, "test:ada")
        assert slot.state == person(step=5) and not read
    finally:
        await store.close()
    again = await SqliteStore.open(db)  # a new process knows nothing yet: the first turn reads the file
    try:
        slot, read = await held(again, "test:ada")
        assert slot.state == person(step=5) and read
        slot, read = await held(again, "test:ada")
        assert slot.state == person(step=5) and not read
    finally:
        await again.close()


async def test_what_is_kept_is_what_the_file_holds(tmp_path):
    db = tmp_path / "w.db"
    store = await SqliteStore.open(db)
    try:
        people = [person(f"test:{i}", step=i, vars={"figure": f"friend {i}"}) for i in range(300)]
        await asyncio.gather(*(save(store, p, [Event("begin", 1.0)]) for p in people))
        await store.forget("test:7")
        looker = await SqliteStore.open(db, cache_people=0)  # reads only the file
        try:
            for p in people:
                assert store._cache.get(p.person_id) == await looker.load(p.person_id)
        finally:
            await looker.close()
        assert "test:7" not in store._cache and len(store._cache) == 299
    finally:
        await store.close()
    again = await SqliteStore.open(db)  # states kept from reads, as a restarted process keeps them
    try:
        for p in people[:50]:
            slot, read = await held(again, p.person_id)
            assert read and (slot.state is None) == (p.person_id == "test:7")
        assert again._cache == {p.person_id: p for p in people[:50] if p.person_id != "test:7"}
    finally:
        await again.close()


async def test_a_turn_cancelled_while_its_batch_commits_reads_the_file_next(store):
    await save(store, person(step=1))
    slot, _ = await held(store, "test:ada")
    commit = asyncio.ensure_future(slot.commit(person(step=2)))
    await asyncio.sleep(0)  # the batch has started
    commit.cancel()
    with pytest.raises(asyncio.CancelledError):
        await commit
    await store._writes.close()  # the batch still commits: the turn is stored all the same
    slot, read = await held(store, "test:ada")
    assert read and slot.state == person(step=2)


async def test_a_failed_write_leaves_the_last_committed_state(store):
    await save(store, person(step=1))
    with pytest.raises(sqlite3.IntegrityError):
        await save(store, person(step=2, status="lost"))  # breaks the table's CHECK
    slot, read = await held(store, "test:ada")
    assert read and slot.state == person(step=1)


async def test_forget_leaves_nothing_in_memory_either(store):
    await save(store, person())
    await store.forget("test:ada")
    assert await store.load("test:ada") is None
    slot, read = await held(store, "test:ada")
    assert slot.state is None and read
    await save(store, person(step=9))
    slot, _ = await held(store, "test:ada")
    await slot.commit(None)  # the engine's /forget: an erasing commit
    assert "test:ada" not in store._cache and await store.load("test:ada") is None


async def test_the_least_recently_written_leave_first(tmp_path):
    store = await SqliteStore.open(tmp_path / "w.db", cache_people=3)
    try:
        for name in "abcd":
            await save(store, person(f"test:{name}"))
        assert list(store._cache) == ["test:b", "test:c", "test:d"]
        await save(store, person("test:b", step=2))
        assert list(store._cache) == ["test:c", "test:d", "test:b"]
        slot, read = await held(store, "test:a")  # gone from memory, still in the file
        assert read and slot.state == person("test:a")
        assert len(store._cache) == 3
    finally:
        await store.close()


async def test_another_connections_write_empties_memory_at_the_next_batch(tmp_path):
    db = tmp_path / "w.db"
    store = await SqliteStore.open(db)
    try:
        await save(store, person(step=1))
        with sqlite3.connect(db) as other:  # a second process writing to the same file
            other.execute("UPDATE people SET step = 40 WHERE person_id = 'test:ada'")
        other.close()
        await save(store, person("test:bea"))  # any batch notices
        slot, read = await held(store, "test:ada")
        assert read and slot.state.step == 40
    finally:
        await store.close()


async def test_a_turn_that_changes_vars_or_reframes_stores_the_new_ones(tmp_path):
    from dataclasses import replace

    db = tmp_path / "w.db"
    store = await SqliteStore.open(db)
    try:
        await save(store, person(vars={"figure": "a friend"}, reframes_seen=()))
        slot, _ = await held(store, "test:ada")
        await slot.commit(replace(slot.state, step=5))  # the same vars object
        slot, _ = await held(store, "test:ada")
        await slot.commit(replace(slot.state, step=6, vars={**slot.state.vars, "light": "warm"}))
        slot, _ = await held(store, "test:ada")
        await slot.commit(replace(slot.state, step=7, reframes_seen=("failure.1",)))
    finally:
        await store.close()
    with sqlite3.connect(db) as raw:
        row = raw.execute("SELECT step, vars, reframes_seen FROM people WHERE person_id = 'test:ada'").fetchone()
    raw.close()
    assert row == (7, '{"figure": "a friend", "light": "warm"}', '["failure.1"]')
