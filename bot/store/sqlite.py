"""The default store: one SQLite file through aiosqlite, with group commit.

Two aiosqlite connections, each with its own thread. The writer runs batches: every write that
arrives while one batch is being written joins the next, and a batch is one transaction,
`BEGIN IMMEDIATE`, one multi-row statement per table, `COMMIT`: two round trips to the writer's
thread however many turns it holds. Erasure, channels and reminders travel in the same batches,
in the order they were asked for, so nothing ever runs inside another batch's transaction. Reads
are batched too, one statement and one hop per batch, on the second connection: in WAL mode a
reader never waits for the writer. A turn's replies go out only once its batch has committed.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import sqlite3
import tempfile
from dataclasses import asdict
from itertools import chain
from pathlib import Path
from typing import Any, Sequence

import aiosqlite

from bot.journey.model import PersonState
from bot.store.base import (JOURNEY_COLUMNS, STATE_COLUMNS, Event, Funnel, JourneyRecord, encode_seen, encode_vars,
                            export_state, journey_row,
                            row_to_state, state_to_row)
from bot.store.batch import Batcher, Failed
from bot.store.migrate import migrations, statements

log = logging.getLogger(__name__)

EVENT_COLUMNS = ("person_id", "guild_id", "kind", "at")
_COLUMNS = ", ".join(STATE_COLUMNS)
_ROW = "(" + ", ".join("?" * len(STATE_COLUMNS)) + ")"
_ON_CONFLICT = (" ON CONFLICT (person_id) DO UPDATE SET "
                + ", ".join(f"{c} = excluded.{c}" for c in STATE_COLUMNS[1:]))
# A journey keeps the server it was begun from, its first finish and its furthest stage.
_JOURNEY_CONFLICT = (" ON CONFLICT (person_id, number) DO UPDATE SET"
                     " guild_id = COALESCE(journeys.guild_id, excluded.guild_id),"
                     " finished_at = COALESCE(journeys.finished_at, excluded.finished_at),"
                     " furthest_stage = MAX(journeys.furthest_stage, excluded.furthest_stage),"
                     " checkin_before = excluded.checkin_before, checkin_after = excluded.checkin_after")
# One row at a time (the naive baseline's statements).
_UPSERT = f"INSERT INTO people ({_COLUMNS}) VALUES {_ROW}{_ON_CONFLICT}"
_JOURNEY_UPSERT = (f"INSERT INTO journeys ({', '.join(JOURNEY_COLUMNS)}) "
                   f"VALUES ({', '.join('?' * len(JOURNEY_COLUMNS))}){_JOURNEY_CONFLICT}")
_INSERT_EVENT = "INSERT INTO events (person_id, guild_id, kind, at) VALUES (?, ?, ?, ?)"
_ERASE = tuple(f"DELETE FROM {table} WHERE person_id = ?" for table in ("people", "events", "journeys", "reminders"))
_ENABLE = ("INSERT INTO channels (guild_id, channel_id, enabled_by, enabled_at) VALUES (?, ?, ?, ?) "
           "ON CONFLICT (guild_id, channel_id) DO NOTHING")
_DISABLE = "DELETE FROM channels WHERE guild_id = ? AND channel_id = ?"
_REMIND = ("INSERT INTO reminders (person_id, due_at, created_at) VALUES (?, ?, ?) "
           "ON CONFLICT (person_id) DO UPDATE SET due_at = excluded.due_at, created_at = excluded.created_at")
_CANCEL = "DELETE FROM reminders WHERE person_id = ?"
_DUE = "SELECT person_id FROM reminders WHERE due_at <= ? ORDER BY due_at, person_id LIMIT ?"

MAX_ROWS = 2048  # rows per multi-row statement, and items per read batch
# Turns per write batch. Under load a commit's cost is mostly the pages it writes, not the rows:
# the bench's 10,000 people ran about 10% faster with batches of up to 8,192 than of 2,048 (a batch
# of 4,000 then takes about 100 ms on the writer's thread, which shares the GIL with the loop).
BATCH_TURNS = 8192
CACHE_PEOPLE = 50_000  # states kept in memory, most recently written first to stay (under 1 KB each)
# Write ops, in the order they were submitted. A save (nearly every op) is the plain 3-tuple
# (state row, journey row, event rows); the rare others are (tag, payload).
ERASE, CHANNEL, REMIND, CANCEL, CLAIM = "erase", "channel", "remind", "cancel", "claim"


# --- statements for many rows -----------------------------------------------------------------
# A batch of n rows is sent as one statement padded to the next power of two with rows of zeros
# that its WHERE drops: one hop per table for any batch, and a dozen statement texts for SQLite's
# statement cache instead of one per batch size. Zeros rather than NULLs, and a NoneType adapter:
# the sqlite3 module binds an int as it is, but looks for a way to adapt every None, through two
# failed attribute look-ups and a formatted exception each (a third of the writer's time, all of it
# holding the GIL). With an adapter registered for None, the first look-up finds it.
_PAD = 0
sqlite3.register_adapter(type(None), lambda value: None)  # the same NULL, bound without the search


def _bucket(n: int) -> int:
    return 1 << (n - 1).bit_length()


@functools.cache
def _max_rows(columns: int) -> int:
    """The most rows one statement may carry: SQLite limits the number of parameters (999 before 3.32)."""
    probe = sqlite3.connect(":memory:")
    try:
        limit = probe.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    finally:
        probe.close()
    rows = MAX_ROWS
    while rows > 1 and rows * columns > limit:
        rows //= 2
    return rows


@functools.cache
def _insert_sql(table: str, columns: tuple[str, ...], conflict: str, rows: int) -> str:
    row = "(" + ", ".join("?" * len(columns)) + ")"
    if rows == 1:
        return f"INSERT INTO {table} ({', '.join(columns)}) VALUES {row}{conflict}"
    return (f"INSERT INTO {table} ({', '.join(columns)}) SELECT * FROM (VALUES {', '.join([row] * rows)}) "
            f"WHERE column1 IS NOT {_PAD}{conflict}")


@functools.cache
def _read_sql(rows: int, as_json: bool) -> str:
    """One row per asked id: its state (NULLs when there is none) and whether a reminder is pending.

    As JSON, all of them in one value: SQLite builds it in a single step with the GIL released,
    where fetching rows takes the GIL back for every row, and waits for it while the event loop
    is busy. Times go as text of 17 significant digits (JSON's own 15 would round them), which
    float() turns back into the same number.
    """
    ids = ", ".join(["(?)"] * rows)
    columns = ["ids.id", *(f"p.{c}" for c in STATE_COLUMNS[1:-2]), "p.started_at", "p.updated_at",
               "r.person_id IS NOT NULL"]
    if as_json:
        columns[-3:-1] = [f"CASE typeof(p.{c}) WHEN 'real' THEN printf('%!.17g', p.{c}) ELSE p.{c} END"
                          for c in STATE_COLUMNS[-2:]]
    selected = f"json_group_array(json_array({', '.join(columns)}))" if as_json else ", ".join(columns)
    return (f"WITH ids(id) AS (VALUES {ids}) SELECT {selected} FROM ids"
            " LEFT JOIN people p ON p.person_id = ids.id LEFT JOIN reminders r ON r.person_id = ids.id"
            f" WHERE ids.id IS NOT {_PAD}")


def _chunks(rows: list, width: int):
    """(rows, padded parameters) per statement, at most _max_rows(width) rows each."""
    most = _max_rows(width)
    for start in range(0, len(rows), most):
        part = rows[start:start + most]
        params = list(chain.from_iterable(part))
        size = _bucket(len(part))
        if size > len(part):
            params += [_PAD] * ((size - len(part)) * width)
        yield size, params


_TABLES = {"people": (STATE_COLUMNS, _ON_CONFLICT), "journeys": (JOURNEY_COLUMNS, _JOURNEY_CONFLICT),
           "events": (EVENT_COLUMNS, "")}


class _Slot:
    """`async with store.person(id) as slot`: the next read batch fills the slot in and answers with it.

    `__aenter__` and `__aexit__` are plain methods handing back awaitables rather than coroutines:
    one frame fewer for every waiting turn to suspend through and resume through.
    """

    __slots__ = ("store", "person_id", "state", "kept")

    def __init__(self, store: SqliteStore, person_id: str):
        self.store, self.person_id, self.state = store, person_id, None
        self.kept: tuple[PersonState, str, str] | None = None  # the kept state, with its stored JSON

    def __aenter__(self) -> asyncio.Future[_Slot] | _Ready:
        kept = self.store._cache.get(self.person_id)
        if kept is not None:  # read or written by this process: no read at all
            self.state, self.kept = kept[0], kept
            return _Ready(self)
        return self.store._reads.submit(self)

    def __aexit__(self, *exc: object) -> _Nothing:
        return _NOTHING

    async def commit(self, state: PersonState | None, events: Sequence[Event] = ()) -> None:
        store, person_id = self.store, self.person_id
        try:
            if state is None:
                store._cache.pop(person_id, None)
                await store._writes.submit((ERASE, person_id))
            else:
                rows = [(person_id, e.guild_id, e.kind, e.at) for e in events] if events else ()
                # Most turns change neither vars nor the reframes seen: their JSON, kept, is not made again.
                kept = self.kept
                vars_text = kept[1] if kept is not None and state.vars is kept[0].vars else encode_vars(state.vars)
                seen_text = (kept[2] if kept is not None and state.reframes_seen is kept[0].reframes_seen
                             else encode_seen(state.reframes_seen))
                row = state_to_row(state, vars_text, seen_text)
                await store._writes.submit((row, journey_row(state, events), rows))
                store._remember(person_id, (state, vars_text, seen_text))
        except BaseException:  # failed, or cancelled while the batch ran: the file says what is true
            store._cache.pop(person_id, None)
            raise
        self.state = state


class _Ready:
    """An awaitable already done with `value`: `__aenter__`'s answer when the state is in memory."""

    __slots__ = ("value",)

    def __init__(self, value: Any):
        self.value = value

    def __await__(self):
        return self.value
        yield  # a generator that returns at once: awaiting it never suspends


class _Nothing:
    """An awaitable that is already done (with None), for `__aexit__`."""

    __slots__ = ()

    def __await__(self):
        return iter(())


_NOTHING = _Nothing()


class SqliteStore:
    """People's states in SQLite. Writes from concurrent turns share one transaction.

    The states this process has read or written stay in memory too (up to `cache_people`, the
    least recently written leave first): a turn by someone mid-journey reads nothing from the file.
    Every state is in memory only once its batch has committed, so what is kept is what the file
    holds. That needs one process to serve the file's people, as the README says; should another
    connection commit anyway, the next batch sees SQLite's `data_version` move and empties it all.
    """

    def __init__(self, path: Path, writer: aiosqlite.Connection, reader: aiosqlite.Connection,
                 scratch: tempfile.TemporaryDirectory | None = None, json_reads: bool = True,
                 cache_people: int = CACHE_PEOPLE, data_version: int | None = None):
        self.path, self._writer, self._reader, self._scratch = path, writer, reader, scratch
        self._writer_conn = writer._conn  # the sqlite3 connection itself, used only on the writer's thread
        self._json = json_reads  # SQLite's JSON functions: built in since 3.38, and usually compiled in before
        # person id -> (state, its vars and reframes_seen as stored); insertion order: least recently written first
        self._cache: dict[str, tuple[PersonState, str, str]] = {}
        self._cache_limit = max(0, cache_people)
        self._data_version = data_version  # the writer's: moves only when another connection commits
        self._writes: Batcher[tuple, Any] = Batcher(self._write_batch, limit=BATCH_TURNS)
        # Items: a person id (their state), a _Slot (to fill in with their state), or a 1-tuple (whether
        # they have a pending reminder).
        self._reads: Batcher[str | _Slot | tuple[str], Any] = Batcher(self._read_batch, limit=MAX_ROWS)

    @classmethod
    async def open(cls, path: Path | str, cache_people: int = CACHE_PEOPLE) -> SqliteStore:
        """Open (creating folder and file when missing), tune, and migrate."""
        path = Path(path)
        scratch, file = None, path
        if str(path) == ":memory:":  # two connections need one database: a file that close() deletes
            scratch = tempfile.TemporaryDirectory(prefix="wellspring-")
            file = Path(scratch.name) / "memory.db"
        path.parent.mkdir(parents=True, exist_ok=True)
        opened: list[aiosqlite.Connection] = []
        try:
            writer = await aiosqlite.connect(file, isolation_level="IMMEDIATE", cached_statements=256)
            opened.append(writer)
            await writer.execute("PRAGMA busy_timeout=5000")  # first: another process may be setting the file up
            await writer.execute_fetchall("PRAGMA journal_mode=WAL")
            await writer.execute("PRAGMA synchronous=NORMAL")  # durable across process crashes in WAL mode
            await migrate_async(writer)
            ((version,),) = await writer.execute_fetchall("PRAGMA data_version")
            reader = await aiosqlite.connect(file, isolation_level=None, cached_statements=256)
            opened.append(reader)
            await reader.execute("PRAGMA busy_timeout=5000")
            try:
                await reader.execute_fetchall("SELECT json_array(1)")
                has_json = True
            except sqlite3.OperationalError:
                has_json = False
        except BaseException:
            for conn in opened:
                await conn.close()
            if scratch is not None:
                scratch.cleanup()
            raise
        return cls(path, writer, reader, scratch, json_reads=has_json, cache_people=cache_people,
                   data_version=version)

    def person(self, person_id: str) -> _Slot:
        """Hold one person's record for a turn; the service's lock gives the ordering."""
        return _Slot(self, person_id)

    async def load(self, person_id: str) -> PersonState | None:
        """Read a person's state."""
        kept = self._cache.get(person_id)
        return kept[0] if kept is not None else await self._reads.submit(person_id)

    async def forget(self, person_id: str) -> None:
        """Erase everything stored about a person."""
        self._cache.pop(person_id, None)
        await self._writes.submit((ERASE, person_id))

    def _remember(self, person_id: str, kept: tuple[PersonState, str, str]) -> None:
        """Keep a committed state in memory, as the most recent; the least recent leaves past the limit."""
        cache = self._cache
        if cache.pop(person_id, None) is None and len(cache) >= self._cache_limit:
            if not self._cache_limit:
                return
            del cache[next(iter(cache))]
        cache[person_id] = kept

    async def set_channel(self, guild_id: str, channel_id: str, enabled: bool, by: str, now: float) -> None:
        """Enable or disable the bot in one channel."""
        await self._writes.submit((CHANNEL, (guild_id, channel_id, by, now) if enabled else (guild_id, channel_id)))

    async def channels(self, guild_id: str) -> list[str]:
        """Enabled channel ids of a guild."""
        rows = await self._reader.execute_fetchall(
            "SELECT channel_id FROM channels WHERE guild_id = ? ORDER BY enabled_at", (guild_id,))
        return [r[0] for r in rows]

    async def is_enabled(self, guild_id: str, channel_id: str) -> bool:
        """Whether the bot may act in this channel."""
        return bool(await self._reader.execute_fetchall(
            "SELECT 1 FROM channels WHERE guild_id = ? AND channel_id = ?", (guild_id, channel_id)))

    async def count_events(self, guild_id: str | None = None) -> dict[str, int]:
        """Aggregate event counts, optionally for one guild: labels and numbers only."""
        where, args = ("WHERE guild_id = ?", (guild_id,)) if guild_id else ("", ())
        rows = await self._reader.execute_fetchall(
            f"SELECT kind, COUNT(DISTINCT person_id) FROM events {where} GROUP BY kind", args)
        return {kind: count for kind, count in rows}

    async def journeys(self, person_id: str) -> list[JourneyRecord]:
        """A person's journeys, oldest first."""
        rows = await self._reader.execute_fetchall(
            "SELECT number, started_at, finished_at, furthest_stage, checkin_before, checkin_after, guild_id "
            "FROM journeys WHERE person_id = ? ORDER BY number", (person_id,))
        return [JourneyRecord(*row) for row in rows]

    async def funnel(self, guild_id: str) -> Funnel:
        """Journeys begun from one server: started, finished, and how many reached each stage."""
        rows = await self._reader.execute_fetchall(
            "SELECT furthest_stage, COUNT(*), COUNT(finished_at) FROM journeys WHERE guild_id = ? "
            "GROUP BY furthest_stage", (guild_id,))
        reached = {n: sum(count for stage, count, _ in rows if stage >= n) for n in range(1, 8)}
        return Funnel(sum(count for _, count, _ in rows), sum(done for _, _, done in rows), reached)

    async def export(self, person_id: str) -> dict[str, Any]:
        """Everything stored about one person, as JSON-ready data."""
        state = await self._reads.submit(person_id)
        events = await self._reader.execute_fetchall(
            "SELECT kind, at, guild_id FROM events WHERE person_id = ? ORDER BY id", (person_id,))
        due = await self._reader.execute_fetchall(
            "SELECT due_at, created_at FROM reminders WHERE person_id = ?", (person_id,))
        return {
            "person_id": person_id,
            "state": None if state is None else export_state(state),
            "journeys": [asdict(j) for j in await self.journeys(person_id)],
            "events": [{"kind": k, "at": at, "guild_id": g} for k, at, g in events],
            "reminder": {"due_at": due[0][0], "created_at": due[0][1]} if due else None,
        }

    async def set_reminder(self, person_id: str, due_at: float, now: float) -> None:
        """Keep one pending reminder per person (a new one replaces the old)."""
        await self._writes.submit((REMIND, (person_id, due_at, now)))

    async def cancel_reminder(self, person_id: str) -> bool:
        """Drop a pending reminder; whether there was one."""
        # Every begin and resume turn asks, and almost nobody has one: a look in the next read batch
        # first, and a write only when there is something to delete.
        if not await self._reads.submit((person_id,)):
            return False
        return await self._writes.submit((CANCEL, person_id))

    async def reminder(self, person_id: str) -> float | None:
        """When the pending reminder is due."""
        rows = await self._reader.execute_fetchall("SELECT due_at FROM reminders WHERE person_id = ?", (person_id,))
        return rows[0][0] if rows else None

    async def claim_due_reminders(self, now: float, limit: int = 100) -> list[str]:
        """Take due reminders in one transaction, so each is sent once."""
        return await self._writes.submit((CLAIM, (now, limit)))

    async def close(self) -> None:
        """Finish pending writes, then close the file."""
        try:
            await self._writes.close()
            await self._reads.close()
        finally:
            await self._reader.close()
            await self._writer.close()
            if self._scratch is not None:
                self._scratch.cleanup()

    # --- batches ------------------------------------------------------------------------------
    async def _read_batch(self, items: list) -> list:
        ids = list(dict.fromkeys([item if type(item) is str else item.person_id if type(item) is _Slot else item[0]
                                  for item in items]))
        found: dict[str, tuple] = {}
        most = _max_rows(1)
        for start in range(0, len(ids), most):
            part = ids[start:start + most]
            size = _bucket(len(part))
            part += [_PAD] * (size - len(part))  # padding: asks for nobody
            rows = await self._reader.execute_fetchall(_read_sql(size, self._json), part)
            for row in json.loads(rows[0][0]) if self._json else rows:
                found[row[0]] = row
        results = []
        for item in items:
            kind = type(item)
            if kind is tuple:  # a reminder probe
                row = found.get(item[0])
                results.append(row is not None and bool(row[-1]))
                continue
            row = found.get(item if kind is str else item.person_id)
            state = None
            if row is not None and row[1] is not None:
                try:
                    state = row_to_state(row)
                except (ValueError, TypeError) as exc:  # a damaged row starts fresh rather than crash
                    log.warning("unreadable state for a person, starting fresh: %s", exc)
            if kind is not str:  # a slot: its person's lock is held, so no write of theirs is in flight
                if state is not None:
                    self._remember(item.person_id, (state, row[7], row[8]))
                item.state, state = state, item
            results.append(state)
        return results

    async def _write_batch(self, ops: list[tuple]) -> list:
        try:
            return await self._transaction(ops)
        except sqlite3.Error as exc:
            if len(ops) == 1:
                return [Failed(exc)]
        # One bad turn must not fail everyone else's: halve until it stands alone; the rest commit.
        middle = len(ops) // 2
        return await self._write_batch(ops[:middle]) + await self._write_batch(ops[middle:])

    async def _transaction(self, ops: list[tuple]) -> list:
        """Run ops in order as one transaction, in one call on the writer's thread; each op's result.

        The statements are planned here and run there back to back, `COMMIT` included: one round
        trip per batch, so the event loop, busy with thousands of turns, is asked once and not
        between statements. A failure anywhere rolls all of it back and is raised here.
        """
        results, version = await _on_thread(self._writer, _run_plan, self._writer_conn, _plan(ops), len(ops))
        if version != self._data_version:
            if self._data_version is not None and self._cache:
                log.warning("another connection wrote to %s: states kept in memory dropped", self.path)
                self._cache.clear()
            self._data_version = version
        return results


def _on_thread(conn: aiosqlite.Connection, function: Any, *args: Any) -> asyncio.Future:
    """Call `function(*args)` on the connection's own thread, after the calls queued before it.

    aiosqlite runs every call of its public methods this way; it has no public name for running
    several statements as one call (pyproject.toml bounds the aiosqlite versions that have it).
    """
    return conn._execute(function, *args)


def _plan(ops: list[tuple]) -> list[tuple]:
    """The statements of a batch, in order: (op index or -1, sql, parameters).

    Runs of saves (nearly every op) become one multi-row statement per table. Op index marks the
    steps whose outcome is the op's result: a cancellation's row count, a claim's selection.
    """
    plan: list[tuple] = []
    saves: list[tuple] = []
    for index, op in enumerate(ops):
        kind = op[0]
        if type(kind) is tuple:  # a save: (state row, journey row, event rows)
            saves.append(op)
            continue
        _plan_saves(saves, plan)
        saves = []
        if kind == ERASE:  # nothing naming the person stays behind, not even the erasure's events
            plan += [(-1, sql, (op[1],)) for sql in _ERASE]
        elif kind == CHANNEL:
            plan.append((-1, _ENABLE if len(op[1]) == 4 else _DISABLE, op[1]))
        elif kind == REMIND:
            plan.append((-1, _REMIND, op[1]))
        elif kind == CANCEL:
            plan.append((index, _CANCEL, (op[1],)))
        elif kind == CLAIM:
            plan.append((index, CLAIM, op[1]))
        else:
            raise ValueError(f"unknown write {kind!r}")
    _plan_saves(saves, plan)
    return plan


def _plan_saves(saves: list[tuple], plan: list[tuple]) -> None:
    """The statements writing a run of saves: people, journeys, events, each in as few statements as fit."""
    if not saves:
        return
    tables = (("people", [s[0] for s in saves]), ("journeys", [s[1] for s in saves]),
              ("events", [row for s in saves for row in s[2]]))
    for table, rows in tables:
        columns, conflict = _TABLES[table]
        for size, params in _chunks(rows, len(columns)):
            plan.append((-1, _insert_sql(table, columns, conflict, size), params))


def _run_plan(conn: sqlite3.Connection, plan: list[tuple], count: int) -> tuple[list, int]:
    """On the writer's thread: a batch's statements and COMMIT; each op's result, and data_version.

    The connection begins its transactions the sqlite3 module's way (isolation_level "IMMEDIATE"):
    `BEGIN IMMEDIATE` goes out with the first statement that writes. data_version is read last,
    inside the transaction, and moves only when another connection has committed.
    """
    results: list = [None] * count
    try:
        for index, sql, params in plan:
            if sql is CLAIM:  # select what is due, then delete it, in the same transaction
                if not conn.in_transaction:  # a SELECT does not begin one by itself
                    conn.execute("BEGIN IMMEDIATE")
                due = [row[0] for row in conn.execute(_DUE, params)]
                for size, ids in _chunks([(pid,) for pid in due], 1):
                    conn.execute(f"DELETE FROM reminders WHERE person_id IN ({', '.join('?' * size)})", ids)
                results[index] = due
            else:
                cursor = conn.execute(sql, params)
                if index >= 0:
                    results[index] = cursor.rowcount > 0
        ((version,),) = conn.execute("PRAGMA data_version").fetchall()
        conn.commit()
    except BaseException:
        try:
            conn.rollback()  # nothing to do if SQLite has already rolled back
        except sqlite3.Error:
            pass
        raise
    return results, version


async def migrate_async(conn: aiosqlite.Connection) -> None:
    """Apply the migrations the file has not seen yet, each in its own transaction.

    The version is read again once the write lock is held: a process opening the file while
    another is migrating it waits for that, then skips what it did.
    """
    ((version,),) = await conn.execute_fetchall("PRAGMA user_version")
    for number, name, sql in migrations("sqlite"):
        if number <= version:
            continue
        await conn.execute("BEGIN IMMEDIATE")
        try:
            ((version,),) = await conn.execute_fetchall("PRAGMA user_version")
            if number > version:
                log.info("applying migration %s", name)
                for statement in statements(sql):
                    await conn.execute(statement)
                await conn.execute(f"PRAGMA user_version = {number:d}")
            await conn.execute("COMMIT")
        except BaseException:
            await conn.execute("ROLLBACK")
            raise


def migrate(conn: sqlite3.Connection) -> None:
    """The same migrations on a plain sqlite3 connection (set-up of the bench's other files)."""
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    for number, name, sql in migrations("sqlite"):
        if number <= version:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            (version,) = conn.execute("PRAGMA user_version").fetchone()
            if number > version:
                log.info("applying migration %s", name)
                for statement in statements(sql):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number:d}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
