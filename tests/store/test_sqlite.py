"""What only the SQLite store does: its file, WAL, user_version, and group commit.

Behaviour every store shares (round trips, erasure, channels, ordering) is in test_contract.py.
"""

from __future__ import annotations

import asyncio
import sqlite3

import pytest

from bot.store import open_store
from bot.store.migrate import migrations
from bot.store.sqlite import SqliteStore

from .conftest import person, save


@pytest.fixture
async def store(tmp_path):
    opened = await SqliteStore.open(tmp_path / "nested" / "wellspring.db")
    yield opened
    await opened.close()


async def test_folder_is_created_and_migrations_recorded(tmp_path):
    path = tmp_path / "a" / "b" / "w.db"
    store = await SqliteStore.open(path)
    await store.close()
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == len(migrations("sqlite"))
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


@pytest.mark.parametrize("form", ["{path}", "sqlite:///{path}"])
async def test_open_store_takes_a_path_or_a_sqlite_url(tmp_path, form):
    path = tmp_path / "w.db"
    store = await open_store(form.format(path=path))
    try:
        assert isinstance(store, SqliteStore) and store.path == path
    finally:
        await store.close()


async def test_concurrent_turns_share_commits(store):
    people = [person(f"test:{i}", step=i) for i in range(300)]
    await asyncio.gather(*(save(store, p) for p in people))
    assert store._writes.items == 300
    assert store._writes.batches < 30  # group commit: far fewer transactions than turns
    loaded = await asyncio.gather(*(store.load(p.person_id) for p in people))
    assert loaded == people


async def test_a_failed_batch_reports_the_database_error(store):
    with pytest.raises(sqlite3.IntegrityError):
        await save(store, person("test:bad", status="lost"))  # violates the CHECK constraint


def file_at_level(path, level: int) -> None:
    """A file as an older release left it: migrations up to `level` applied, with someone mid-journey."""
    from bot.store.base import state_to_row
    from bot.store.migrate import statements
    from bot.store.sqlite_sql import UPSERT

    with sqlite3.connect(path, isolation_level=None) as raw:
        for number, _, sql in migrations("sqlite"):
            if number <= level:
                for statement in statements(sql):
                    raw.execute(statement)
        raw.execute(f"PRAGMA user_version = {level:d}")
        raw.execute(UPSERT, state_to_row(person()))
        raw.execute("INSERT INTO channels VALUES ('g1', 'c1', 'mod', 1.0)")
    raw.close()


@pytest.mark.parametrize("level", range(1, len(migrations("sqlite"))))
@pytest.mark.parametrize("kind", ["sqlite", "naive"])
async def test_an_older_file_is_upgraded_in_place(tmp_path, level, kind):
    from bot.store.naive import NaiveStore

    path = tmp_path / "old.db"
    file_at_level(path, level)
    store = await (SqliteStore if kind == "sqlite" else NaiveStore).open(path)
    try:
        assert await store.load("test:ada") == person() and await store.channels("g1") == ["c1"]
        assert await store.plan("test:ada") == {} and await store.guild_region("g1") is None
        await store.save_plan_item("test:ada", "reasons", "still here", 5.0)
        await store.set_guild_region("g1", "CA")
        assert await store.plan("test:ada") == {"reasons": "still here"}
        assert await store.guild_region("g1") == "CA"
        assert (await store.export("test:ada"))["safety_plan"] == {"reasons": {"text": "still here",
                                                                              "updated_at": 5.0}}
    finally:
        await store.close()
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == len(migrations("sqlite")) >= 3
        tables = {name for (name,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"safety_plan", "guild_settings"} <= tables
    raw.close()
    store = await SqliteStore.open(path)  # opening again applies nothing and loses nothing
    try:
        assert await store.plan("test:ada") == {"reasons": "still here"} and await store.guild_region("g1") == "CA"
    finally:
        await store.close()
