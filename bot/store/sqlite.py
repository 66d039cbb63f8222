"""The default store: one SQLite file, with group commit.

Two connections. Writes go to one writer thread: each batch of turns is one transaction and one
hop, and its rows travel as multi-row statements, so SQLite runs each statement in a single call
with the GIL released (executemany would release and retake it per row, fighting the event loop
for the GIL). Reads run on the event loop's own thread, batched: in WAL mode a reader never waits
for the writer, and a few microseconds of SQLite cost less than any hop to a thread.
"""

from __future__ import annotations

import asyncio
from dataclasses import asdict
import logging
import sqlite3
import tempfile
from concurrent.futures import ThreadPoolExecutor
from itertools import chain
from pathlib import Path
from typing import Any, Sequence

from bot.journey.model import PersonState
from bot.store.base import (JOURNEY_COLUMNS, STATE_COLUMNS, Event, Funnel, JourneyRecord, export_state, journey_row,
                            row_to_state, state_to_row)
from bot.store.batch import Batcher, Failed
from bot.store.migrate import migrations, statements

log = logging.getLogger(__name__)

_COLUMNS = ", ".join(STATE_COLUMNS)
_ROW = "(" + ", ".join("?" * len(STATE_COLUMNS)) + ")"
_ON_CONFLICT = (" ON CONFLICT (person_id) DO UPDATE SET "
                + ", ".join(f"{c} = excluded.{c}" for c in STATE_COLUMNS[1:]))
_UPSERT = f"INSERT INTO people ({_COLUMNS}) VALUES {_ROW}{_ON_CONFLICT}"
_INSERT_EVENT = "INSERT INTO events (person_id, guild_id, kind, at) VALUES (?, ?, ?, ?)"
_ERASE = tuple(f"DELETE FROM {table} WHERE person_id = ?" for table in ("people", "events", "journeys", "reminders"))
_JOURNEY_ROW = "(" + ", ".join("?" * len(JOURNEY_COLUMNS)) + ")"
# A journey keeps the server it was begun from, its first finish and its furthest stage.
_JOURNEY_CONFLICT = (" ON CONFLICT (person_id, number) DO UPDATE SET"
                     " guild_id = COALESCE(journeys.guild_id, excluded.guild_id),"
                     " finished_at = COALESCE(journeys.finished_at, excluded.finished_at),"
                     " furthest_stage = MAX(journeys.furthest_stage, excluded.furthest_stage),"
                     " checkin_before = excluded.checkin_before, checkin_after = excluded.checkin_after")
# Multi-row statements come in these sizes only: a handful of cached statement texts cover any batch.
_CHUNKS = (256, 64, 16, 4, 1)
_SELECTS = {n: f"SELECT {_COLUMNS} FROM people WHERE person_id IN ({', '.join('?' * n)})" for n in _CHUNKS}
_UPSERTS = {n: f"INSERT INTO people ({_COLUMNS}) VALUES {', '.join([_ROW] * n)}{_ON_CONFLICT}" for n in _CHUNKS}
_JOURNEYS = {n: f"INSERT INTO journeys ({', '.join(JOURNEY_COLUMNS)}) VALUES {', '.join([_JOURNEY_ROW] * n)}"
             + _JOURNEY_CONFLICT for n in _CHUNKS}
_EVENTS = {n: "INSERT INTO events (person_id, guild_id, kind, at) VALUES " + ", ".join(["(?, ?, ?, ?)"] * n)
           for n in _CHUNKS}

Op = tuple[str, Any, list]  # ("save", (row, journey), events) | ("erase", person_id, events) | ("channel", args, [])


