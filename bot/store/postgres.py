"""The shared store for several processes: PostgreSQL through asyncpg."""

from __future__ import annotations

import asyncio
import logging
import secrets
import zlib
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager, suppress
from contextvars import ContextVar
from dataclasses import asdict
from typing import Any

import asyncpg

import bot.store.postgres_sql as pg
from bot.journey.model import STAGES, PersonState
from bot.store.base import (
    CARE_EVENTS_SQL,
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
    journey_row,
    row_to_state,
    state_to_row,
)
from bot.store.batch import Batcher
from bot.store.delivery import POSTGRES_DELIVERED, POSTGRES_MARK, POSTGRES_UNDELIVERED, UNDELIVERED_LIMIT, furthest
from bot.store.migrate import migrations
from bot.store.upkeep_sql import FORGET_GUILD_POSTGRES, INACTIVE_POSTGRES

log = logging.getLogger(__name__)

# Two-key advisory locks live in their own key space, apart from anyone's one-key locks.
PERSON_LOCKS = 0x57530001  # (PERSON_LOCKS, hash of the person id): one turn at a time per person
MIGRATION_LOCK = (0x57530002, 0)  # one process migrates at a time

_FLOAT_COLUMNS = tuple(i for i, c in enumerate(STATE_COLUMNS) if c.endswith("_at"))
_STAGE_NUMBERS = range(1, len(STAGES) + 1)


# The turn the current task is in: (store, task, connection). A store call made inside a turn (the service
# cancels a reminder there) runs on the turn's own connection, inside its transaction: waiting for a second
# connection could wait forever once every connection of the pool is held by a turn doing the same.
_HELD: ContextVar[tuple[Any, asyncio.Task | None, asyncpg.Connection] | None] = ContextVar(
    "wellspring_postgres_turn", default=None)


def lock_key(person_id: str) -> int:
    """The second advisory-lock key of a person: a stable signed 32-bit hash of the id."""
    # Computed here, not with hashtext(), so BEGIN and the lock can share one round trip; two
    # people with the same hash merely take turns, which costs a little waiting and nothing else.
    value = zlib.crc32(person_id.encode("utf-8"))
    return value - (1 << 32) if value >= 1 << 31 else value


def _begin_locked(person_id: str) -> str:
    # Only integers are spliced in; the person id itself never enters SQL text.
    return f"BEGIN; SELECT pg_advisory_xact_lock({PERSON_LOCKS:d}, {lock_key(person_id):d})"


def _event_arrays(events: Sequence[Event]) -> tuple[list[str | None], list[str], list[float]]:
    return [e.guild_id for e in events], [e.kind for e in events], [float(e.at) for e in events]


def _row(state: PersonState) -> list[Any]:
    row = list(state_to_row(state))
    for i in _FLOAT_COLUMNS:  # a state built with whole seconds still fits float8
        row[i] = float(row[i])
    return row


def _journey(state: PersonState, events: Sequence[Event]) -> list[Any]:
    # journey_row without its person (that is $1): number, guild, started, finished, furthest, check-ins.
    _, number, guild, started, finished, furthest, before, after = journey_row(state, events)
    return [number, guild, float(started), None if finished is None else float(finished), furthest,
            before, after]


def _state(row: asyncpg.Record | None) -> PersonState | None:
    if row is None:
        return None
    try:
        return row_to_state(tuple(row))
    except (ValueError, TypeError) as exc:  # a damaged row starts fresh rather than crash
        log.warning("unreadable state for a person, starting fresh: %s", exc)
        return None


async def _erase(conn: asyncpg.Connection, person_id: str, events: Sequence[Event]) -> None:
    # Events that come with an erasure (e.g. "forget") still count in the aggregates, but under a
    # random id: nothing left behind names the person.
    anonymous = f"erased:{secrets.token_hex(8)}"
    await conn.execute(pg.ERASE, person_id, anonymous, *_event_arrays(events))


