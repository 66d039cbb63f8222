"""The default store: one SQLite file, with group commit.

Two sqlite3 connections, each on a thread of its own (SqliteThread). The writer runs batches: every
write that arrives while one batch is being written joins the next, and a batch is one transaction
run as one call on the writer's thread (`BEGIN IMMEDIATE`, one multi-row statement per table,
`COMMIT`; see sqlite_sql.write_batch). Erasure, channels, reminders, safety plans and server settings
travel in the same batches as typed operations, in the order they were asked for, so nothing ever
runs inside another batch's transaction. A turn's replies go out only once its batch has committed.

The states this process has read or written stay in memory (up to CACHE_PEOPLE), so a turn by
someone mid-journey reads nothing. Other reads are batched like writes, one statement per batch,
on the second connection: in WAL mode a reader never waits for the writer.

Erasure leaves no bytes behind: the writer runs with secure_delete (deleted content is overwritten
with zeros), and a batch that erased someone is followed by a checkpoint that truncates the -wal
file, where the erased rows' earlier versions would otherwise stay until the next checkpoint.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import tempfile
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

import bot.store.sqlite_sql as lite
from bot.journey.model import PersonState
from bot.store.base import (
    CARE_EVENTS_SQL,
    Event,
    Funnel,
    JourneyRecord,
    check_plan_item,
    check_region,
    export_channels,
    export_plan,
    export_state,
    funnel_from_row,
    funnel_sql,
    journey_row,
    row_to_state,
    state_to_row,
)
from bot.store.batch import Batcher, Failed
from bot.store.delivery import SQLITE_DELIVERED, SQLITE_UNDELIVERED, UNDELIVERED_LIMIT, MarkDelivered, furthest
from bot.store.sqlite_reminders import PendingReminder, SqliteReminders
from bot.store.sqlite_sql import MAX_ROWS, PAD, bucket, max_rows, migrate, read_sql, write_batch
from bot.store.sqlite_thread import SqliteThread
from bot.store.upkeep_sql import INACTIVE_SQLITE, ForgetGuild

log = logging.getLogger(__name__)

# Turns per write batch. Under load a commit's cost is mostly the pages it writes, not the rows:
# the bench's 10,000 people ran about 10% faster with batches of up to 8,192 than of 2,048 (a batch
# of 4,000 then takes about 100 ms on the writer's thread, which shares the GIL with the loop).
BATCH_TURNS = 8192
CACHE_PEOPLE = 50_000  # states kept in memory, most recently written first to stay (under 1 KB each)


class _Slot:
    """`async with store.person(id) as slot`: the state in memory, or the next read batch fills it in."""

    __slots__ = ("store", "person_id", "state")

    def __init__(self, store: SqliteStore, person_id: str):
        self.store, self.person_id = store, person_id
        self.state: PersonState | None = None

    async def __aenter__(self) -> _Slot:
        kept = self.store._cache.get(self.person_id)
        if kept is not None:  # read or written by this process: no read at all
            self.state = kept
            return self
        return await self.store._reads.submit(self)

    async def __aexit__(self, *exc: object) -> None:
        return None

    async def commit(self, state: PersonState | None, events: Sequence[Event] = ()) -> None:
        store, person_id = self.store, self.person_id
        try:
            if state is None:
                store._cache.pop(person_id, None)
                await store._writes.submit(lite.Erase(person_id))
            else:
                rows = [(person_id, e.guild_id, e.kind, e.at) for e in events]
                await store._writes.submit(lite.Save(state_to_row(state), journey_row(state, events), rows))
                store._remember(person_id, state)
        except BaseException:  # failed, or cancelled while the batch ran: the file says what is true
            store._cache.pop(person_id, None)
            raise
        self.state = state


def _set_up_writer(conn: sqlite3.Connection) -> int:
    """On the writer's thread: tune, migrate; the file's data_version."""
    conn.execute("PRAGMA busy_timeout=5000")  # first: another process may be setting the file up
    conn.execute("PRAGMA journal_mode=WAL").fetchall()
    conn.execute("PRAGMA synchronous=NORMAL")  # durable across process crashes in WAL mode
    # Deleted content is overwritten with zeros, freed pages too: an erased person's bytes leave the file.
    conn.execute("PRAGMA secure_delete=ON")
    migrate(conn)
    ((version,),) = conn.execute("PRAGMA data_version").fetchall()
    return version


def _set_up_reader(conn: sqlite3.Connection) -> bool:
    """On the reader's thread: tune; whether SQLite has its JSON functions (built in since 3.38)."""
    conn.execute("PRAGMA busy_timeout=5000")
    try:
        conn.execute("SELECT json_array(1)").fetchall()
    except sqlite3.OperationalError:
        return False
    return True


