"""How far each person's replies reached them: one step number per person, never words.

A turn commits a person's new step before its replies go out; the adapter reports, once the message
carrying that step's choices (or its prompt) has reached the person, `mark_delivered(id, step)`.
A committed step past the delivered one was never fully shown (a crash, a cut connection): after a
restart or a reconnect the service shows it again, once (Service.undelivered).

The SQL of both engines lives here. A mark never moves the delivered step backwards, and never past
the person's committed step: a late mark from before an erasure (when the steps counted again from 0)
cannot make the new journey's steps look delivered.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.store.base import STATE_COLUMNS

UNDELIVERED_WITHIN_S = 7 * 86400  # older undelivered steps wait until the person writes again
UNDELIVERED_LIMIT = 10_000  # people read at once on start-up or reconnect

_COLUMNS = ", ".join(STATE_COLUMNS)
SQLITE_MARK = ("UPDATE people SET delivered_step = ? "
               "WHERE person_id = ? AND step >= ? AND delivered_step < ?")
SQLITE_UNDELIVERED = (f"SELECT {_COLUMNS} FROM people WHERE status = 'active' AND step > delivered_step "
                      "AND updated_at >= ? ORDER BY updated_at, person_id LIMIT ?")
SQLITE_DELIVERED = "SELECT delivered_step FROM people WHERE person_id = ?"
POSTGRES_DELIVERED = "SELECT delivered_step FROM people WHERE person_id = $1"
POSTGRES_MARK = ("UPDATE people SET delivered_step = m.step "
                 "FROM unnest($1::text[], $2::int[]) AS m(person_id, step) "
                 "WHERE people.person_id = m.person_id AND people.step >= m.step AND people.delivered_step < m.step")
POSTGRES_UNDELIVERED = (f"SELECT {_COLUMNS} FROM people WHERE status = 'active' AND step > delivered_step "
                        "AND updated_at >= $1 ORDER BY updated_at, person_id LIMIT $2")


def furthest(marks: Iterable[tuple[str, int]]) -> dict[str, int]:
    """Each person's highest step among `marks` (many marks of one person become one)."""
    best: dict[str, int] = {}
    for person_id, step in marks:
        step = int(step)
        if step > best.get(person_id, -1):
            best[person_id] = step
    return best


@dataclass(frozen=True, slots=True)
class MarkDelivered:
    """A write-batch op of the SQLite store: many people's delivered steps, one statement."""

    marks: Sequence[tuple[str, int]]

    def write(self, conn: sqlite3.Connection) -> None:
        conn.executemany(SQLITE_MARK, [(step, pid, step, step) for pid, step in self.marks])