class _Slot:
    __slots__ = ("store", "person_id", "state")

    def __init__(self, store: SqliteStore, person_id: str, state: PersonState | None):
        self.store, self.person_id, self.state = store, person_id, state

    async def commit(self, state: PersonState | None, events: Sequence[Event] = ()) -> None:
        rows = [(self.person_id, e.guild_id, e.kind, e.at) for e in events]
        if state is None:
            await self.store._writes.submit(("erase", self.person_id, rows))
        else:
            await self.store._writes.submit(("save", (state_to_row(state), journey_row(state, events)), rows))
        self.state = state


class _Hold:
    """`async with store.person(id)`: a plain class, cheaper per turn than a generator."""

    __slots__ = ("store", "person_id")

    def __init__(self, store: SqliteStore, person_id: str):
        self.store, self.person_id = store, person_id

    async def __aenter__(self) -> _Slot:
        return _Slot(self.store, self.person_id, await self.store._reads.submit(self.person_id))

    async def __aexit__(self, *exc: object) -> None:
        return None


class SqliteStore:
    """People's states in SQLite. Writes from concurrent turns share one transaction."""

    def __init__(self, path: Path, writer: sqlite3.Connection, reader: sqlite3.Connection,
                 thread: ThreadPoolExecutor, scratch: tempfile.TemporaryDirectory | None = None):
        self.path, self._writer, self._reader, self._thread = path, writer, reader, thread
        self._scratch = scratch
        self._writes: Batcher[Op, None] = Batcher(self._write_batch, limit=2048)
        self._reads: Batcher[str, PersonState | None] = Batcher(self._read_batch, limit=2048)

    @classmethod
    async def open(cls, path: Path | str) -> SqliteStore:
        """Open (creating folder and file when missing), tune, and migrate."""
        path = Path(path)
        scratch, file = None, path
        if str(path) == ":memory:":  # two connections need one database: a file that close() deletes
            scratch = tempfile.TemporaryDirectory(prefix="wellspring-")
            file = Path(scratch.name) / "memory.db"
        path.parent.mkdir(parents=True, exist_ok=True)
        thread = ThreadPoolExecutor(1, thread_name_prefix="wellspring-sqlite")
        loop = asyncio.get_running_loop()
        try:
            writer = await loop.run_in_executor(thread, _open_writer, file)
        except BaseException:
            thread.shutdown()
            raise
        reader = sqlite3.connect(file, isolation_level=None)
        reader.execute("PRAGMA busy_timeout=5000")
        return cls(path, writer, reader, thread, scratch)

    def person(self, person_id: str) -> _Hold:
        """Hold one person's record for a turn; the service's lock gives the ordering."""
        return _Hold(self, person_id)

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
        rows = self._reader.execute(
            "SELECT channel_id FROM channels WHERE guild_id = ? ORDER BY enabled_at", (guild_id,)).fetchall()
        return [r[0] for r in rows]

    async def is_enabled(self, guild_id: str, channel_id: str) -> bool:
        """Whether the bot may act in this channel."""
        return self._reader.execute(
            "SELECT 1 FROM channels WHERE guild_id = ? AND channel_id = ?", (guild_id, channel_id)).fetchone() is not None

    async def count_events(self, guild_id: str | None = None) -> dict[str, int]:
        """Aggregate event counts, optionally for one guild: labels and numbers only."""
        where, args = ("WHERE guild_id = ?", (guild_id,)) if guild_id else ("", ())
        rows = self._reader.execute(
            f"SELECT kind, COUNT(DISTINCT person_id) FROM events {where} GROUP BY kind", args).fetchall()
        return {kind: count for kind, count in rows}

    async def journeys(self, person_id: str) -> list[JourneyRecord]:
        """A person's journeys, oldest first."""
        rows = self._reader.execute(
            "SELECT number, started_at, finished_at, furthest_stage, checkin_before, checkin_after, guild_id "
            "FROM journeys WHERE person_id = ? ORDER BY number", (person_id,)).fetchall()
        return [JourneyRecord(*row) for row in rows]

    async def funnel(self, guild_id: str) -> Funnel:
        """Journeys begun from one server: started, finished, and how many reached each stage."""
        started, finished = self._reader.execute(
            "SELECT COUNT(*), COUNT(finished_at) FROM journeys WHERE guild_id = ?", (guild_id,)).fetchone()
        rows = self._reader.execute(
            "SELECT furthest_stage, COUNT(*) FROM journeys WHERE guild_id = ? GROUP BY furthest_stage",
            (guild_id,)).fetchall()
        reached = {n: sum(count for stage, count in rows if stage >= n) for n in range(1, 8)}
        return Funnel(started, finished, reached)

    async def export(self, person_id: str) -> dict[str, Any]:
        """Everything stored about one person, as JSON-ready data."""
        state = (await self._read_batch([person_id]))[0]
        events = self._reader.execute(
            "SELECT kind, at, guild_id FROM events WHERE person_id = ? ORDER BY id", (person_id,)).fetchall()
        due = self._reader.execute(
            "SELECT due_at, created_at FROM reminders WHERE person_id = ?", (person_id,)).fetchone()
        return {
            "person_id": person_id,
            "state": None if state is None else export_state(state),
            "journeys": [asdict(j) for j in await self.journeys(person_id)],
            "events": [{"kind": k, "at": at, "guild_id": g} for k, at, g in events],
            "reminder": None if due is None else {"due_at": due[0], "created_at": due[1]},
        }

    async def set_reminder(self, person_id: str, due_at: float, now: float) -> None:
        """Keep one pending reminder per person (a new one replaces the old)."""
        await self._on_writer(_run, "INSERT INTO reminders (person_id, due_at, created_at) VALUES (?, ?, ?) "
                              "ON CONFLICT (person_id) DO UPDATE SET due_at = excluded.due_at, "
                              "created_at = excluded.created_at", (person_id, due_at, now))

    async def cancel_reminder(self, person_id: str) -> bool:
        """Drop a pending reminder; whether there was one."""
        # Every begin and resume turn asks, and almost nobody has one: look on this thread first, and
        # take a trip to the writer (and a commit of its own) only when there is something to delete.
        if self._reader.execute("SELECT 1 FROM reminders WHERE person_id = ?", (person_id,)).fetchone() is None:
            return False
        return await self._on_writer(_run, "DELETE FROM reminders WHERE person_id = ?", (person_id,)) > 0

    async def reminder(self, person_id: str) -> float | None:
        """When the pending reminder is due."""
        row = self._reader.execute("SELECT due_at FROM reminders WHERE person_id = ?", (person_id,)).fetchone()
        return None if row is None else row[0]

    async def claim_due_reminders(self, now: float, limit: int = 100) -> list[str]:
        """Take due reminders in one transaction, so each is sent once."""
        return await self._on_writer(_claim, now, limit)

    async def _on_writer(self, fn, *args):
        # The writer thread runs one thing at a time, so this never lands inside a batch's transaction.
        return await asyncio.get_running_loop().run_in_executor(self._thread, fn, self._writer, *args)

    async def close(self) -> None:
        """Finish pending writes, then close the file."""
        await self._writes.close()
        await self._reads.close()
        self._reader.close()
        await asyncio.get_running_loop().run_in_executor(self._thread, self._writer.close)
        self._thread.shutdown()
        if self._scratch is not None:
            self._scratch.cleanup()

    async def _read_batch(self, person_ids: list[str]) -> list[PersonState | None]:
        unique = list(dict.fromkeys(person_ids))
        found: dict[str, PersonState | None] = {}
        for row in _select(self._reader, unique):
            try:
                found[row[0]] = row_to_state(row)
            except (ValueError, TypeError) as exc:  # a damaged row starts fresh rather than crash
                log.warning("unreadable state for a person, starting fresh: %s", exc)
        return [found.get(pid) for pid in person_ids]

    async def _write_batch(self, ops: list[Op]) -> list[None | Failed]:
        loop = asyncio.get_running_loop()
        try:
            await loop.run_in_executor(self._thread, _apply, self._writer, ops)
            return [None] * len(ops)
        except sqlite3.Error:
            if len(ops) == 1:
                raise
        # One bad turn must not fail everyone else's: redo them one transaction each.
        return await loop.run_in_executor(self._thread, _apply_each, self._writer, ops)


