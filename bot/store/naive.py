"""The naive baseline: aiosqlite with one await per statement and a commit per turn.

Not for production: it exists so `wellspring bench` can show what group commit buys. Same
schema and migrations as SqliteStore; the only difference is how turns reach SQLite.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

import aiosqlite

from bot.journey.model import PersonState
from bot.store.base import (
    CARE_EVENTS_SQL,
    FORGOTTEN_MODERATOR,
    REMINDER_LEASE_S,
    STATE_COLUMNS,
    Event,
    Funnel,
    JourneyRecord,
    ReminderClaim,
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
from bot.store.sqlite_sql import (
    CHECKPOINT,
    DELETE_PLAN,
    ERASE_SQL,
    FORGET_ENABLER,
    INSERT_EVENT,
    JOURNEY_UPSERT,
    SAVE_PLAN,
    SELECT_ENABLED,
    SELECT_PLAN,
    SELECT_REGION,
    SET_REGION,
    UPSERT,
    migrate,
)
from bot.store.upkeep_sql import INACTIVE_SQLITE, forget_guild_sql

# aiosqlite's DEBUG records print every call it runs with its parameters, and those hold a person's
# safety plan in their own words: its records below INFO are dropped, whatever the root level.
if logging.getLogger("aiosqlite").level < logging.INFO:
    logging.getLogger("aiosqlite").setLevel(logging.INFO)

_SELECT_ONE = f"SELECT {', '.join(STATE_COLUMNS)} FROM people WHERE person_id = ?"


class _Slot:
    def __init__(self, store: NaiveStore, person_id: str, state: PersonState | None):
        self.store, self.person_id, self.state = store, person_id, state

    async def commit(self, state: PersonState | None, events: Sequence[Event] = ()) -> None:
        conn = self.store.conn
        if state is None:
            await self.store.forget(self.person_id)
        else:
            await conn.execute(UPSERT, state_to_row(state))
            await conn.execute(JOURNEY_UPSERT, journey_row(state, events))
            for e in events:  # rare (stage changes): one more await each
                await conn.execute(INSERT_EVENT, (self.person_id, e.guild_id, e.kind, e.at))
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
        await conn.execute("PRAGMA secure_delete=ON")  # as SqliteStore: erased bytes leave the file
        return cls(conn, path)

    async def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """Every row of a query, as a list (aiosqlite types them as an iterable)."""
        return list(await self.conn.execute_fetchall(sql, params))

    @asynccontextmanager
    async def person(self, person_id: str) -> AsyncIterator[_Slot]:
        """Hold one person's record for a turn: one read, one await."""
        yield _Slot(self, person_id, await self.load(person_id))

    async def load(self, person_id: str) -> PersonState | None:
        """Read a person's state."""
        rows = await self._rows(_SELECT_ONE, (person_id,))
        return row_to_state(rows[0]) if rows else None

    async def forget(self, person_id: str) -> None:
        """Erase everything stored about a person, then truncate the write-ahead log (as SqliteStore)."""
        for sql in ERASE_SQL:
            await self.conn.execute(sql, (person_id,))
        await self.conn.execute(FORGET_ENABLER, (FORGOTTEN_MODERATOR, person_id))
        await self.conn.commit()
        try:
            await self._rows(CHECKPOINT)
        except sqlite3.Error as exc:  # committed already: a log left whole is truncated at the next erasure
            logging.getLogger(__name__).warning("checkpoint after an erasure failed: %s", exc)

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
        rows = await self._rows(
            "SELECT channel_id FROM channels WHERE guild_id = ? ORDER BY enabled_at", (guild_id,))
        return [r[0] for r in rows]

    async def is_enabled(self, guild_id: str, channel_id: str) -> bool:
        """Whether the bot may act in this channel."""
        rows = await self._rows(
            "SELECT 1 FROM channels WHERE guild_id = ? AND channel_id = ?", (guild_id, channel_id))
        return bool(rows)

    async def journeys(self, person_id: str) -> list[JourneyRecord]:
        """A person's journeys, oldest first."""
        rows = await self._rows(
            "SELECT number, started_at, finished_at, furthest_stage, checkin_before, checkin_after, guild_id "
            "FROM journeys WHERE person_id = ? ORDER BY number", (person_id,))
        return [JourneyRecord(*row) for row in rows]

    async def funnel(self, guild_id: str) -> Funnel:
        """People who began from one server: started, finished, and how many reached each stage (each once)."""
        (row,) = await self._rows(funnel_sql("?"), (guild_id,))
        care = await self._rows(
            f"SELECT kind, COUNT(DISTINCT person_id) FROM events WHERE guild_id = ? AND {CARE_EVENTS_SQL} "
            "GROUP BY kind", (guild_id,))
        return funnel_from_row(row, care)

    async def export(self, person_id: str) -> dict[str, Any]:
        """Everything stored about one person."""
        state = await self.load(person_id)
        events = await self._rows(
            "SELECT kind, at, guild_id FROM events WHERE person_id = ? ORDER BY id", (person_id,))
        due = await self._rows(
            "SELECT due_at, created_at FROM reminders WHERE person_id = ?", (person_id,))
        plan = await self._rows(SELECT_PLAN, (person_id,))
        enabled = await self._rows(SELECT_ENABLED, (person_id,))
        return {"person_id": person_id, "state": None if state is None else export_state(state),
                "journeys": [asdict(j) for j in await self.journeys(person_id)],
                "events": [{"kind": k, "at": at, "guild_id": g} for k, at, g in events],
                "reminder": {"due_at": due[0][0], "created_at": due[0][1]} if due else None,
                "safety_plan": export_plan(plan), "channels_enabled": export_channels(enabled)}

    async def set_reminder(self, person_id: str, due_at: float, now: float) -> None:
        """Keep one pending reminder per person."""
        await self.conn.execute(
            "INSERT INTO reminders (person_id, due_at, created_at) VALUES (?, ?, ?) ON CONFLICT (person_id) "
            "DO UPDATE SET due_at = excluded.due_at, created_at = excluded.created_at", (person_id, due_at, now))
        await self.conn.commit()

    async def cancel_reminder(self, person_id: str) -> bool:
        """Drop a pending reminder; whether there was one."""
        cursor = await self.conn.execute("DELETE FROM reminders WHERE person_id = ?", (person_id,))
        await self.conn.commit()
        return cursor.rowcount > 0

    async def reminder(self, person_id: str) -> float | None:
        """When the pending reminder is due."""
        rows = await self._rows("SELECT due_at FROM reminders WHERE person_id = ?", (person_id,))
        return rows[0][0] if rows else None

    async def claim_due_reminders(self, now: float, limit: int = 100) -> list[str]:
        """Take due reminders (one process, so a plain read then delete is enough)."""
        rows = await self._rows(
            "SELECT person_id FROM reminders WHERE due_at <= ? ORDER BY due_at LIMIT ?", (now, limit))
        for (person_id,) in rows:
            await self.conn.execute("DELETE FROM reminders WHERE person_id = ?", (person_id,))
        await self.conn.commit()
        return [r[0] for r in rows]

    async def claim_due_reminder(self, now: float, lease_s: float = REMINDER_LEASE_S) -> ReminderClaim | None:
        """Lease the soonest due reminder (one process: a read, then an update, one commit)."""
        rows = await self._rows(
            "SELECT person_id FROM reminders WHERE due_at <= ? ORDER BY due_at, person_id LIMIT 1", (now,))
        if not rows:
            return None
        until = float(now + lease_s)
        await self.conn.execute("UPDATE reminders SET due_at = ? WHERE person_id = ?", (until, rows[0][0]))
        await self.conn.commit()
        return ReminderClaim(rows[0][0], until)

    async def settle_reminder(self, claim: ReminderClaim) -> bool:
        """Delete a claimed reminder if it is still the claimed one."""
        cursor = await self.conn.execute("DELETE FROM reminders WHERE person_id = ? AND due_at = ?",
                                         (claim.person_id, claim.until))
        await self.conn.commit()
        return cursor.rowcount > 0

    async def release_reminder(self, claim: ReminderClaim, due_at: float) -> bool:
        """Give a claimed reminder back, due at `due_at`, if it is still the claimed one."""
        cursor = await self.conn.execute("UPDATE reminders SET due_at = ? WHERE person_id = ? AND due_at = ?",
                                         (float(due_at), claim.person_id, claim.until))
        await self.conn.commit()
        return cursor.rowcount > 0

    async def save_plan_item(self, person_id: str, section: str, text: str, now: float) -> None:
        """Store one section of a person's safety plan, replacing what it held."""
        check_plan_item(section, text)
        await self.conn.execute(SAVE_PLAN, (person_id, section, text, float(now)))
        await self.conn.commit()

    async def plan(self, person_id: str) -> dict[str, str]:
        """A person's safety plan: section -> their words."""
        return {section: text for section, text, _ in await self._rows(SELECT_PLAN, (person_id,))}

    async def delete_plan(self, person_id: str) -> None:
        """Erase a person's safety plan."""
        await self.conn.execute(DELETE_PLAN, (person_id,))
        await self.conn.commit()

    async def set_guild_region(self, guild_id: str, region: str | None) -> None:
        """A server's crisis-line region; None clears it."""
        check_region(region)
        await self.conn.execute(SET_REGION, (guild_id, region))
        await self.conn.commit()

    async def guild_region(self, guild_id: str) -> str | None:
        """A server's crisis-line region, if set."""
        rows = await self._rows(SELECT_REGION, (guild_id,))
        return rows[0][0] if rows else None

    async def inactive_people(self, before: float, limit: int = 200) -> list[str]:
        """People nothing of whom was written since `before` (retention)."""
        return [row[0] for row in await self._rows(INACTIVE_SQLITE, (float(before), int(limit)))]

    async def forget_guild(self, guild_id: str) -> None:
        """Drop a server's enabled channels and region."""
        for sql in forget_guild_sql("?"):
            await self.conn.execute(sql, (guild_id,))
        await self.conn.commit()

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
                conn.execute(UPSERT, rows[done % people])
                conn.commit()
                done += 1
            if clock() >= deadline:
                return done / (clock() - start)
    finally:
        conn.close()
