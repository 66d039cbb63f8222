"""The naive baseline: aiosqlite with one await per statement and a commit per turn.

Not for production: it exists so `wellspring bench` can show what group commit buys. Same
schema and migrations as SqliteStore; the only difference is how turns reach SQLite.
"""

from __future__ import annotations

import sqlite3
import time
from contextlib import asynccontextmanager
from pathlib import Path
from typing import AsyncIterator, Sequence

import aiosqlite

from bot.journey.model import PersonState
from bot.store.base import STATE_COLUMNS, Event, row_to_state, state_to_row
from bot.store.sqlite import _ERASE, _INSERT_EVENT, _UPSERT, migrate

_SELECT_ONE = f"SELECT {', '.join(STATE_COLUMNS)} FROM people WHERE person_id = ?"


class _Slot:
    def __init__(self, store: NaiveStore, person_id: str, state: PersonState | None):
        self.store, self.person_id, self.state = store, person_id, state

    async def commit(self, state: PersonState | None, events: Sequence[Event] = ()) -> None:
        conn = self.store.conn
        if state is None:
            await self.store.forget(self.person_id)
        else:
            await conn.execute(_UPSERT, state_to_row(state))
            for e in events:  # rare (stage changes): one more await each
                await conn.execute(_INSERT_EVENT, (self.person_id, e.guild_id, e.kind, e.at))
            await conn.commit()
        self.state = state


class NaiveStore:
    """People's states in SQLite, one transaction per turn, every statement its own await."""

    def __init__(self, conn: aiosqlite.Connection, path: Path):
        self.conn, self.path = conn, path

    @classmethod
    async def open(cls, path: Path | str) -> NaiveStore:
        """Open, tune exactly like SqliteStore (WAL, synchronous=NORMAL), and migrate."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        with sqlite3.connect(path, isolation_level=None) as setup:  # same schema, same migrations
            setup.execute("PRAGMA journal_mode=WAL")
            migrate(setup)
        setup.close()
        conn = await aiosqlite.connect(path)
        await conn.execute("PRAGMA synchronous=NORMAL")
        await conn.execute("PRAGMA busy_timeout=5000")
        return cls(conn, path)

    @asynccontextmanager
    async def person(self, person_id: str) -> AsyncIterator[_Slot]:
        """Hold one person's record for a turn: one read, one await."""
        yield _Slot(self, person_id, await self.load(person_id))

    async def load(self, person_id: str) -> PersonState | None:
        """Read a person's state."""
        rows = await self.conn.execute_fetchall(_SELECT_ONE, (person_id,))
        return row_to_state(rows[0]) if rows else None

    async def forget(self, person_id: str) -> None:
        """Erase everything stored about a person."""
        for sql in _ERASE:
            await self.conn.execute(sql, (person_id,))
        await self.conn.commit()

    async def set_channel(self, guild_id: str, channel_id: str, enabled: bool, by: str, now: float) -> None:
        """Enable or disable the bot in one channel."""
        if enabled:
            await self.conn.execute(
                "INSERT INTO channels (guild_id, channel_id, enabled_by, enabled_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (guild_id, channel_id) DO NOTHING", (guild_id, channel_id, by, now))
        else:
            await self.conn.execute(
                "DELETE FROM channels WHERE guild_id = ? AND channel_id = ?", (guild_id, channel_id))
        await self.conn.commit()

    async def channels(self, guild_id: str) -> list[str]:
        """Enabled channel ids of a guild."""
        rows = await self.conn.execute_fetchall(
            "SELECT channel_id FROM channels WHERE guild_id = ? ORDER BY enabled_at", (guild_id,))
        return [r[0] for r in rows]

    async def is_enabled(self, guild_id: str, channel_id: str) -> bool:
        """Whether the bot may act in this channel."""
        rows = await self.conn.execute_fetchall(
            "SELECT 1 FROM channels WHERE guild_id = ? AND channel_id = ?", (guild_id, channel_id))
        return bool(rows)

    async def close(self) -> None:
        """Close the file."""
        await self.conn.close()


def raw_upsert_rate(path: Path | str, sample: PersonState, seconds: float = 1.0, people: int = 10_000) -> float:
    """SQLite's own pace: stdlib sqlite3, one upsert and one commit per call, in a loop; calls/s."""
    with sqlite3.connect(path, isolation_level=None) as setup:
        setup.execute("PRAGMA journal_mode=WAL")
        migrate(setup)
    setup.close()
    conn = sqlite3.connect(path)  # Python's default: the upsert opens a transaction, commit() ends it
    try:
        conn.execute("PRAGMA synchronous=NORMAL")
        base = state_to_row(sample)
        rows = [(f"raw:{i}", *base[1:]) for i in range(people)]
        done, clock = 0, time.perf_counter
        start = clock()
        deadline = start + seconds
        while True:
            for _ in range(1000):  # check the clock every thousand calls, not every call
                conn.execute(_UPSERT, rows[done % people])
                conn.commit()
                done += 1
            if clock() >= deadline:
                return done / (clock() - start)
    finally:
        conn.close()
