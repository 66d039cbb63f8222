"""The SQLite store's reminders: the SqliteReminders mixin (keep, cancel, read, claim, settle and release one
person's pending reminder) and PendingReminder, the read-batch item that asks whether someone has one. Each
write is a typed operation of bot/store/sqlite_sql.py in the next write batch, so it keeps its order with
erasure; bot/store/sqlite.py builds SqliteStore on the mixin.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import bot.store.sqlite_sql as lite
from bot.store.base import REMINDER_LEASE_S, ReminderClaim
from bot.store.batch import Batcher
from bot.store.sqlite_thread import SqliteThread

if TYPE_CHECKING:
    from bot.store.sqlite import _Slot


@dataclass(frozen=True, slots=True)
class PendingReminder:
    """A read-batch item: whether a person has a pending reminder."""

    person_id: str


class SqliteReminders:
    """A person's pending reminder in SQLite: one per person, through SqliteStore's batches."""

    _reader: SqliteThread
    _writes: Batcher[lite.Write, Any]
    _reads: Batcher[str | _Slot | PendingReminder, Any]

    async def set_reminder(self, person_id: str, due_at: float, now: float) -> None:
        """Keep one pending reminder per person (a new one replaces the old)."""
        await self._writes.submit(lite.SetReminder(person_id, due_at, now))

    async def cancel_reminder(self, person_id: str) -> bool:
        """Drop a pending reminder; whether there was one."""
        # Every begin and resume turn asks, and almost nobody has one: a look in the next read batch
        # first, and a write only when there is something to delete.
        if not await self._reads.submit(PendingReminder(person_id)):
            return False
        return await self._writes.submit(lite.CancelReminder(person_id))

    async def reminder(self, person_id: str) -> float | None:
        """When the pending reminder is due."""
        rows = await self._reader.fetchall("SELECT due_at FROM reminders WHERE person_id = ?", (person_id,))
        return rows[0][0] if rows else None

    async def claim_due_reminders(self, now: float, limit: int = 100) -> list[str]:
        """Take due reminders in one transaction, so each is sent once."""
        return await self._writes.submit(lite.ClaimReminders(now, limit))

    async def claim_due_reminder(self, now: float, lease_s: float = REMINDER_LEASE_S) -> ReminderClaim | None:
        """Lease the soonest due reminder (its due time moves to now + lease_s); None when none is due."""
        return await self._writes.submit(lite.ClaimReminder(float(now), float(lease_s)))

    async def settle_reminder(self, claim: ReminderClaim) -> bool:
        """Delete a claimed reminder if it is still the claimed one."""
        return await self._writes.submit(lite.SettleReminder(claim))

    async def release_reminder(self, claim: ReminderClaim, due_at: float) -> bool:
        """Give a claimed reminder back, due at `due_at`, if it is still the claimed one."""
        return await self._writes.submit(lite.ReleaseReminder(claim, due_at))
