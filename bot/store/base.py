"""What every store offers the service, and how a person's state becomes a row and back."""

from __future__ import annotations

import json
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import Any, Protocol, Sequence

from bot.journey.model import STATUSES, PersonState


@dataclass(frozen=True, slots=True)
class Event:
    """A label for aggregate counts (begin, stage:<name>, complete, crisis...), never words."""

    kind: str
    at: float
    guild_id: str | None = None


class Slot(Protocol):
    """One person's record, held for one turn."""

    state: PersonState | None

    async def commit(self, state: PersonState | None, events: Sequence[Event] = ()) -> None:
        """Store the new state (None erases the person) durably before returning."""


class Store(Protocol):
    """The service's only way to persistence; SQLite by default."""

    def person(self, person_id: str) -> AbstractAsyncContextManager[Slot]:
        """Hold `person_id`'s record for one turn (per-person ordering across processes)."""

    async def load(self, person_id: str) -> PersonState | None:
        """Read a person's state without holding it."""

    async def forget(self, person_id: str) -> None:
        """Erase everything stored about a person."""

    async def set_channel(self, guild_id: str, channel_id: str, enabled: bool, by: str, now: float) -> None:
        """Enable or disable the bot in one channel."""

    async def channels(self, guild_id: str) -> list[str]:
        """The enabled channel ids of a guild."""

    async def is_enabled(self, guild_id: str, channel_id: str) -> bool:
        """Whether the bot may act in this channel."""

    async def close(self) -> None:
        """Flush pending writes and close."""


STATE_COLUMNS = ("person_id", "stage", "node", "status", "step", "journeys", "completed",
                 "vars", "reframes_seen", "started_at", "updated_at")


def state_to_row(state: PersonState) -> tuple[Any, ...]:
    """Flatten a state into the people table's columns."""
    return (state.person_id, state.stage, state.node, state.status, state.step, state.journeys,
            state.completed, json.dumps(dict(state.vars), ensure_ascii=False),
            json.dumps(list(state.reframes_seen)), state.started_at, state.updated_at)


def row_to_state(row: Sequence[Any]) -> PersonState:
    """Rebuild a state from a people row; ValueError when the row is damaged."""
    values = dict(zip(STATE_COLUMNS, row))
    if values["status"] not in STATUSES:
        raise ValueError(f"unknown status {values['status']!r}")
    variables = json.loads(values["vars"] or "{}")
    seen = json.loads(values["reframes_seen"] or "[]")
    return PersonState(
        person_id=values["person_id"], stage=values["stage"], node=values["node"],
        status=values["status"], step=int(values["step"]), journeys=int(values["journeys"]),
        completed=int(values["completed"]),
        vars={str(k): str(v) for k, v in variables.items()},
        reframes_seen=tuple(str(s) for s in seen),
        started_at=float(values["started_at"]), updated_at=float(values["updated_at"]),
    )
