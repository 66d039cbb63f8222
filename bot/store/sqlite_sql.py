"""The SQL of the SQLite store: statements for many rows at once, and how a write batch runs.

A write batch is planned on the event loop (`plan`: the statements, in order) and run as one call
on the writer's thread (`run_plan`: the statements, then `COMMIT`), so the batch costs one round
trip to that thread however many turns it holds.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import sqlite3
from itertools import chain
from typing import Any

import aiosqlite

from bot.store.base import JOURNEY_COLUMNS, STATE_COLUMNS
from bot.store.migrate import migrations, statements

log = logging.getLogger(__name__)

# aiosqlite's DEBUG records print every call it runs with its parameters, and those hold a person's
# safety plan in their own words: at WELLSPRING_LOG_LEVEL=DEBUG they would reach the log. Its records
# below INFO are dropped here, whatever the root level (a level set above INFO is left as it is).
_aiosqlite_log = logging.getLogger("aiosqlite")
if _aiosqlite_log.level < logging.INFO:
    _aiosqlite_log.setLevel(logging.INFO)

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
UPSERT = f"INSERT INTO people ({_COLUMNS}) VALUES {_ROW}{_ON_CONFLICT}"
JOURNEY_UPSERT = (f"INSERT INTO journeys ({', '.join(JOURNEY_COLUMNS)}) "
                   f"VALUES ({', '.join('?' * len(JOURNEY_COLUMNS))}){_JOURNEY_CONFLICT}")
INSERT_EVENT = "INSERT INTO events (person_id, guild_id, kind, at) VALUES (?, ?, ?, ?)"
# Per-person tables: erasure deletes a person's rows from each of these (their safety plan too).
PERSON_TABLES = ("people", "events", "journeys", "reminders", "safety_plan")
ERASE_SQL = tuple(f"DELETE FROM {table} WHERE person_id = ?" for table in PERSON_TABLES)
_ENABLE = ("INSERT INTO channels (guild_id, channel_id, enabled_by, enabled_at) VALUES (?, ?, ?, ?) "
           "ON CONFLICT (guild_id, channel_id) DO NOTHING")
_DISABLE = "DELETE FROM channels WHERE guild_id = ? AND channel_id = ?"
_REMIND = ("INSERT INTO reminders (person_id, due_at, created_at) VALUES (?, ?, ?) "
           "ON CONFLICT (person_id) DO UPDATE SET due_at = excluded.due_at, created_at = excluded.created_at")
_CANCEL = "DELETE FROM reminders WHERE person_id = ?"
_DUE = "SELECT person_id FROM reminders WHERE due_at <= ? ORDER BY due_at, person_id LIMIT ?"
SAVE_PLAN = ("INSERT INTO safety_plan (person_id, section, text, updated_at) VALUES (?, ?, ?, ?) "
             "ON CONFLICT (person_id, section) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at")
DELETE_PLAN = "DELETE FROM safety_plan WHERE person_id = ?"
SELECT_PLAN = "SELECT section, text, updated_at FROM safety_plan WHERE person_id = ? ORDER BY section"
SET_REGION = ("INSERT INTO guild_settings (guild_id, region) VALUES (?, ?) "
              "ON CONFLICT (guild_id) DO UPDATE SET region = excluded.region")
SELECT_REGION = "SELECT region FROM guild_settings WHERE guild_id = ?"

MAX_ROWS = 2048  # rows per multi-row statement, and items per read batch
# Write ops, in the order they were submitted. A save (nearly every op) is the plain 3-tuple
# (state row, journey row, event rows); the rare others are (tag, payload).
ERASE, CHANNEL, REMIND, CANCEL, CLAIM = "erase", "channel", "remind", "cancel", "claim"
PLAN, UNPLAN, REGION = "plan", "unplan", "region"  # a safety-plan item, a plan's erasure, a server's region


# --- statements for many rows -----------------------------------------------------------------
# A batch of n rows is sent as one statement padded to the next power of two with rows of zeros
# that its WHERE drops: one hop per table for any batch, and a dozen statement texts for SQLite's
# statement cache instead of one per batch size. Zeros rather than NULLs, and a NoneType adapter:
# the sqlite3 module binds an int as it is, but looks for a way to adapt every None, through two
# failed attribute look-ups and a formatted exception each (a third of the writer's time, all of it
# holding the GIL). With an adapter registered for None, the first look-up finds it.
PAD = 0
sqlite3.register_adapter(type(None), lambda value: None)  # the same NULL, bound without the search


def bucket(n: int) -> int:
    return 1 << (n - 1).bit_length()


@functools.cache
def max_rows(columns: int) -> int:
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
            f"WHERE column1 IS NOT {PAD}{conflict}")


@functools.cache
def read_sql(rows: int, as_json: bool) -> str:
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
            f" WHERE ids.id IS NOT {PAD}")


def chunks(rows: list, width: int):
    """(rows, padded parameters) per statement, at most max_rows(width) rows each."""
    most = max_rows(width)
    for start in range(0, len(rows), most):
        part = rows[start:start + most]
        params = list(chain.from_iterable(part))
        size = bucket(len(part))
        if size > len(part):
            params += [PAD] * ((size - len(part)) * width)
        yield size, params


_TABLES = {"people": (STATE_COLUMNS, _ON_CONFLICT), "journeys": (JOURNEY_COLUMNS, _JOURNEY_CONFLICT),
           "events": (EVENT_COLUMNS, "")}


def on_thread(conn: aiosqlite.Connection, function: Any, *args: Any) -> asyncio.Future:
    """Call `function(*args)` on the connection's own thread, after the calls queued before it.

    aiosqlite runs every call of its public methods this way; it has no public name for running
    several statements as one call (pyproject.toml bounds the aiosqlite versions that have it).
    """
    return conn._execute(function, *args)


def plan_batch(ops: list[tuple]) -> list[tuple]:
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
            plan += [(-1, sql, (op[1],)) for sql in ERASE_SQL]
        elif kind == CHANNEL:
            plan.append((-1, _ENABLE if len(op[1]) == 4 else _DISABLE, op[1]))
        elif kind == REMIND:
            plan.append((-1, _REMIND, op[1]))
        elif kind == CANCEL:
            plan.append((index, _CANCEL, (op[1],)))
        elif kind == CLAIM:
            plan.append((index, CLAIM, op[1]))
        elif kind == PLAN:
            plan.append((-1, SAVE_PLAN, op[1]))
        elif kind == UNPLAN:
            plan.append((-1, DELETE_PLAN, (op[1],)))
        elif kind == REGION:
            plan.append((-1, SET_REGION, op[1]))
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
        for size, params in chunks(rows, len(columns)):
            plan.append((-1, _insert_sql(table, columns, conflict, size), params))


def run_batch(conn: sqlite3.Connection, plan: list[tuple], count: int) -> tuple[list, int]:
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
                for size, ids in chunks([(pid,) for pid in due], 1):
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
