"""migrate-store: everything copied, copying twice adds nothing, counts verified, both directions."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from bot.__main__ import main
from bot.config import SettingsError
from bot.store import open_store
from bot.store.base import Event
from bot.store.migrate import migrations
from bot.store.transfer import TABLES, _Side, migrate_store, transfer

from .conftest import person, save


async def fill(target: str, people: int = 25) -> list:
    """A store with people at various steps, their events (some repeated), journeys (every fifth person
    on a second, finished one, with check-ins), reminders (every fourth), safety plans (every third, two
    sections), an erasure, channels, and servers' regions (one set, then cleared)."""
    store = await open_store(target)
    try:
        states = [person(f"test:{i:03d}", step=i, vars={"figure": f"friend {i}"}) for i in range(people)]
        for i, state in enumerate(states):
            await save(store, state, [Event("begin", 1.0, "g1"), Event("stage:candle", 2.0 + i, "g1")])
            await save(store, state, [Event("stage:candle", 2.0 + i, "g1")])  # the same label twice
            if i % 5 == 0:
                scores = {"_checkin_before": str(i % 11), "_checkin_after": "10"}
                states[i] = replace(state, journeys=2, stage="waking", status="completed", started_at=50.0,
                                    updated_at=60.0 + i, vars=scores)
                await save(store, states[i], [Event("begin", 50.0, "g2")])
            if i % 4 == 0:
                await store.set_reminder(state.person_id, 1000.0 + i, 3.0)
            if i % 3 == 0:
                await store.save_plan_item(state.person_id, "reasons", f"reasons of {i}: ünï 🕯️", 4.0 + i)
                await store.save_plan_item(state.person_id, "what_helps", f"what helps {i}\n'quoted'", 5.0)
        await save(store, person("test:gone"), [Event("begin", 1.0)])
        await store.set_reminder("test:gone", 900.0, 3.0)
        await store.save_plan_item("test:gone", "reasons", "erased words", 3.0)
        async with store.person("test:gone") as slot:
            await slot.commit(None)
        for c in range(7):
            await store.set_channel(f"g{c % 3}", f"c{c}", True, "mod", float(c))
        for guild, region in (("g0", "NZ"), ("g1", "FR"), ("g2", "US"), ("g2", None)):
            await store.set_guild_region(guild, region)
        return states
    finally:
        await store.close()


async def snapshot(target: str, ids: list[str]) -> tuple:
    store = await open_store(target)
    try:
        states = [await store.load(pid) for pid in ids]
        channels = [await store.channels(f"g{g}") for g in range(3)]
        journeys = [await store.journeys(pid) for pid in [*ids, "test:gone"]]
        reminders = [await store.reminder(pid) for pid in [*ids, "test:gone"]]
        funnels = [await store.funnel(f"g{g}") for g in range(3)]
        plans = [await store.plan(pid) for pid in [*ids, "test:gone"]]
        regions = [await store.guild_region(f"g{g}") for g in range(4)]
        return (states, await store.count_events(), await store.count_events("g1"), channels, journeys, reminders,
                funnels, plans, regions)
    finally:
        await store.close()


@pytest.fixture(params=["sqlite->postgres", "postgres->sqlite", "sqlite->sqlite"])
def ends(request, tmp_path) -> tuple[str, str]:
    """(source, target) URLs for one direction of copying."""
    def url(kind: str, name: str) -> str:
        return request.getfixturevalue("pg_url") if kind == "postgres" else f"sqlite:///{tmp_path / name}"

    source, target = request.param.split("->")
    if source == target == "postgres":
        raise AssertionError("one database per test")
    return url(source, "source.db"), url(target, "target.db")


async def test_everything_is_copied_and_a_second_copy_adds_nothing(ends):
    source, target = ends
    states = await fill(source)
    lines: list[str] = []
    assert await migrate_store(source, target, batch=4, say=lines.append) == 0
    ids = [s.person_id for s in states]
    copied = await snapshot(target, ids)
    assert copied == await snapshot(source, ids)
    plans, regions = copied[-2:]
    assert plans[3] == {"reasons": "reasons of 3: ünï 🕯️", "what_helps": "what helps 3\n'quoted'"}
    assert plans[1] == {} and plans[-1] == {}  # no plan, and an erased person's, stay absent
    assert regions == ["NZ", "FR", None, None]
    assert not any("reasons of" in line or "what helps" in line for line in lines)  # counts only
    assert "migrate-store: done" in lines[-1]
    first = await transfer(source, target, batch=4, say=lines.append)
    again = await transfer(source, target, batch=1000, say=lines.append)
    assert first == again and all(c.ok and c.target_total == c.source for c in again)
    assert {c.table: c.source for c in again} == {"people": 25, "events": 80, "journeys": 30, "reminders": 7,
                                                  "channels": 7, "safety_plan": 18, "guild_settings": 3}
    assert [c.table for c in again] == list(TABLES)


async def test_an_interrupted_copy_is_finished_by_running_again(ends):
    source, target = ends
    await fill(source, people=10)
    store = await open_store(target)  # as if a first run stopped part-way: some rows already there
    try:
        await save(store, person("test:003", step=3, vars={"figure": "friend 3"}),
                   [Event("begin", 1.0, "g1")])
    finally:
        await store.close()
    counts = await transfer(source, target, batch=3, say=lambda line: None)
    assert all(c.ok and c.target_total == c.source for c in counts)


