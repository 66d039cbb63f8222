"""The default store: one SQLite file through aiosqlite, with group commit."""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, AsyncIterator, Sequence

import aiosqlite

from bot.journey.model import PersonState
from bot.store.base import STATE_COLUMNS, Event, row_to_state, state_to_row
from bot.store.batch import Batcher
from bot.store.migrate import migrations, statements

log = logging.getLogger(__name__)

_UPSERT = (
    f"INSERT INTO people ({', '.join(STATE_COLUMNS)}) VALUES ({', '.join('?' * len(STATE_COLUMNS))}) "
    "ON CONFLICT (person_id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in STATE_COLUMNS[1:])
)
_SELECT = f"SELECT {', '.join(STATE_COLUMNS)} FROM people WHERE person_id IN "
_ERASE = ("DELETE FROM people WHERE person_id = ?", "DELETE FROM events WHERE person_id = ?")
_INSERT_EVENT = "INSERT INTO events (person_id, guild_id, kind, at) VALUES (?, ?, ?, ?)"


class _Slot:
    def __init__(self, store: SqliteStore, person_id: str, state: PersonState | None):
        self.store, self.person_id, self.state = store, person_id, state

    async def commit(self, state: PersonState | None, events: Sequence[Event] = ()) -> None:
        rows = [(self.person_id, e.guild_id, e.kind, e.at) for e in events]
        if state is None:
            await self.store._writes.submit(("erase", self.person_id, rows))
        else:
            await self.store._writes.submit(("save", state_to_row(state), rows))
        self.state = state


class SqliteStore:
    """People's states in SQLite. Writes from concurrent turns share one transaction."""

    def __init__(self, conn: aiosqlite.Connection, path: Path):
        self.conn, self.path = conn, path
        self._writes: Batcher[tuple[str, Any, list], None] = Batcher(self._write_batch)
        self._reads: Batcher[str, PersonState | None] = Batcher(self._read_batch, limit=500)

    @classmethod
    async def open(cls, path: Path | str) -> SqliteStore:
        """Open (creating folder and file when missing), tune, and migrate."""
        path = Path(path)
        if str(path) != ":memory:":
            path.parent.mkdir(parents=True, exist_ok=True)
        conn = await aiosqlite.connect(path)
        try:
            await conn.execute("PRAGMA journal_mode=WAL")
            await conn.execute("PRAGMA synchronous=NORMAL")  # durable across crashes in WAL mode
            await conn.execute("PRAGMA busy_timeout=5000")
            await _migrate(conn)
        except BaseException:
            await conn.close()
            raise
        return cls(conn, path)

    @asynccontextmanager
    async def person(self, person_id: str) -> AsyncIterator[_Slot]:
        """Hold one person's record for a turn; the service's lock gives the ordering."""
        yield _Slot(self, person_id, await self._reads.submit(person_id))

    async def load(self, person_id: str) -> PersonState | None:
        """Read a person's state."""
        return await self._reads.submit(person_id)

    async def forget(self, person_id: str) -> None:
        """Erase everything stored about a person."""
        await self._writes.submit(("erase", person_id, []))

    async def set_channel(self, guild_id: str, channel_id: str, enabled: bool, by: str, now: float) -> None:
        """Enable or disable the bot in one channel."""
        await self._writes.submit(("channel", (guild_id, channel_id, enabled, by, now), []))

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

    async def count_events(self, guild_id: str | None = None) -> dict[str, int]:
        """Aggregate event counts, optionally for one guild: labels and numbers only."""
        where, args = ("WHERE guild_id = ?", (guild_id,)) if guild_id else ("", ())
        rows = await self.conn.execute_fetchall(
            f"SELECT kind, COUNT(DISTINCT person_id) FROM events {where} GROUP BY kind", args)
        return {kind: count for kind, count in rows}

    async def close(self) -> None:
        """Finish pending writes, then close the file."""
        await self._writes.close()
        await self._reads.close()
        await self.conn.close()

    async def _read_batch(self, person_ids: list[str]) -> list[PersonState | None]:
        unique = list(dict.fromkeys(person_ids))
        sql = _SELECT + f"({', '.join('?' * len(unique))})"
        found: dict[str, PersonState | None] = {}
        for row in await self.conn.execute_fetchall(sql, unique):
            try:
                found[row[0]] = row_to_state(row)
            except (ValueError, TypeError) as exc:  # a damaged row starts fresh rather than crash
                log.warning("unreadable state for a person, starting fresh: %s", exc)
        return [found.get(pid) for pid in person_ids]

    async def _write_batch(self, ops: list[tuple[str, Any, list]]) -> list[None]:
        try:
            saves = [payload for kind, payload, _ in ops if kind == "save"]
            events = [row for _, _, rows in ops for row in rows]
            for kind, payload, _ in ops:  # erasures and settings are rare: one statement each
                if kind == "erase":
                    for sql in _ERASE:
                        await self.conn.execute(sql, (payload,))
                elif kind == "channel":
                    await self._write_channel(*payload)
            if saves:
                await self.conn.executemany(_UPSERT, saves)
            if events:
                await self.conn.executemany(_INSERT_EVENT, events)
            await self.conn.commit()
        except BaseException:
            await self.conn.rollback()
            raise
        return [None] * len(ops)

    async def _write_channel(self, guild_id: str, channel_id: str, enabled: bool, by: str, now: float) -> None:
        if enabled:
            await self.conn.execute(
                "INSERT INTO channels (guild_id, channel_id, enabled_by, enabled_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (guild_id, channel_id) DO NOTHING", (guild_id, channel_id, by, now))
        else:
            await self.conn.execute(
                "DELETE FROM channels WHERE guild_id = ? AND channel_id = ?", (guild_id, channel_id))


async def _migrate(conn: aiosqlite.Connection) -> None:
    (version,) = await (await conn.execute("PRAGMA user_version")).fetchone()
    for number, name, sql in migrations("sqlite"):
        if number <= version:
            continue
        log.info("applying migration %s", name)
        await conn.execute("BEGIN")
        try:
            for statement in statements(sql):
                await conn.execute(statement)
            await conn.execute(f"PRAGMA user_version = {number:d}")
            await conn.commit()
        except BaseException:
            await conn.rollback()
            raise