class SqliteStore(SqliteReminders):
    """People's states in SQLite. Writes from concurrent turns share one transaction.

    The states this process has read or written stay in memory too (up to `cache_people`, the
    least recently written leave first): a turn by someone mid-journey reads nothing from the file.
    Every state is in memory only once its batch has committed, so what is kept is what the file
    holds. That needs one process to serve the file's people, as the README says; should another
    connection commit anyway, the next batch sees SQLite's `data_version` move and empties it all.
    """

    def __init__(self, path: Path, writer: SqliteThread, reader: SqliteThread,
                 scratch: tempfile.TemporaryDirectory | None = None, json_reads: bool = True,
                 cache_people: int = CACHE_PEOPLE, data_version: int | None = None):
        self.path, self._writer, self._reader, self._scratch = path, writer, reader, scratch
        self._json = json_reads  # read batches as one JSON value (see read_sql)
        # person id -> state; insertion order: least recently written first
        self._cache: dict[str, PersonState] = {}
        self._cache_limit = max(0, cache_people)
        self._data_version = data_version  # the writer's: moves only when another connection commits
        self._writes: Batcher[lite.Write, Any] = Batcher(self._write_batch, limit=BATCH_TURNS)
        # Items: a person id (their state), a _Slot (to fill in with their state), or a PendingReminder.
        self._reads: Batcher[str | _Slot | PendingReminder, Any] = Batcher(self._read_batch, limit=MAX_ROWS)
        # (person id, step) marks of delivered steps: those arriving meanwhile share one op of one write batch
        self._marks: Batcher[tuple[str, int], None] = Batcher(self._mark_batch, limit=MAX_ROWS)

    @classmethod
    async def open(cls, path: Path | str, cache_people: int = CACHE_PEOPLE) -> SqliteStore:
        """Open (creating folder and file when missing), tune, and migrate."""
        path = Path(path)
        scratch, file = None, path
        if str(path) == ":memory:":  # two connections need one database: a file that close() deletes
            scratch = tempfile.TemporaryDirectory(prefix="wellspring-")
            file = Path(scratch.name) / "memory.db"
        path.parent.mkdir(parents=True, exist_ok=True)
        opened: list[SqliteThread] = []
        try:
            # isolation_level=None: the sqlite3 module begins nothing by itself; write_batch says BEGIN IMMEDIATE.
            writer = await SqliteThread.open(file, "wellspring-sqlite-writer", isolation_level=None,
                                             cached_statements=256)
            opened.append(writer)
            version = await writer.run(_set_up_writer)
            reader = await SqliteThread.open(file, "wellspring-sqlite-reader", isolation_level=None,
                                             cached_statements=256)
            opened.append(reader)
            has_json = await reader.run(_set_up_reader)
        except BaseException:
            for db in opened:
                await db.close()
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
        return kept if kept is not None else await self._reads.submit(person_id)

    async def forget(self, person_id: str) -> None:
        """Erase everything stored about a person; the channels they enabled name "a moderator" instead.

        Once the erasure's batch has committed, the write-ahead log is checkpointed and truncated
        (write_batch), and secure_delete has zeroed the deleted rows: their bytes are in neither file.
        """
        self._cache.pop(person_id, None)
        await self._writes.submit(lite.Erase(person_id))

    def _remember(self, person_id: str, state: PersonState) -> None:
        """Keep a committed state in memory, as the most recent; the least recent leaves past the limit."""
        cache = self._cache
        if cache.pop(person_id, None) is None and len(cache) >= self._cache_limit:
            if not self._cache_limit:
                return
            del cache[next(iter(cache))]
        cache[person_id] = state

    async def set_channel(self, guild_id: str, channel_id: str, enabled: bool, by: str, now: float) -> None:
        """Enable or disable the bot in one channel."""
        await self._writes.submit(lite.EnableChannel(guild_id, channel_id, by, now) if enabled
                                  else lite.DisableChannel(guild_id, channel_id))

    async def channels(self, guild_id: str) -> list[str]:
        """Enabled channel ids of a guild."""
        rows = await self._reader.fetchall(
            "SELECT channel_id FROM channels WHERE guild_id = ? ORDER BY enabled_at", (guild_id,))
        return [r[0] for r in rows]

    async def is_enabled(self, guild_id: str, channel_id: str) -> bool:
        """Whether the bot may act in this channel."""
        return bool(await self._reader.fetchall(
            "SELECT 1 FROM channels WHERE guild_id = ? AND channel_id = ?", (guild_id, channel_id)))

    async def count_events(self, guild_id: str | None = None) -> dict[str, int]:
        """Aggregate event counts, optionally for one guild: labels and numbers only."""
        where, args = ("WHERE guild_id = ?", (guild_id,)) if guild_id else ("", ())
        rows = await self._reader.fetchall(
            f"SELECT kind, COUNT(DISTINCT person_id) FROM events {where} GROUP BY kind", args)
        return {kind: count for kind, count in rows}

    async def journeys(self, person_id: str) -> list[JourneyRecord]:
        """A person's journeys, oldest first."""
        rows = await self._reader.fetchall(
            "SELECT number, started_at, finished_at, furthest_stage, checkin_before, checkin_after, guild_id "
            "FROM journeys WHERE person_id = ? ORDER BY number", (person_id,))
        return [JourneyRecord(*row) for row in rows]

    async def funnel(self, guild_id: str) -> Funnel:
        """People who began from one server: started, finished, and how many reached each stage (each once)."""
        (row,) = await self._reader.fetchall(funnel_sql("?"), (guild_id,))
        care = await self._reader.fetchall(
            f"SELECT kind, COUNT(DISTINCT person_id) FROM events WHERE guild_id = ? AND {CARE_EVENTS_SQL} "
            "GROUP BY kind", (guild_id,))
        return funnel_from_row(row, care)

    async def export(self, person_id: str) -> dict[str, Any]:
        """Everything stored about one person, as JSON-ready data."""
        state = await self._reads.submit(person_id)
        events = await self._reader.fetchall(
            "SELECT kind, at, guild_id FROM events WHERE person_id = ? ORDER BY id", (person_id,))
        due = await self._reader.fetchall(
            "SELECT due_at, created_at FROM reminders WHERE person_id = ?", (person_id,))
        plan = await self._reader.fetchall(lite.SELECT_PLAN, (person_id,))
        enabled = await self._reader.fetchall(lite.SELECT_ENABLED, (person_id,))
        delivered = await self._reader.fetchall(SQLITE_DELIVERED, (person_id,))
        return {
            "person_id": person_id,
            "state": None if state is None else export_state(state),
            "journeys": [asdict(j) for j in await self.journeys(person_id)],
            "events": [{"kind": k, "at": at, "guild_id": g} for k, at, g in events],
            "reminder": {"due_at": due[0][0], "created_at": due[0][1]} if due else None,
            "safety_plan": export_plan(plan),
            "channels_enabled": export_channels(enabled),
            "delivered_step": delivered[0][0] if delivered else None,  # how far replies reached them: a number
        }

    # A safety plan and a server's region are rare writes: each is its own op in the next write batch, so
    # it keeps its order with erasure and never runs inside another batch's transaction. Not kept in memory.
    async def save_plan_item(self, person_id: str, section: str, text: str, now: float) -> None:
        """Store one section of a person's safety plan (their words), replacing what it held."""
        check_plan_item(section, text)
        await self._writes.submit(lite.SavePlanItem(person_id, section, text, float(now)))

    async def plan(self, person_id: str) -> dict[str, str]:
        """A person's safety plan: section -> their words."""
        rows = await self._reader.fetchall(lite.SELECT_PLAN, (person_id,))
        return {section: text for section, text, _ in rows}

    async def delete_plan(self, person_id: str) -> None:
        """Erase a person's safety plan."""
        await self._writes.submit(lite.DeletePlan(person_id))

    async def set_guild_region(self, guild_id: str, region: str | None) -> None:
        """A server's crisis-line region; None clears it."""
        check_region(region)
        await self._writes.submit(lite.SetRegion(guild_id, region))

    async def guild_region(self, guild_id: str) -> str | None:
        """A server's crisis-line region, if set."""
        rows = await self._reader.fetchall(lite.SELECT_REGION, (guild_id,))
        return rows[0][0] if rows else None

    async def inactive_people(self, before: float, limit: int = 200) -> list[str]:
        """People nothing of whom was written since `before` (retention)."""
        return [row[0] for row in await self._reader.fetchall(INACTIVE_SQLITE, (float(before), int(limit)))]

    async def forget_guild(self, guild_id: str) -> None:
        """Drop a server's enabled channels and region."""
        await self._writes.submit(ForgetGuild(guild_id))

    async def mark_delivered(self, person_id: str, step: int) -> None:
        """The message carrying `step`'s choices reached the person (see bot.store.delivery)."""
        await self._marks.submit((person_id, int(step)))

    async def undelivered(self, since: float, limit: int = UNDELIVERED_LIMIT) -> list[PersonState]:
        """Active people, committed since `since`, whose committed step is past the delivered one."""
        rows = await self._reader.fetchall(SQLITE_UNDELIVERED, (float(since), int(limit)))
        found = []
        for row in rows:
            try:
                found.append(row_to_state(row))
            except (ValueError, TypeError) as exc:  # a damaged row is skipped, never a crash
                log.warning("unreadable state for a person, not shown again: %s", exc)
        return found

    async def _mark_batch(self, marks: list[tuple[str, int]]) -> list[None]:
        await self._writes.submit(MarkDelivered(tuple(furthest(marks).items())))
        return [None] * len(marks)

    async def close(self) -> None:
        """Finish pending writes, then close the file."""
        try:
            await self._marks.close()
            await self._writes.close()
            await self._reads.close()
        finally:
            await self._reader.close()
            await self._writer.close()
            if self._scratch is not None:
                self._scratch.cleanup()

    # --- batches ------------------------------------------------------------------------------
    async def _read_batch(self, items: list[str | _Slot | PendingReminder]) -> list:
        ids = list(dict.fromkeys([item if isinstance(item, str) else item.person_id for item in items]))
        found: dict[str, Sequence[Any]] = {}
        most = max_rows(1)
        for start in range(0, len(ids), most):
            part: list[Any] = ids[start:start + most]
            size = bucket(len(part))
            part += [PAD] * (size - len(part))  # padding: asks for nobody
            rows = await self._reader.fetchall(read_sql(size, self._json), part)
            for row in json.loads(rows[0][0]) if self._json else rows:
                found[row[0]] = row
        results: list[Any] = []
        for item in items:
            if type(item) is PendingReminder:
                row = found.get(item.person_id)
                results.append(row is not None and bool(row[-1]))
                continue
            row = found.get(item if isinstance(item, str) else item.person_id)
            state: PersonState | None = None
            if row is not None and row[1] is not None:
                try:
                    state = row_to_state(row)
                except (ValueError, TypeError) as exc:  # a damaged row starts fresh rather than crash
                    log.warning("unreadable state for a person, starting fresh: %s", exc)
            if type(item) is _Slot:  # its person's lock is held, so no write of theirs is in flight
                if state is not None:
                    self._remember(item.person_id, state)
                item.state = state
                results.append(item)
            else:
                results.append(state)
        return results

    async def _write_batch(self, ops: list[lite.Write]) -> list:
        try:
            return await self._transaction(ops)
        except sqlite3.Error as exc:
            if len(ops) == 1:
                return [Failed(exc)]
        # One bad turn must not fail everyone else's: halve until it stands alone; the rest commit.
        middle = len(ops) // 2
        return await self._write_batch(ops[:middle]) + await self._write_batch(ops[middle:])

    async def _transaction(self, ops: list[lite.Write]) -> list:
        """Run ops in order as one transaction, in one call on the writer's thread; each op's result."""
        results, version = await self._writer.run(write_batch, ops)
        if version != self._data_version:
            if self._data_version is not None and self._cache:
                log.warning("another connection wrote to %s: states kept in memory dropped", self.path)
                self._cache.clear()
            self._data_version = version
        return results
