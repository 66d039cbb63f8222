"""The SQL of the SQLite store: the write operations, statements for many rows at once, and a batch.

A write batch is a list of typed operations (Save, Erase, ...) run by `write_batch` as one call on
the writer's thread: `BEGIN IMMEDIATE`, the statements, `COMMIT`. One call per batch, however many
turns it holds, so the event loop, busy with thousands of turns, is not asked between statements.
"""

from __future__ import annotations

import functools
import logging
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any

from bot.store.base import FORGOTTEN_MODERATOR, JOURNEY_COLUMNS, STATE_COLUMNS, ReminderClaim
from bot.store.delivery import MarkDelivered
from bot.store.migrate import migrations, statements
from bot.store.upkeep_sql import ForgetGuild

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
UPSERT = f"INSERT INTO people ({_COLUMNS}) VALUES {_ROW}{_ON_CONFLICT}"
JOURNEY_UPSERT = (f"INSERT INTO journeys ({', '.join(JOURNEY_COLUMNS)}) "
                   f"VALUES ({', '.join('?' * len(JOURNEY_COLUMNS))}){_JOURNEY_CONFLICT}")
INSERT_EVENT = "INSERT INTO events (person_id, guild_id, kind, at) VALUES (?, ?, ?, ?)"
# Per-person tables: erasure deletes a person's rows from each of these (their safety plan too).
PERSON_TABLES = ("people", "events", "journeys", "reminders", "safety_plan")
ERASE_SQL = tuple(f"DELETE FROM {table} WHERE person_id = ?" for table in PERSON_TABLES)
# A channel the person enabled stays enabled; who enabled it is forgotten (parameters: the label, the person).
FORGET_ENABLER = "UPDATE channels SET enabled_by = ? WHERE enabled_by = ?"
SELECT_ENABLED = ("SELECT guild_id, channel_id, enabled_at FROM channels WHERE enabled_by = ? "
                  "ORDER BY enabled_at, guild_id, channel_id")
# After an erasure commits: every frame of the log into the file, and the log cut to nothing, so the
# erased rows' old versions leave the -wal file (secure_delete has zeroed them in the pages themselves).
CHECKPOINT = "PRAGMA wal_checkpoint(TRUNCATE)"
_CLAIM_ONE = "SELECT person_id FROM reminders WHERE due_at <= ? ORDER BY due_at, person_id LIMIT 1"
_LEASE = "UPDATE reminders SET due_at = ? WHERE person_id = ?"
_SETTLE = "DELETE FROM reminders WHERE person_id = ? AND due_at = ?"
_RELEASE = "UPDATE reminders SET due_at = ? WHERE person_id = ? AND due_at = ?"
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


# --- write operations: what a batch holds, in the order they were asked for --------------------
@dataclass(frozen=True, slots=True)
class Save:
    """A turn's commit: the person's people row, their journeys row, and the turn's event rows."""

    person: tuple[Any, ...]
    journey: tuple[Any, ...]
    events: Sequence[tuple[Any, ...]] = ()


@dataclass(frozen=True, slots=True)
class Erase:
    """Every row naming a person, in every per-person table; nothing of them stays, not even events."""

    person_id: str

    def write(self, conn: sqlite3.Connection) -> None:
        for sql in ERASE_SQL:
            conn.execute(sql, (self.person_id,))
        conn.execute(FORGET_ENABLER, (FORGOTTEN_MODERATOR, self.person_id))


@dataclass(frozen=True, slots=True)
class EnableChannel:
    """The bot may act in this channel (enabling it again keeps who enabled it first)."""

    guild_id: str
    channel_id: str
    enabled_by: str
    enabled_at: float

    def write(self, conn: sqlite3.Connection) -> None:
        conn.execute(_ENABLE, (self.guild_id, self.channel_id, self.enabled_by, self.enabled_at))


@dataclass(frozen=True, slots=True)
class DisableChannel:
    """The bot no longer acts in this channel."""

    guild_id: str
    channel_id: str

    def write(self, conn: sqlite3.Connection) -> None:
        conn.execute(_DISABLE, (self.guild_id, self.channel_id))


@dataclass(frozen=True, slots=True)
class SetReminder:
    """A person's one pending reminder (replacing the one before)."""

    person_id: str
    due_at: float
    created_at: float

    def write(self, conn: sqlite3.Connection) -> None:
        conn.execute(_REMIND, (self.person_id, self.due_at, self.created_at))


@dataclass(frozen=True, slots=True)
class CancelReminder:
    """Drop a person's pending reminder; the result says whether there was one."""

    person_id: str

    def write(self, conn: sqlite3.Connection) -> bool:
        return conn.execute(_CANCEL, (self.person_id,)).rowcount > 0


@dataclass(frozen=True, slots=True)
class ClaimReminders:
    """Select the reminders due by `now` and delete them, in one transaction; the result is who they were for."""

    now: float
    limit: int

    def write(self, conn: sqlite3.Connection) -> list[str]:
        due = [row[0] for row in conn.execute(_DUE, (self.now, self.limit))]
        for size, ids in chunks([(pid,) for pid in due], 1):
            conn.execute(f"DELETE FROM reminders WHERE person_id IN ({', '.join('?' * size)})", ids)
        return due


@dataclass(frozen=True, slots=True)
class ClaimReminder:
    """The soonest reminder due by `now`, leased: its due time moves to now + lease_s; None when none is due."""

    now: float
    lease_s: float

    def write(self, conn: sqlite3.Connection) -> ReminderClaim | None:
        row = conn.execute(_CLAIM_ONE, (self.now,)).fetchone()
        if row is None:
            return None
        until = float(self.now + self.lease_s)
        conn.execute(_LEASE, (until, row[0]))
        return ReminderClaim(row[0], until)