class _Slot:
    """One person's row, read and locked inside an open transaction."""

    def __init__(self, conn: asyncpg.Connection, person_id: str, state: PersonState | None):
        self._connection, self.person_id, self.state = conn, person_id, state

    async def commit(self, state: PersonState | None, events: Sequence[Event] = ()) -> None:
        """Write the new state and events, then COMMIT: durable when this returns."""
        if not self._connection.is_in_transaction():  # a second commit in one turn: lock again
            await self._connection.execute(_begin_locked(self.person_id))
        if state is None:
            await _erase(self._connection, self.person_id, events)
        elif events:
            await self._connection.execute(pg.SAVE_WITH_EVENTS, *_row(state), *_journey(state, events),
                                     *_event_arrays(events))
        else:
            await self._connection.execute(pg.SAVE, *_row(state), *_journey(state, events))
        await self._connection.execute("COMMIT")
        self.state = state


async def _keep_session(conn: asyncpg.Connection) -> None:
    """Skip asyncpg's reset query on release: we set no session state and hold no session locks."""
    # asyncpg still rolls back any open transaction before this runs; this saves a round trip a turn.


class PostgresStore:
    """People's states in PostgreSQL, shared by every process; a turn is one transaction."""

    def __init__(self, pool: asyncpg.Pool):
        self.pool = pool
        self._marks: Batcher[tuple[str, int], None] = Batcher(self._mark_batch, limit=2048)  # one statement

    @classmethod
    async def open(cls, url: str, pool_size: int = 10) -> PostgresStore:
        """Connect a pool and bring the schema up to date."""
        pool = await asyncpg.create_pool(url, min_size=1, max_size=pool_size, reset=_keep_session)
        try:
            async with pool.acquire() as conn:
                await _migrate(conn)
        except BaseException:
            await pool.close()
            raise
        return cls(pool)

    @asynccontextmanager
    async def person(self, person_id: str) -> AsyncIterator[_Slot]:
        """Hold a person for one turn: a transaction holding their advisory lock, across processes."""
        async with self.pool.acquire() as conn:
            try:
                # The lock is its own statement, before the read: a statement's snapshot is taken
                # when it starts, so a read in the same statement could miss the last holder's write.
                await conn.execute(_begin_locked(person_id))
                slot = _Slot(conn, person_id, _state(await conn.fetchrow(pg.SELECT, person_id)))
                held = _HELD.set((self, asyncio.current_task(), conn))
                try:
                    yield slot
                finally:
                    _HELD.reset(held)
            finally:
                if not conn.is_closed() and conn.is_in_transaction():  # no commit: nothing happened
                    with suppress(Exception):  # a broken connection is dropped by the pool anyway
                        await conn.execute("ROLLBACK")

    def _db(self) -> asyncpg.Pool | asyncpg.Connection:
        """Where a one-statement call runs: the current task's turn, if it holds one here, else the pool."""
        held = _HELD.get()
        if held is not None and held[0] is self and held[1] is asyncio.current_task():
            return held[2]
        return self.pool

    async def load(self, person_id: str) -> PersonState | None:
        """Read a person's last committed state (inside a turn: the turn's own view)."""
        return _state(await self._db().fetchrow(pg.SELECT, person_id))

    async def forget(self, person_id: str) -> None:
        """Erase every row about a person, waiting for any turn of theirs in flight."""
        async with self.person(person_id) as slot:
            await slot.commit(None)

    async def set_channel(self, guild_id: str, channel_id: str, enabled: bool, by: str, now: float) -> None:
        """Enable or disable the bot in one channel."""
        if enabled:
            await self.pool.execute(
                "INSERT INTO channels (guild_id, channel_id, enabled_by, enabled_at) VALUES ($1, $2, $3, $4) "
                "ON CONFLICT (guild_id, channel_id) DO NOTHING", guild_id, channel_id, by, float(now))
        else:
            await self.pool.execute(
                "DELETE FROM channels WHERE guild_id = $1 AND channel_id = $2", guild_id, channel_id)

    async def channels(self, guild_id: str) -> list[str]:
        """Enabled channel ids of a guild, oldest first."""
        rows = await self.pool.fetch(
            "SELECT channel_id FROM channels WHERE guild_id = $1 ORDER BY enabled_at, channel_id", guild_id)
        return [r[0] for r in rows]

    async def is_enabled(self, guild_id: str, channel_id: str) -> bool:
        """Whether the bot may act in this channel."""
        return await self.pool.fetchval(
            "SELECT EXISTS (SELECT 1 FROM channels WHERE guild_id = $1 AND channel_id = $2)",
            guild_id, channel_id)

    async def count_events(self, guild_id: str | None = None) -> dict[str, int]:
        """Aggregate event counts, optionally for one guild: labels and numbers only."""
        where, args = ("WHERE guild_id = $1", (guild_id,)) if guild_id else ("", ())
        rows = await self.pool.fetch(
            f"SELECT kind, COUNT(DISTINCT person_id) FROM events {where} GROUP BY kind", *args)
        return {kind: count for kind, count in rows}

    async def journeys(self, person_id: str) -> list[JourneyRecord]:
        """A person's journeys, oldest first."""
        rows = await self._db().fetch(pg.SELECT_JOURNEYS, person_id)
        return [JourneyRecord(*row) for row in rows]

    async def funnel(self, guild_id: str) -> Funnel:
        """Journeys begun from one server: started, finished, and how many reached each stage."""
        row = await self.pool.fetchrow(pg.FUNNEL, guild_id)
        care = await self.pool.fetch(
            f"SELECT kind, COUNT(DISTINCT person_id) FROM events WHERE guild_id = $1 AND {CARE_EVENTS_SQL} "
            "GROUP BY kind", guild_id)
        return funnel_from_row(tuple(row), [tuple(r) for r in care])

    async def export(self, person_id: str) -> dict[str, Any]:
        """Everything stored about one person, as JSON-ready data, read from one snapshot."""
        async with self.pool.acquire() as conn, conn.transaction(isolation="repeatable_read", readonly=True):
            state = _state(await conn.fetchrow(pg.SELECT, person_id))
            journeys = [JourneyRecord(*row) for row in await conn.fetch(pg.SELECT_JOURNEYS, person_id)]
            events = await conn.fetch(
                "SELECT kind, at, guild_id FROM events WHERE person_id = $1 ORDER BY id", person_id)
            due = await conn.fetchrow("SELECT due_at, created_at FROM reminders WHERE person_id = $1", person_id)
            plan = await conn.fetch(pg.SELECT_PLAN, person_id)
            enabled = await conn.fetch(pg.SELECT_ENABLED, person_id)
            delivered = await conn.fetchval(POSTGRES_DELIVERED, person_id)
        return {
            "person_id": person_id,
            "state": None if state is None else export_state(state),
            "journeys": [asdict(j) for j in journeys],
            "events": [{"kind": k, "at": at, "guild_id": g} for k, at, g in events],
            "reminder": None if due is None else {"due_at": due[0], "created_at": due[1]},
            "safety_plan": export_plan(plan),
            "channels_enabled": export_channels(enabled),
            "delivered_step": delivered,  # how far replies reached them: a number
        }

    async def set_reminder(self, person_id: str, due_at: float, now: float) -> None:
        """Keep one pending reminder per person (a new one replaces the old); inside a turn, with its commit."""
        await self._db().execute(
            "INSERT INTO reminders (person_id, due_at, created_at) VALUES ($1, $2, $3) "
            "ON CONFLICT (person_id) DO UPDATE SET due_at = excluded.due_at, created_at = excluded.created_at",
            person_id, float(due_at), float(now))

    async def cancel_reminder(self, person_id: str) -> bool:
        """Drop a pending reminder; whether there was one. Inside a turn, it is committed with the turn."""
        status = await self._db().execute("DELETE FROM reminders WHERE person_id = $1", person_id)
        return status != "DELETE 0"

    async def reminder(self, person_id: str) -> float | None:
        """When the pending reminder is due."""
        return await self._db().fetchval("SELECT due_at FROM reminders WHERE person_id = $1", person_id)

    async def claim_due_reminders(self, now: float, limit: int = 100) -> list[str]:
        """Take due reminders, soonest first; rows another process is taking are skipped, not waited for."""
        rows = await self.pool.fetch(pg.CLAIM, float(now), limit)
        return [r[0] for r in rows]

    async def claim_due_reminder(self, now: float, lease_s: float = REMINDER_LEASE_S) -> ReminderClaim | None:
        """Lease the soonest due reminder; one another process is claiming is skipped, not waited for."""
        until = float(now + lease_s)
        person_id = await self.pool.fetchval(pg.CLAIM_ONE, float(now), until)
        return None if person_id is None else ReminderClaim(person_id, until)

    async def settle_reminder(self, claim: ReminderClaim) -> bool:
        """Delete a claimed reminder if it is still the claimed one."""
        status = await self._db().execute("DELETE FROM reminders WHERE person_id = $1 AND due_at = $2",
                                          claim.person_id, float(claim.until))
        return status != "DELETE 0"

    async def release_reminder(self, claim: ReminderClaim, due_at: float) -> bool:
        """Give a claimed reminder back, due at `due_at`, if it is still the claimed one."""
        status = await self._db().execute("UPDATE reminders SET due_at = $3 WHERE person_id = $1 AND due_at = $2",
                                          claim.person_id, float(claim.until), float(due_at))
        return status != "UPDATE 0"

    # Like reminders, these run on the current turn's connection when called inside one (committed with
    # the turn; no second connection to wait for), else straight on the pool as their own transaction.
    async def save_plan_item(self, person_id: str, section: str, text: str, now: float) -> None:
        """Store one section of a person's safety plan (their words), replacing what it held."""
        check_plan_item(section, text)
        await self._db().execute(pg.SAVE_PLAN, person_id, section, text, float(now))

    async def plan(self, person_id: str) -> dict[str, str]:
        """A person's safety plan: section -> their words."""
        return {section: text for section, text, _ in await self._db().fetch(pg.SELECT_PLAN, person_id)}

    async def delete_plan(self, person_id: str) -> None:
        """Erase a person's safety plan."""
        await self._db().execute("DELETE FROM safety_plan WHERE person_id = $1", person_id)

    async def set_guild_region(self, guild_id: str, region: str | None) -> None:
        """A server's crisis-line region; None clears it."""
        check_region(region)
        await self._db().execute(pg.SET_REGION, guild_id, region)

    async def guild_region(self, guild_id: str) -> str | None:
        """A server's crisis-line region, if set."""
        return await self._db().fetchval("SELECT region FROM guild_settings WHERE guild_id = $1", guild_id)

    async def inactive_people(self, before: float, limit: int = 200) -> list[str]:
        """People nothing of whom was written since `before` (retention)."""
        return [row[0] for row in await self.pool.fetch(INACTIVE_POSTGRES, float(before), int(limit))]

    async def forget_guild(self, guild_id: str) -> None:
        """Drop a server's enabled channels and region, in one transaction."""
        async with self.pool.acquire() as conn, conn.transaction():
            for sql in FORGET_GUILD_POSTGRES:
                await conn.execute(sql, guild_id)

    async def mark_delivered(self, person_id: str, step: int) -> None:
        """The message carrying `step`'s choices reached the person (see bot.store.delivery)."""
        await self._marks.submit((person_id, int(step)))

    async def undelivered(self, since: float, limit: int = UNDELIVERED_LIMIT) -> list[PersonState]:
        """Active people, committed since `since`, whose committed step is past the delivered one."""
        rows = await self.pool.fetch(POSTGRES_UNDELIVERED, float(since), int(limit))
        return [state for state in map(_state, rows) if state is not None]

    async def _mark_batch(self, marks: list[tuple[str, int]]) -> list[None]:
        best = furthest(marks)
        await self.pool.execute(POSTGRES_MARK, list(best), list(best.values()))
        return [None] * len(marks)

    async def close(self) -> None:
        """Close the pool once turns in flight have finished."""
        await self._marks.close()
        await self.pool.close()


async def _migrate(conn: asyncpg.Connection) -> None:
    # One transaction under one lock: two processes starting together apply each migration once,
    # and a failed migration leaves the schema as it was (PostgreSQL's DDL is transactional).
    async with conn.transaction():
        await conn.execute("SELECT pg_advisory_xact_lock($1, $2)", *MIGRATION_LOCK)
        await conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
            "applied_at TIMESTAMPTZ NOT NULL DEFAULT now())")
        current = await conn.fetchval("SELECT COALESCE(MAX(version), 0) FROM schema_version")
        known = migrations("postgres")
        if current > len(known):
            log.warning("database schema is version %d, newer than this code knows (%d)", current, len(known))
        for number, name, sql in known:
            if number <= current:
                continue
            log.info("applying migration %s", name)
            await conn.execute(sql)
            await conn.execute("INSERT INTO schema_version (version, name) VALUES ($1, $2)", number, name)
