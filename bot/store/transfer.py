"""`wellspring migrate-store`: copy every row from one store to another, idempotently, then count."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from bot.config import SettingsError
from bot.store import open_store, redact, sqlite_path, store_kind
from bot.store.base import JOURNEY_COLUMNS, STATE_COLUMNS

EVENT_COLUMNS = ("person_id", "guild_id", "kind", "at")
CHANNEL_COLUMNS = ("guild_id", "channel_id", "enabled_by", "enabled_at")
REMINDER_COLUMNS = ("person_id", "due_at", "created_at")
PLAN_COLUMNS = ("person_id", "section", "text", "updated_at")
GUILD_COLUMNS = ("guild_id", "region")
# Every table the migrations create, and how it is copied; a table missing here stops the copy.
TABLES = ("people", "events", "journeys", "reminders", "channels", "safety_plan", "guild_settings")
BOOKKEEPING = ("schema_version",)  # each store keeps its own

_INTS = {"step", "journeys", "completed", "number", "furthest_stage", "checkin_before", "checkin_after"}
_FLOATS = {"started_at", "updated_at", "at", "enabled_at", "finished_at", "due_at", "created_at"}


@dataclass(frozen=True)
class TableCount:
    """One table after the copy: rows in the source, how many of them the target holds, its total."""

    table: str
    source: int
    present: int
    target_total: int

    @property
    def ok(self) -> bool:
        """Every source row is in the target."""
        return self.present == self.source

    def line(self) -> str:
        """The report line printed for this table."""
        return (f"{self.table:<14} source {self.source:>9,}   in target {self.present:>9,}   "
                f"(target total {self.target_total:,})   {'ok' if self.ok else 'MISSING ROWS'}")


class _Side:
    """Raw SQL on one store's data; the same statements serve SQLite and PostgreSQL."""

    def __init__(self, pool: Any = None, conn: sqlite3.Connection | None = None):
        self.pool, self._sqlite = pool, conn
        self.postgres = pool is not None

    @property
    def conn(self) -> sqlite3.Connection:
        """The SQLite connection (a side without a pool has one)."""
        if self._sqlite is None:
            raise RuntimeError("a PostgreSQL side has no SQLite connection")
        return self._sqlite

    @classmethod
    async def open(cls, target: str) -> tuple[_Side, Any]:
        """Open a store (bringing its schema up to date) and the raw side over it; (side, store)."""
        store = await open_store(target)
        if store_kind(target) == "postgres":
            return cls(pool=cast(Any, store).pool), store  # PostgresStore's pool: raw SQL for the copy
        await store.close()  # migrated; a plain connection copies without the store's batching
        # One-shot command: blocking calls into SQLite are simpler here and hold up nobody else.
        return cls(conn=sqlite3.connect(sqlite_path(target))), None

    async def close(self, store: Any) -> None:
        """Close the connection or the store."""
        if self._sqlite is not None:
            self._sqlite.close()
        if store is not None:
            await store.close()

    def _sql(self, sql: str) -> str:
        if not self.postgres:
            return sql
        parts = sql.split("?")  # our statements keep `?` out of strings
        return "".join(f"{part}${i}" for i, part in enumerate(parts[:-1], start=1)) + parts[-1]

    def any_of(self, column: str, values: Sequence[Any]) -> tuple[str, list[Any]]:
        """A `column is one of values` condition and its arguments."""
        if self.postgres:
            return f"{column} = ANY(?)", [list(values)]
        return f"{column} IN ({', '.join('?' * len(values))})", list(values)

    async def rows(self, sql: str, args: Sequence[Any] = ()) -> list[tuple]:
        """Fetch every row of a query."""
        if self.postgres:
            return [tuple(r) for r in await self.pool.fetch(self._sql(sql), *args)]
        return self.conn.execute(sql, tuple(args)).fetchall()

    async def write(self, sql: str, rows: list[tuple]) -> None:
        """Run one statement for many rows in one transaction."""
        if not rows:
            return
        if self.postgres:
            async with self.pool.acquire() as conn, conn.transaction():
                await conn.executemany(self._sql(sql), rows)
            return
        with self.conn:  # commits, or rolls back on error
            self.conn.executemany(sql, rows)

    async def tables(self) -> set[str]:
        """The data tables present."""
        if self.postgres:
            sql = "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        else:
            sql = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        return {name for (name,) in await self.rows(sql)} - set(BOOKKEEPING)

    def greatest(self, one: str, other: str) -> str:
        """The larger of two values: SQLite's two-argument MAX is PostgreSQL's GREATEST."""
        return f"{'GREATEST' if self.postgres else 'MAX'}({one}, {other})"

    async def count(self, table: str) -> int:
        """Rows in a table."""
        return (await self.rows(f"SELECT COUNT(*) FROM {table}"))[0][0]


