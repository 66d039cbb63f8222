"""Every store behind one fixture, so one suite holds them all to the same contract."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest

from bot.journey.model import PersonState
from bot.store.base import Store
from bot.store.memory import MemoryStore

STORES = ("memory", "sqlite", "postgres")
ALL_STORES = (*STORES, "naive")  # the bench's baseline too, for the tests that name it


def person(pid: str = "test:ada", **changes) -> PersonState:
    """A person part-way through the candle stage."""
    base = PersonState(pid, "candle", "warmth", vars={"figure": "a friend"}, reframes_seen=("failure.1",),
                       started_at=10.0, updated_at=11.0, step=4)
    return replace(base, **changes)


async def save(store: Store, state: PersonState, events=()) -> None:
    """One turn that stores `state`."""
    async with store.person(state.person_id) as slot:
        await slot.commit(state, events)


@dataclass
class Backend:
    """One engine's data: open more stores over it (another "process"), or read its rows raw."""

    name: str
    target: str
    _open: Callable[[], Awaitable[Store]]
    _sql: Callable[[str], Awaitable[list[tuple]]] | None = None
    opened: list[Store] = field(default_factory=list)

    async def open(self) -> Store:
        """Another store over the same data, closed at teardown."""
        store = await self._open()
        self.opened.append(store)
        return store

    async def sql(self, statement: str) -> list[tuple]:
        """Run raw SQL (no parameters) against the data; memory has none, so its tests skip."""
        if self._sql is None:
            pytest.skip(f"{self.name} store has no SQL")
        return await self._sql(statement)

    async def close(self) -> None:
        """Close every store opened here."""
        for store in reversed(self.opened):
            await store.close()


def sqlite_backend(path: Path) -> Backend:
    """SQLite in a file: every store opens its own connection."""
    from bot.store.sqlite import SqliteStore

    async def sql(statement: str) -> list[tuple]:
        with sqlite3.connect(path) as raw:  # a separate connection sees only committed data
            return raw.execute(statement).fetchall()

    return Backend("sqlite", str(path), lambda: SqliteStore.open(path), sql)


def naive_backend(path: Path) -> Backend:
    """The naive SQLite baseline (`wellspring bench`): the same schema, one await per statement."""
    from bot.store.naive import NaiveStore

    async def sql(statement: str) -> list[tuple]:
        with sqlite3.connect(path) as raw:
            return raw.execute(statement).fetchall()

    return Backend("naive", str(path), lambda: NaiveStore.open(path), sql)


def postgres_backend(url: str) -> Backend:
    """PostgreSQL: every store is its own pool, as a separate process would have."""
    import asyncpg

    from bot.store.postgres import PostgresStore

    async def sql(statement: str) -> list[tuple]:
        conn = await asyncpg.connect(url)
        try:
            return [tuple(row) for row in await conn.fetch(statement)]
        finally:
            await conn.close()

    return Backend("postgres", url, lambda: PostgresStore.open(url, pool_size=8), sql)


def memory_backend() -> Backend:
    """One MemoryStore shared by every "process" in the test."""
    shared = MemoryStore()

    async def same() -> Store:
        return shared

    return Backend("memory", "memory", same)


@pytest.fixture
async def backend(request, tmp_path) -> AsyncIterator[Backend]:
    """The engine named by the test's parameter (all three by default, see pytest_generate_tests)."""
    name = request.param
    if name == "sqlite":
        made = sqlite_backend(tmp_path / "nested" / "wellspring.db")
    elif name == "postgres":
        made = postgres_backend(request.getfixturevalue("pg_url"))
    elif name == "naive":
        made = naive_backend(tmp_path / "naive.db")
    else:
        made = memory_backend()
    try:
        yield made
    finally:
        await made.close()


@pytest.fixture
async def store(backend: Backend) -> Store:
    """A store over the test's engine."""
    return await backend.open()


def pytest_generate_tests(metafunc: Any) -> None:
    """Run each contract test on every store, or only on those its `stores` mark names."""
    if "backend" in metafunc.fixturenames:
        mark = metafunc.definition.get_closest_marker("stores")
        names = mark.args if mark else STORES
        metafunc.parametrize("backend", names, indirect=True)


def pytest_configure(config: Any) -> None:
    """Declare the `stores` mark."""
    config.addinivalue_line("markers", "stores(*names): run a contract test only on these stores")