async def test_a_newer_state_in_the_target_is_kept(tmp_path):
    source, target = f"sqlite:///{tmp_path / 's.db'}", str(tmp_path / "t.db")
    await fill(source, people=3)
    store = await open_store(target)
    try:
        await save(store, person("test:001", step=40, updated_at=99.0))
    finally:
        await store.close()
    assert await migrate_store(source, target, say=lambda line: None) == 0
    assert (await snapshot(target, ["test:001"]))[0][0].step == 40


async def test_journeys_and_reminders_the_target_holds_are_merged_not_overwritten(tmp_path):
    source, target = f"sqlite:///{tmp_path / 's.db'}", str(tmp_path / "t.db")
    await fill(source, people=3)
    store = await open_store(target)  # the target already saw more of test:001's journey, and a reminder
    try:
        await save(store, person("test:001", stage="embrace", vars={"_checkin_before": "9"}, updated_at=99.0),
                   [Event("begin", 1.0, "g7")])
        await store.set_reminder("test:001", 5000.0, 98.0)
    finally:
        await store.close()
    assert await migrate_store(source, target, say=lambda line: None) == 0
    store = await open_store(target)
    try:
        (journey,) = await store.journeys("test:001")
        assert (journey.furthest_stage, journey.checkin_before, journey.guild_id) == (6, 9, "g7")
        assert await store.reminder("test:001") == 5000.0
        assert await store.reminder("test:000") == 1000.0  # and the rest came across
    finally:
        await store.close()


async def test_plan_sections_and_server_regions_the_target_holds_are_kept(tmp_path):
    source, target = f"sqlite:///{tmp_path / 's.db'}", str(tmp_path / "t.db")
    await fill(source, people=4)  # test:000 and test:003 have plans, written at 4.0 + i and 5.0
    store = await open_store(target)  # the target saw a later edit of one section, and chose g0's region
    try:
        await store.save_plan_item("test:000", "reasons", "edited later, in the target", 50.0)
        await store.save_plan_item("test:003", "what_helps", "an older edit", 1.0)
        await store.set_guild_region("g0", "AU")
    finally:
        await store.close()
    assert await migrate_store(source, target, say=lambda line: None) == 0
    store = await open_store(target)
    try:
        assert await store.plan("test:000") == {"reasons": "edited later, in the target",
                                                "what_helps": "what helps 0\n'quoted'"}
        assert (await store.plan("test:003"))["what_helps"] == "what helps 3\n'quoted'"  # the newer copy wins
        assert await store.guild_region("g0") == "AU" and await store.guild_region("g1") == "FR"
    finally:
        await store.close()


@pytest.mark.parametrize("table", ["journeys", "reminders", "safety_plan", "guild_settings"])
async def test_missing_insight_rows_fail_the_command(tmp_path, monkeypatch, table):
    source, target = str(tmp_path / "s.db"), str(tmp_path / "t.db")
    await fill(source, people=5)
    real = _Side.write

    async def drop(self, sql, rows):
        if f"INTO {table}" not in sql:
            await real(self, sql, rows)

    monkeypatch.setattr(_Side, "write", drop)
    lines: list[str] = []
    assert await migrate_store(source, target, say=lines.append) == 1
    assert any(line.startswith(table) and "MISSING" in line for line in lines)
    assert not any(line.startswith("people") and "MISSING" in line for line in lines)


async def test_missing_rows_fail_the_command(tmp_path, monkeypatch):
    source, target = str(tmp_path / "s.db"), str(tmp_path / "t.db")
    await fill(source, people=3)
    real = _Side.write

    async def drop_events(self, sql, rows):
        if "INTO events" not in sql:
            await real(self, sql, rows)

    monkeypatch.setattr(_Side, "write", drop_events)
    lines: list[str] = []
    assert await migrate_store(source, target, say=lines.append) == 1
    assert any(line.startswith("events") and "MISSING" in line for line in lines)
    assert "FAILED" in lines[-1]


async def test_refuses_what_it_cannot_copy(tmp_path):
    with pytest.raises(SettingsError, match="no SQLite file"):
        await transfer(str(tmp_path / "absent.db"), str(tmp_path / "t.db"))
    assert not (tmp_path / "absent.db").exists()  # and did not create it
    await fill(str(tmp_path / "s.db"), people=1)
    with pytest.raises(SettingsError, match="same store"):
        await transfer(str(tmp_path / "s.db"), f"sqlite:///{tmp_path / 's.db'}")
    import sqlite3

    with sqlite3.connect(tmp_path / "s.db") as raw:
        raw.execute("CREATE TABLE journal (person_id TEXT)")
    with pytest.raises(SettingsError, match="journal"):
        await transfer(str(tmp_path / "s.db"), str(tmp_path / "t.db"))


@pytest.mark.parametrize("dialect", ["sqlite", "postgres"])
def test_every_table_the_migrations_create_is_copied(dialect):
    created = {m.group(1).lower() for _, _, sql in migrations(dialect)
               for m in re.finditer(r"CREATE TABLE (?:IF NOT EXISTS )?(\w+)", sql, re.IGNORECASE)}
    assert created == set(TABLES)


async def test_the_command_line(tmp_path, pg_url, capsys):
    source = f"sqlite:///{tmp_path / 'w.db'}"
    await fill(source, people=5)
    assert await _run_main(["migrate-store", "--from", source, "--to", pg_url]) == 0
    assert await _run_main(["migrate-store", "--from", source, "--to", pg_url, "--batch", "2"]) == 0
    out = capsys.readouterr().out
    assert out.count("people         source         5   in target         5   (target total 5)   ok") == 2


async def _run_main(argv: list[str]) -> int:
    import asyncio

    return await asyncio.to_thread(main, argv)  # main runs its own event loop