def _typed(columns: Sequence[str], row: Sequence[Any]) -> tuple:
    # SQLite keeps whatever type it was given; PostgreSQL wants the declared one.
    return tuple(int(v) if c in _INTS and v is not None else float(v) if c in _FLOATS and v is not None
                 else v for c, v in zip(columns, row, strict=True))


async def _pages(side: _Side, columns: Sequence[str], table: str, keys: Sequence[str], batch: int,
                 distinct: bool = False) -> Any:
    """The rows of a table in pages, walking its key in order (no OFFSET: each page is an index seek)."""
    select = f"SELECT {'DISTINCT ' if distinct else ''}{', '.join(columns)} FROM {table}"
    order = f" ORDER BY {', '.join(keys)} LIMIT {batch:d}"
    after = f" WHERE ({', '.join(keys)}) > ({', '.join('?' * len(keys))})"
    page = await side.rows(select + order)
    while page:
        yield page
        page = await side.rows(select + after + order, page[-1][:len(keys)])


_UPSERT_PEOPLE = (
    f"INSERT INTO people ({', '.join(STATE_COLUMNS)}) VALUES ({', '.join('?' * len(STATE_COLUMNS))}) "
    "ON CONFLICT (person_id) DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in STATE_COLUMNS[1:])
    # A state the target already has from a later turn is newer than the copy: keep it.
    + " WHERE excluded.updated_at >= people.updated_at")
_UPSERT_CHANNEL = (f"INSERT INTO channels ({', '.join(CHANNEL_COLUMNS)}) VALUES (?, ?, ?, ?) "
                   "ON CONFLICT (guild_id, channel_id) DO NOTHING")
_INSERT_EVENT = f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES (?, ?, ?, ?)"
# A pending reminder the target already has was copied before or set there since: keep it.
_INSERT_REMINDER = (f"INSERT INTO reminders ({', '.join(REMINDER_COLUMNS)}) VALUES (?, ?, ?) "
                    "ON CONFLICT (person_id) DO NOTHING")


# A safety-plan section the target holds from a later edit is newer than the copy: keep it.
_UPSERT_PLAN = (f"INSERT INTO safety_plan ({', '.join(PLAN_COLUMNS)}) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (person_id, section) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at"
                " WHERE excluded.updated_at >= safety_plan.updated_at")
# A server setting the target already has was copied before or chosen there since: keep it.
_INSERT_GUILD = (f"INSERT INTO guild_settings ({', '.join(GUILD_COLUMNS)}) VALUES (?, ?) "
                 "ON CONFLICT (guild_id) DO NOTHING")


def _upsert_journey(target: _Side) -> str:
    # The stores' own merge, except that check-ins the target holds win: they were copied before or are newer.
    return (f"INSERT INTO journeys ({', '.join(JOURNEY_COLUMNS)}) "
            f"VALUES ({', '.join('?' * len(JOURNEY_COLUMNS))}) ON CONFLICT (person_id, number) DO UPDATE SET"
            " guild_id = COALESCE(journeys.guild_id, excluded.guild_id),"
            " finished_at = COALESCE(journeys.finished_at, excluded.finished_at),"
            f" furthest_stage = {target.greatest('journeys.furthest_stage', 'excluded.furthest_stage')},"
            " checkin_before = COALESCE(journeys.checkin_before, excluded.checkin_before),"
            " checkin_after = COALESCE(journeys.checkin_after, excluded.checkin_after)")


async def _people(source: _Side, target: _Side, batch: int, copy: bool) -> int:
    present = 0
    async for page in _pages(source, STATE_COLUMNS, "people", ("person_id",), batch):
        if copy:
            await target.write(_UPSERT_PEOPLE, [_typed(STATE_COLUMNS, row) for row in page])
        cond, args = target.any_of("person_id", [row[0] for row in page])
        present += (await target.rows(f"SELECT COUNT(*) FROM people WHERE {cond}", args))[0][0]
    return present


