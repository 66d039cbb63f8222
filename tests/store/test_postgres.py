"""What only the PostgreSQL store does: schema_version, locks across pools, URLs, erasure."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest

from bot.config import SettingsError
from bot.store import open_store, redact
from bot.store.base import Event
from bot.store.migrate import migrations

from .conftest import person, postgres_backend, save

pytestmark = pytest.mark.stores("postgres")

asyncpg = pytest.importorskip("asyncpg", reason="asyncpg missing: the PostgreSQL store is UNTESTED")


async def fetch(url: str, sql: str) -> list[tuple]:
    conn = await asyncpg.connect(url)
    try:
        return [tuple(r) for r in await conn.fetch(sql)]
    finally:
        await conn.close()


async def test_migrations_are_numbered_like_sqlites():
    assert [n for n, _, _ in migrations("postgres")] == [n for n, _, _ in migrations("sqlite")]
    assert [name for _, name, _ in migrations("postgres")] == [name for _, name, _ in migrations("sqlite")]


async def test_schema_mirrors_sqlite_table_for_table(backend, store, tmp_path):
    raw = sqlite3.connect(tmp_path / "mirror.db")
    for _, _, sql in migrations("sqlite"):
        raw.executescript(sql)
    sqlite_tables = {t: [c[1] for c in raw.execute(f"PRAGMA table_info({t})")]
                     for (t,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    rows = await backend.sql("SELECT table_name, column_name FROM information_schema.columns "
                             "WHERE table_schema = 'public' ORDER BY table_name, ordinal_position")
    pg_tables: dict[str, list[str]] = {}
    for table, column in rows:
        pg_tables.setdefault(table, []).append(column)
    assert pg_tables.pop("schema_version") == ["version", "name", "applied_at"]
    assert pg_tables == sqlite_tables


async def test_versions_recorded_and_processes_starting_together_migrate_once(pg_url):
    backend = postgres_backend(pg_url)
    try:
        await asyncio.gather(*(backend.open() for _ in range(4)))
        versions = await fetch(pg_url, "SELECT version, name FROM schema_version ORDER BY version")
        assert versions == [(n, name) for n, name, _ in migrations("postgres")]
        await backend.open()  # and opening again applies nothing
        assert len(await fetch(pg_url, "SELECT * FROM schema_version")) == len(versions)
    finally:
        await backend.close()


async def test_a_turn_in_another_process_waits_then_sees_the_commit(backend):
    first, second = await backend.open(), await backend.open()
    await save(first, person(step=1))
    async with first.person("test:ada") as held:
        waiting = asyncio.create_task(_read_step_in_a_turn(second, "test:ada"))
        await asyncio.sleep(0.2)
        assert not waiting.done()  # held across pools by the advisory lock
        await save(second, person("test:bea"))  # other people are not held up
        await held.commit(person(step=2))
    assert await asyncio.wait_for(waiting, 5) == 2


async def _read_step_in_a_turn(store, pid: str) -> int:
    async with store.person(pid) as slot:
        return slot.state.step


async def test_forget_waits_for_a_turn_in_flight_and_wins(backend):
    first, second = await backend.open(), await backend.open()
    async with first.person("test:ada") as held:
        erasing = asyncio.create_task(second.forget("test:ada"))
        await asyncio.sleep(0.2)
        assert not erasing.done()
        await held.commit(person(), [Event("begin", 1.0)])
    await asyncio.wait_for(erasing, 5)
    assert await first.load("test:ada") is None and await first.count_events() == {}


async def test_a_cancelled_turn_releases_the_person(store):
    entered = asyncio.Event()

    async def stuck() -> None:
        async with store.person("test:ada"):
            entered.set()
            await asyncio.sleep(60)

    task = asyncio.create_task(stuck())
    await entered.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await asyncio.wait_for(save(store, person()), 5)
    assert await store.load("test:ada") == person()


async def test_erasure_keeps_counts_but_not_the_person(backend, store):
    for pid in ("test:ada", "test:bea"):
        await save(store, person(pid), [Event("begin", 1.0, "g1")])
        async with store.person(pid) as slot:
            await slot.commit(None, [Event("forget", 2.0, "g1")])
    assert await store.count_events("g1") == {"forget": 2}
    owners = [pid for (pid,) in await backend.sql("SELECT person_id FROM events")]
    assert len(owners) == 2 and all(o.startswith("erased:") for o in owners) and len(set(owners)) == 2


async def test_open_store_dispatches_on_the_url(pg_url):
    from bot.store.postgres import PostgresStore

    store = await open_store(pg_url + "?pool_size=3")
    try:
        assert isinstance(store, PostgresStore) and store.pool.get_max_size() == 3
        await save(store, person())
    finally:
        await store.close()
    store = await open_store(pg_url.replace("postgresql://", "postgres://", 1))
    try:
        assert await store.load("test:ada") == person()
    finally:
        await store.close()


async def test_an_unreachable_server_is_a_clear_setting_error():
    with pytest.raises(SettingsError) as caught:
        await open_store("postgresql://bot:s3cret@127.0.0.1:1/wellspring")
    assert "127.0.0.1:1" in str(caught.value) and "s3cret" not in str(caught.value)


async def test_bad_settings_are_refused():
    with pytest.raises(SettingsError):
        await open_store("mysql://localhost/wellspring")
    with pytest.raises(SettingsError):
        await open_store("postgresql://localhost/wellspring?pool_size=many")
    assert redact("postgresql://bot:s3cret@db:5432/w") == "postgresql://bot:***@db:5432/w"
    assert redact("data/wellspring.db") == "data/wellspring.db"


async def test_a_reminder_changed_inside_a_turn_is_committed_with_the_turn(backend):
    first, second = await backend.open(), await backend.open()
    await save(first, person())
    await first.set_reminder("test:ada", 5.0, 1.0)
    async with first.person("test:ada") as slot:
        assert await first.cancel_reminder("test:ada") is True  # on the turn's connection, in its transaction
        assert await first.reminder("test:ada") is None
        assert await second.reminder("test:ada") == 5.0  # not committed yet
        assert await second.claim_due_reminders(10.0) == []  # locked by the turn: skipped, not waited for
        await slot.commit(person(step=5))
    assert await second.reminder("test:ada") is None and await second.claim_due_reminders(10.0) == []
    await first.set_reminder("test:ada", 5.0, 1.0)
    with pytest.raises(RuntimeError):
        async with first.person("test:ada"):
            await first.cancel_reminder("test:ada")
            raise RuntimeError("the turn failed before its commit")
    assert await second.claim_due_reminders(10.0) == ["test:ada"]  # so the cancel was undone with it


async def test_a_turn_is_one_statement_for_state_journey_and_events(backend, store, monkeypatch):
    from bot.store import postgres_sql

    sent: list[str] = []
    real = asyncpg.Connection.execute

    async def spy(self, query, *args, **kwargs):
        sent.append(query)
        return await real(self, query, *args, **kwargs)

    monkeypatch.setattr(asyncpg.Connection, "execute", spy)
    await save(store, person(), [Event("begin", 1.0, "g1")])
    await save(store, person(step=5))
    assert sent.count(postgres_sql.SAVE_WITH_EVENTS) == 1 and sent.count(postgres_sql.SAVE) == 1
    assert len(sent) == 6  # begin+lock, the write, COMMIT; twice
    assert await backend.sql("SELECT number, guild_id, furthest_stage FROM journeys") == [(1, "g1", 3)]


@pytest.mark.parametrize("level", range(1, len(migrations("postgres"))))
async def test_an_older_database_is_upgraded_in_place(pg_url, level):
    from bot.store.postgres import _row
    from bot.store.postgres_sql import UPSERT

    conn = await asyncpg.connect(pg_url)  # the schema as an older release left it, with someone mid-journey
    try:
        await conn.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                           "applied_at TIMESTAMPTZ NOT NULL DEFAULT now())")
        for number, name, sql in migrations("postgres"):
            if number <= level:
                await conn.execute(sql)
                await conn.execute("INSERT INTO schema_version (version, name) VALUES ($1, $2)", number, name)
        await conn.execute(UPSERT, *_row(person()))
        await conn.execute("INSERT INTO channels VALUES ('g1', 'c1', 'mod', 1.0)")
    finally:
        await conn.close()
    backend = postgres_backend(pg_url)
    try:
        store = await backend.open()
        assert await store.load("test:ada") == person() and await store.channels("g1") == ["c1"]
        assert await store.plan("test:ada") == {} and await store.guild_region("g1") is None
        await store.save_plan_item("test:ada", "reasons", "still here", 5.0)
        await store.set_guild_region("g1", "CA")
        again = await backend.open()  # a second process applies nothing more
        assert await again.plan("test:ada") == {"reasons": "still here"} and await again.guild_region("g1") == "CA"
        versions = await fetch(pg_url, "SELECT version, name FROM schema_version ORDER BY version")
        assert versions == [(n, name) for n, name, _ in migrations("postgres")]
        assert (3, "0003_safety_plan_and_region.sql") in versions
    finally:
        await backend.close()


async def test_a_plan_item_saved_inside_a_turn_is_committed_with_the_turn(backend):
    first, second = await backend.open(), await backend.open()
    async with first.person("test:ada") as slot:
        await first.save_plan_item("test:ada", "reasons", "My cat", 1.0)  # on the turn's connection
        assert await first.plan("test:ada") == {"reasons": "My cat"}
        assert await second.plan("test:ada") == {}  # not committed yet
        await slot.commit(person())
    assert await second.plan("test:ada") == {"reasons": "My cat"}
    with pytest.raises(RuntimeError):
        async with first.person("test:ada"):
            await first.save_plan_item("test:ada", "reasons", "never kept", 2.0)
            raise RuntimeError("the turn failed before its commit")
    assert await second.plan("test:ada") == {"reasons": "My cat"}  # undone with the turn
    await first.save_plan_item("test:ada", "reasons", "outside a turn", 3.0)  # its own transaction
    assert await second.plan("test:ada") == {"reasons": "outside a turn"}