def _open_writer(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")  # durable across process crashes in WAL mode
        conn.execute("PRAGMA busy_timeout=5000")
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def migrate(conn: sqlite3.Connection) -> None:
    """Apply the migrations the file has not seen yet, each in its own transaction."""
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    for number, name, sql in migrations("sqlite"):
        if number <= version:
            continue
        log.info("applying migration %s", name)
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in statements(sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number:d}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _apply(conn: sqlite3.Connection, ops: list[Op]) -> None:
    """Run a batch as one transaction (on the writer thread)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        _write(conn, ops)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _apply_each(conn: sqlite3.Connection, ops: list[Op]) -> list[None | Failed]:
    results: list[None | Failed] = []
    for op in ops:
        try:
            _apply(conn, [op])
            results.append(None)
        except sqlite3.Error as exc:
            results.append(Failed(exc))
    return results


def _write(conn: sqlite3.Connection, ops: list[Op]) -> None:
    """Write ops in order; runs of saves (nearly every turn) become multi-row statements."""
    saves: list[tuple] = []
    journeys: list[tuple] = []
    events: list[tuple] = []
    for kind, payload, rows in ops:
        if kind == "save":
            saves.append(payload[0])
            journeys.append(payload[1])
            events.extend(rows)
            continue
        _flush(conn, saves, journeys, events)
        saves, journeys, events = [], [], []
        if kind == "erase":  # nothing naming the person stays behind, not even the erasure's events
            for sql in _ERASE:
                conn.execute(sql, (payload,))
        elif kind == "channel":
            guild_id, channel_id, enabled, by, now = payload
            if enabled:
                conn.execute(
                    "INSERT INTO channels (guild_id, channel_id, enabled_by, enabled_at) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (guild_id, channel_id) DO NOTHING", (guild_id, channel_id, by, now))
            else:
                conn.execute("DELETE FROM channels WHERE guild_id = ? AND channel_id = ?", (guild_id, channel_id))
    _flush(conn, saves, journeys, events)


def _flush(conn: sqlite3.Connection, saves: list[tuple], journeys: list[tuple], events: list[tuple]) -> None:
    _insert(conn, _UPSERTS, saves)
    _insert(conn, _JOURNEYS, journeys)
    _insert(conn, _EVENTS, events)


def _run(conn: sqlite3.Connection, sql: str, args: tuple) -> int:
    """One statement in its own transaction; the number of rows it changed."""
    with_tx = conn.execute(sql, args)
    return with_tx.rowcount


def _claim(conn: sqlite3.Connection, now: float, limit: int) -> list[str]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        rows = conn.execute("SELECT person_id FROM reminders WHERE due_at <= ? ORDER BY due_at, person_id "
                            "LIMIT ?", (now, limit)).fetchall()
        conn.executemany("DELETE FROM reminders WHERE person_id = ?", rows)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return [r[0] for r in rows]


def _select(conn: sqlite3.Connection, ids: list[str]) -> list[tuple]:
    rows: list[tuple] = []
    start = 0
    for size in _CHUNKS:
        while len(ids) - start >= size:
            rows += conn.execute(_SELECTS[size], ids[start:start + size]).fetchall()
            start += size
    return rows


def _insert(conn: sqlite3.Connection, sql_by_size: dict[int, str], rows: list[tuple]) -> None:
    start = 0
    for size in _CHUNKS:
        while len(rows) - start >= size:
            conn.execute(sql_by_size[size], list(chain.from_iterable(rows[start:start + size])))
            start += size