async def _events_of(side: _Side, people: list[str]) -> Counter:
    cond, args = side.any_of("person_id", people)
    rows = await side.rows(f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE {cond}", args)
    return Counter(_typed(EVENT_COLUMNS, row) for row in rows)


async def _events(source: _Side, target: _Side, batch: int, copy: bool) -> int:
    # Events have no key shared between stores: per person, copy only what the target lacks, as a
    # multiset of (person, guild, label, time). Copying twice therefore adds nothing.
    present = 0
    async for page in _pages(source, ("person_id",), "events", ("person_id",), max(1, batch // 10), True):
        people = [row[0] for row in page]
        wanted, held = await _events_of(source, people), await _events_of(target, people)
        if copy:
            await target.write(_INSERT_EVENT, list((wanted - held).elements()))
            held = await _events_of(target, people)
        present += sum((wanted & held).values())
    return present


async def _channels(source: _Side, target: _Side, batch: int, copy: bool) -> int:
    present = 0
    async for page in _pages(source, CHANNEL_COLUMNS, "channels", ("guild_id", "channel_id"), batch):
        if copy:
            await target.write(_UPSERT_CHANNEL, [_typed(CHANNEL_COLUMNS, row) for row in page])
        cond, args = target.any_of("guild_id", sorted({row[0] for row in page}))
        held = set(await target.rows(f"SELECT guild_id, channel_id FROM channels WHERE {cond}", args))
        present += sum((guild_id, channel_id) in held for guild_id, channel_id, *_ in page)
    return present


async def _journeys(source: _Side, target: _Side, batch: int, copy: bool) -> int:
    present = 0
    async for page in _pages(source, JOURNEY_COLUMNS, "journeys", ("person_id", "number"), batch):
        if copy:
            await target.write(_upsert_journey(target), [_typed(JOURNEY_COLUMNS, row) for row in page])
        cond, args = target.any_of("person_id", sorted({row[0] for row in page}))
        held = set(await target.rows(f"SELECT person_id, number FROM journeys WHERE {cond}", args))
        present += sum((person_id, int(number)) in held for person_id, number, *_ in page)
    return present


async def _reminders(source: _Side, target: _Side, batch: int, copy: bool) -> int:
    present = 0
    async for page in _pages(source, REMINDER_COLUMNS, "reminders", ("person_id",), batch):
        if copy:
            await target.write(_INSERT_REMINDER, [_typed(REMINDER_COLUMNS, row) for row in page])
        cond, args = target.any_of("person_id", [row[0] for row in page])
        present += (await target.rows(f"SELECT COUNT(*) FROM reminders WHERE {cond}", args))[0][0]
    return present


async def _plans(source: _Side, target: _Side, batch: int, copy: bool) -> int:
    # People's own words: copied as they are, and never printed; only the counts are.
    present = 0
    async for page in _pages(source, PLAN_COLUMNS, "safety_plan", ("person_id", "section"), batch):
        if copy:
            await target.write(_UPSERT_PLAN, [_typed(PLAN_COLUMNS, row) for row in page])
        cond, args = target.any_of("person_id", sorted({row[0] for row in page}))
        held = set(await target.rows(f"SELECT person_id, section FROM safety_plan WHERE {cond}", args))
        present += sum((person_id, section) in held for person_id, section, *_ in page)
    return present


async def _guilds(source: _Side, target: _Side, batch: int, copy: bool) -> int:
    present = 0
    async for page in _pages(source, GUILD_COLUMNS, "guild_settings", ("guild_id",), batch):
        if copy:
            await target.write(_INSERT_GUILD, [_typed(GUILD_COLUMNS, row) for row in page])
        cond, args = target.any_of("guild_id", [row[0] for row in page])
        present += (await target.rows(f"SELECT COUNT(*) FROM guild_settings WHERE {cond}", args))[0][0]
    return present


_COPIERS = {"people": _people, "events": _events, "journeys": _journeys, "reminders": _reminders,
            "channels": _channels, "safety_plan": _plans, "guild_settings": _guilds}


async def transfer(source_url: str, target_url: str, batch: int = 1000, copy: bool = True,
                   say: Callable[[str], None] = print) -> list[TableCount]:
    """Copy (or, with copy=False, only check) every table; the counts per table."""
    if store_kind(source_url) == "sqlite" and not sqlite_path(source_url).is_file():
        raise SettingsError(f"no SQLite file at {sqlite_path(source_url)} to copy from")
    if _same(source_url, target_url):
        raise SettingsError("--from and --to name the same store")
    src, source = await _Side.open(source_url)
    try:
        dst, target = await _Side.open(target_url)
        try:
            unknown = (await src.tables()) - set(TABLES)
            if unknown:
                raise SettingsError(f"migrate-store does not know how to copy {', '.join(sorted(unknown))}: "
                                    "teach bot/store/transfer.py about the newer migration first")
            say(f"{'copying' if copy else 'checking'} {redact(source_url)} -> {redact(target_url)}")
            counts = []
            for table in TABLES:
                present = await _COPIERS[table](src, dst, batch, copy)
                counts.append(TableCount(table, await src.count(table), present, await dst.count(table)))
                say(counts[-1].line())
            return counts
        finally:
            await dst.close(target)
    finally:
        await src.close(source)


def _same(one: str, other: str) -> bool:
    if store_kind(one) == store_kind(other) == "sqlite":
        return sqlite_path(one).resolve() == sqlite_path(other).resolve()
    return one == other


async def migrate_store(source_url: str, target_url: str, batch: int = 1000,
                        say: Callable[[str], None] = print) -> int:
    """The command: copy, verify, print; exit status 0 only when every source row is in the target."""
    counts = await transfer(source_url, target_url, batch, say=say)
    missing = [c.table for c in counts if not c.ok]
    if missing:
        say(f"migrate-store: FAILED — rows missing from the target in {', '.join(missing)}")
        return 1
    say(f"migrate-store: done — {sum(c.source for c in counts):,} rows verified in the target")
    return 0


__all__ = ["TABLES", "TableCount", "migrate_store", "transfer"]