@dataclass(frozen=True, slots=True)
class SettleReminder:
    """Delete a claimed reminder if it is still the claimed one; whether it was."""

    claim: ReminderClaim

    def write(self, conn: sqlite3.Connection) -> bool:
        return conn.execute(_SETTLE, (self.claim.person_id, self.claim.until)).rowcount > 0


@dataclass(frozen=True, slots=True)
class ReleaseReminder:
    """Give a claimed reminder back, due at `due_at`, if it is still the claimed one; whether it was."""

    claim: ReminderClaim
    due_at: float

    def write(self, conn: sqlite3.Connection) -> bool:
        return conn.execute(_RELEASE, (float(self.due_at), self.claim.person_id, self.claim.until)).rowcount > 0


@dataclass(frozen=True, slots=True)
class SavePlanItem:
    """One section of a person's safety plan, in their words, replacing what it held."""

    person_id: str
    section: str
    text: str
    updated_at: float

    def write(self, conn: sqlite3.Connection) -> None:
        conn.execute(SAVE_PLAN, (self.person_id, self.section, self.text, self.updated_at))


@dataclass(frozen=True, slots=True)
class DeletePlan:
    """A person's whole safety plan, and nothing else about them."""

    person_id: str

    def write(self, conn: sqlite3.Connection) -> None:
        conn.execute(DELETE_PLAN, (self.person_id,))


@dataclass(frozen=True, slots=True)
class SetRegion:
    """A server's crisis-line region; None clears it."""

    guild_id: str
    region: str | None

    def write(self, conn: sqlite3.Connection) -> None:
        conn.execute(SET_REGION, (self.guild_id, self.region))


Write = (Save | Erase | EnableChannel | DisableChannel | SetReminder | CancelReminder | ClaimReminders
         | ClaimReminder | SettleReminder | ReleaseReminder | SavePlanItem | DeletePlan | SetRegion | ForgetGuild
         | MarkDelivered)


def write_batch(conn: sqlite3.Connection, ops: Sequence[Write]) -> tuple[list[Any], int]:
    """On the writer's thread: `ops` in order as one transaction; each op's result, and data_version.

    Runs of saves (nearly every op) become one multi-row statement per table. data_version is read
    inside the transaction, and moves only when another connection has committed. A failure
    anywhere rolls all of it back and is raised. A batch that erased someone is followed, once
    committed, by a checkpoint that truncates the write-ahead log (see checkpoint).
    """
    results: list[Any] = [None] * len(ops)
    conn.execute("BEGIN IMMEDIATE")
    try:
        saves: list[Save] = []
        for index, op in enumerate(ops):
            if isinstance(op, Save):
                saves.append(op)
                continue
            _write_saves(conn, saves)
            saves = []
            results[index] = op.write(conn)
        _write_saves(conn, saves)
        ((version,),) = conn.execute("PRAGMA data_version").fetchall()
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # SQLite may have rolled back already
            conn.execute("ROLLBACK")
        raise
    if any(type(op) is Erase for op in ops):
        checkpoint(conn)
    return results, version


def checkpoint(conn: sqlite3.Connection) -> bool:
    """Copy the whole write-ahead log into the file and truncate it; whether it all went.

    Run after an erasure has committed, outside any transaction. Never raises: the erasure has
    committed already (a failure here must not make the batch look failed and run again), and a
    log that could not be truncated now is, at the latest, at the next erasure or on close.
    """
    try:
        ((busy, _, _),) = conn.execute(CHECKPOINT).fetchall()
    except sqlite3.Error as exc:
        log.warning("checkpoint after an erasure failed: %s", exc)
        return False
    if busy:
        log.warning("checkpoint after an erasure could not finish: a reader held the log")
    return not busy


def _write_saves(conn: sqlite3.Connection, saves: list[Save]) -> None:
    """A run of saves: people, journeys, events, each in as few statements as fit."""
    if not saves:
        return
    tables = (("people", [s.person for s in saves]), ("journeys", [s.journey for s in saves]),
              ("events", [row for s in saves for row in s.events]))
    for table, rows in tables:
        columns, conflict = _TABLES[table]
        for size, params in chunks(rows, len(columns)):
            conn.execute(_insert_sql(table, columns, conflict, size), params)


# --- statements for many rows -----------------------------------------------------------------
# A batch of n rows goes as one statement, padded to the next power of two with rows of zeros that
# its WHERE drops: a dozen statement texts for SQLite's statement cache instead of one per batch
# size. One statement, not executemany(): sqlite3 lets go of the GIL for every step, and each step
# of thousands then waits for the busy event loop to hand it back (up to the 5 ms switch interval).
PAD = 0


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

    As JSON, all of them in one value: SQLite builds it in a single step, where fetching rows takes
    the GIL back for every row, and waits for it while the event loop is busy. Times go as text of
    17 significant digits (JSON's own 15 would round them), which float() turns back into the same number.
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


def chunks(rows: list[Any], width: int) -> Iterator[tuple[int, list[Any]]]:
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


def migrate(conn: sqlite3.Connection) -> None:
    """Apply the migrations the file has not seen yet, each in its own transaction.

    The version is read again once the write lock is held: a process opening the file while
    another is migrating it waits for that, then skips what it did. Runs on the writer's thread
    (and on a plain connection for the naive baseline and the bench's other files).
    """
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
