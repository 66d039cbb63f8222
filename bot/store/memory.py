"""An in-memory twin of the stores, for tests and quick experiments."""

from __future__ import annotations

from contextlib import asynccontextmanager
from typing import AsyncIterator, Sequence

from bot.journey.model import PersonState
from bot.store.base import Event


class _Slot:
    def __init__(self, store: MemoryStore, person_id: str):
        self.store, self.person_id = store, person_id
        self.state = store.people.get(person_id)

    async def commit(self, state: PersonState | None, events: Sequence[Event] = ()) -> None:
        if state is None:
            await self.store.forget(self.person_id)
        else:
            self.store.people[self.person_id] = state
            self.store.events.extend((self.person_id, e) for e in events)
        self.store.commits += 1
        self.state = state


class MemoryStore:
    """Dictionaries behind the Store interface; nothing survives the process."""

    def __init__(self) -> None:
        self.people: dict[str, PersonState] = {}
        self.events: list[tuple[str, Event]] = []
        self.enabled: dict[str, dict[str, str]] = {}
        self.commits = 0

    @asynccontextmanager
    async def person(self, person_id: str) -> AsyncIterator[_Slot]:
        """Hold one person's record for a turn."""
        yield _Slot(self, person_id)

    async def load(self, person_id: str) -> PersonState | None:
        """Read a person's state."""
        return self.people.get(person_id)

    async def forget(self, person_id: str) -> None:
        """Erase everything about a person."""
        self.people.pop(person_id, None)
        self.events = [(pid, e) for pid, e in self.events if pid != person_id]

    async def set_channel(self, guild_id: str, channel_id: str, enabled: bool, by: str, now: float) -> None:
        """Enable or disable one channel."""
        channels = self.enabled.setdefault(guild_id, {})
        if enabled:
            channels.setdefault(channel_id, by)
        else:
            channels.pop(channel_id, None)

    async def channels(self, guild_id: str) -> list[str]:
        """Enabled channels of a guild."""
        return list(self.enabled.get(guild_id, {}))

    async def is_enabled(self, guild_id: str, channel_id: str) -> bool:
        """Whether a channel is enabled."""
        return channel_id in self.enabled.get(guild_id, {})

    async def count_events(self, guild_id: str | None = None) -> dict[str, int]:
        """Distinct people per event kind."""
        seen: dict[str, set[str]] = {}
        for pid, event in self.events:
            if guild_id is None or event.guild_id == guild_id:
                seen.setdefault(event.kind, set()).add(pid)
        return {kind: len(people) for kind, people in seen.items()}

    async def close(self) -> None:
        """Nothing to close."""
