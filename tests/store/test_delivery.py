"""How far each person's replies reached them: marks move forward only, and undelivered steps are found."""

from __future__ import annotations

import sqlite3

import pytest

from bot.store.migrate import migrations

from .conftest import person, save


async def test_a_committed_step_past_the_delivered_one_is_undelivered_until_marked(store):
    ada, bo = person("t:ada", step=4, updated_at=100.0), person("t:bo", step=2, updated_at=101.0)
    await save(store, ada)
    await save(store, bo)
    assert [s.person_id for s in await store.undelivered(since=0.0)] == ["t:ada", "t:bo"]
    await store.mark_delivered("t:ada", 4)
    assert [s.person_id for s in await store.undelivered(since=0.0)] == ["t:bo"]
    assert (await store.export("t:ada"))["delivered_step"] == 4  # /mydata shows it, a number
    await save(store, person("t:ada", step=5, updated_at=102.0))  # a new step, not shown yet
    found = await store.undelivered(since=0.0)
    assert [(s.person_id, s.step) for s in found] == [("t:bo", 2), ("t:ada", 5)]
    assert found[1].vars == {"figure": "a friend"}  # the whole state comes back


async def test_a_mark_never_goes_backwards_nor_past_the_committed_step(store):
    await save(store, person("t:cy", step=6))
    await store.mark_delivered("t:cy", 9)  # a late mark from before an erasure: the steps counted again
    assert [s.step for s in await store.undelivered(since=0.0)] == [6]
    await store.mark_delivered("t:cy", 6)
    await store.mark_delivered("t:cy", 3)  # an older message arriving late
    assert await store.undelivered(since=0.0) == []
    await store.mark_delivered("t:nobody", 1)  # no row: nothing happens, nothing fails


async def test_only_active_recent_people_are_undelivered(store):
    await save(store, person("t:old", step=3, updated_at=10.0))
    await save(store, person("t:paused", step=3, status="paused", updated_at=500.0))
    await save(store, person("t:new", step=3, updated_at=500.0))
    assert [s.person_id for s in await store.undelivered(since=400.0)] == ["t:new"]
    assert [s.person_id for s in await store.undelivered(since=0.0, limit=1)] == ["t:old"]


async def test_many_marks_at_once_keep_each_persons_furthest(store):
    import asyncio

    for i in range(50):
        await save(store, person(f"t:p{i}", step=8))
    await asyncio.gather(*(store.mark_delivered(f"t:p{i}", step) for i in range(50) for step in (8, 2)))
    assert await store.undelivered(since=0.0) == []


async def test_forget_erases_the_delivered_step_too(store):
    await save(store, person("t:di", step=5))
    await store.mark_delivered("t:di", 5)
    await store.forget("t:di")
    await save(store, person("t:di", step=0))  # they began again: step 0 was never shown
    assert [s.step for s in await store.undelivered(since=0.0)] == [0]


@pytest.mark.stores("sqlite")
async def test_rows_from_before_the_migration_count_as_delivered(tmp_path):
    from bot.store.sqlite import SqliteStore

    path = tmp_path / "old.db"
    with sqlite3.connect(path) as raw:
        for number, _, sql in migrations("sqlite"):
            if number < 4:
                raw.executescript(sql)
        raw.execute("PRAGMA user_version = 3")
        raw.execute("INSERT INTO people (person_id, stage, node, status, step, journeys, completed, started_at, "
                    "updated_at) VALUES ('t:early', 'candle', 'warmth', 'active', 7, 1, 0, 1.0, 2.0)")
    store = await SqliteStore.open(path)
    try:
        assert await store.undelivered(since=0.0) == []
        async with store.person("t:early") as slot:
            state = slot.state
        assert state is not None and state.step == 7
    finally:
        await store.close()
