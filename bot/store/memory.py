"""An in-memory twin of the stores, for tests and quick experiments."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager

from bot.journey.model import PersonState
from bot.store.base import (
    CARE_EVENTS,
    FORGOTTEN_MODERATOR,
    REMINDER_LEASE_S,
    Event,
    Funnel,
    JourneyRecord,
    ReminderClaim,
    check_plan_item,
    check_region,
    export_channels,
    export_plan,
    journey_row,
    merge_journey,
)


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
            trips = self.store.trips.setdefault(self.person_id, {})
            trips[state.journeys] = merge_journey(trips.get(state.journeys), journey_row(state, events))
        self.store.commits += 1
        self.state = state


class MemoryStore:
    """Dictionaries behind the Store interface; nothing survives the process."""

    def __init__(self) -> None:
        self.people: dict[str, PersonState] = {}
        self.events: list[tuple[str, Event]] = []
        self.enabled: dict[str, dict[str, tuple[str, float]]] = {}  # guild -> channel -> (enabled by, when)
        self.trips: dict[str, dict[int, JourneyRecord]] = {}
        self.reminders: dict[str, tuple[float, float]] = {}
        self.plans: dict[str, dict[str, tuple[str, float]]] = {}  # person -> section -> (their words, when)
        self.regions: dict[str, str] = {}  # guild -> crisis-line region
        self.delivered: dict[str, int] = {}  # person -> the step whose choices last reached them
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
        self.trips.pop(person_id, None)
        self.reminders.pop(person_id, None)
        self.plans.pop(person_id, None)
        self.delivered.pop(person_id, None)
        for channels in self.enabled.values():  # the channels they enabled stay enabled, by "a moderator"
            for channel_id, (by, at) in channels.items():
                if by == person_id:
                    channels[channel_id] = (FORGOTTEN_MODERATOR, at)

    async def set_channel(self, guild_id: str, channel_id: str, enabled: bool, by: str, now: float) -> None:
        """Enable or disable one channel."""
        channels = self.enabled.setdefault(guild_id, {})
        if enabled:
            channels.setdefault(channel_id, (by, float(now)))
        else:
            channels.pop(channel_id, None)

    async def channels(self, guild_id: str) -> list[str]:
        """Enabled channels of a guild."""
        found = self.enabled.get(guild_id, {})
        return sorted(found, key=lambda channel_id: found[channel_id][1])

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

    async def journeys(self, person_id: str) -> list[JourneyRecord]:
        """A person's journeys, oldest first."""
        return [trip for _, trip in sorted(self.trips.get(person_id, {}).items())]

    async def funnel(self, guild_id: str) -> Funnel:
        """People who began from one server: each once, at their furthest stage."""
        furthest: dict[str, int] = {}
        finished: set[str] = set()
        for pid, per in self.trips.items():
            for t in per.values():
                if t.guild_id == guild_id:
                    furthest[pid] = max(furthest.get(pid, 0), t.furthest_stage)
                    if t.finished_at is not None:
                        finished.add(pid)
        reached = {n: sum(1 for stage in furthest.values() if stage >= n) for n in range(1, 8)}
        care: dict[str, set[str]] = {}
        for pid, event in self.events:
            if event.guild_id == guild_id and event.kind in CARE_EVENTS:
                care.setdefault(event.kind, set()).add(pid)
        return Funnel(len(furthest), len(finished), reached,
                      {kind: len(people) for kind, people in care.items()})

    async def export(self, person_id: str) -> dict:
        """Everything about one person."""
        from dataclasses import asdict

        state = self.people.get(person_id)
        due = self.reminders.get(person_id)
        return {
            "person_id": person_id,
            "state": None if state is None else {**asdict(state), "vars": dict(state.vars),
                                                 "reframes_seen": list(state.reframes_seen)},
            "journeys": [asdict(t) for t in await self.journeys(person_id)],
            "events": [{"kind": e.kind, "at": e.at, "guild_id": e.guild_id}
                       for pid, e in self.events if pid == person_id],
            "reminder": None if due is None else {"due_at": due[0], "created_at": due[1]},
            "safety_plan": export_plan([(section, text, at) for section, (text, at)
                                        in sorted(self.plans.get(person_id, {}).items())]),
            "channels_enabled": export_channels(sorted(
                (guild_id, channel_id, at) for guild_id, channels in self.enabled.items()
                for channel_id, (by, at) in channels.items() if by == person_id)),
            "delivered_step": self.delivered.get(person_id, -1) if person_id in self.people else None,
        }

    async def set_reminder(self, person_id: str, due_at: float, now: float) -> None:
        """One pending reminder per person."""
        self.reminders[person_id] = (due_at, now)

    async def cancel_reminder(self, person_id: str) -> bool:
        """Drop a pending reminder."""
        return self.reminders.pop(person_id, None) is not None

    async def reminder(self, person_id: str) -> float | None:
        """When the pending reminder is due."""
        due = self.reminders.get(person_id)
        return None if due is None else due[0]

    async def claim_due_reminders(self, now: float, limit: int = 100) -> list[str]:
        """Take due reminders, oldest first."""
        due = sorted((d, pid) for pid, (d, _) in self.reminders.items() if d <= now)[:limit]
        for _, pid in due:
            del self.reminders[pid]
        return [pid for _, pid in due]

    async def claim_due_reminder(self, now: float, lease_s: float = REMINDER_LEASE_S) -> ReminderClaim | None:
        """Lease the soonest due reminder: its due time moves to now + lease_s."""
        due = min(((d, pid) for pid, (d, _) in self.reminders.items() if d <= now), default=None)
        if due is None:
            return None
        until = float(now + lease_s)
        self.reminders[due[1]] = (until, self.reminders[due[1]][1])
        return ReminderClaim(due[1], until)

    async def settle_reminder(self, claim: ReminderClaim) -> bool:
        """Delete a claimed reminder if it is still the claimed one."""
        held = self.reminders.get(claim.person_id)
        if held is None or held[0] != claim.until:
            return False
        del self.reminders[claim.person_id]
        return True

    async def release_reminder(self, claim: ReminderClaim, due_at: float) -> bool:
        """Give a claimed reminder back, due at `due_at`, if it is still the claimed one."""
        held = self.reminders.get(claim.person_id)
        if held is None or held[0] != claim.until:
            return False
        self.reminders[claim.person_id] = (float(due_at), held[1])
        return True

    async def save_plan_item(self, person_id: str, section: str, text: str, now: float) -> None:
        """Store one section of a person's safety plan, replacing what it held."""
        check_plan_item(section, text)
        self.plans.setdefault(person_id, {})[section] = (text, float(now))

    async def plan(self, person_id: str) -> dict[str, str]:
        """A person's safety plan: section -> their words."""
        return {section: text for section, (text, _) in sorted(self.plans.get(person_id, {}).items())}

    async def delete_plan(self, person_id: str) -> None:
        """Erase a person's safety plan."""
        self.plans.pop(person_id, None)

    async def set_guild_region(self, guild_id: str, region: str | None) -> None:
        """A server's crisis-line region; None clears it."""
        check_region(region)
        if region is None:
            self.regions.pop(guild_id, None)
        else:
            self.regions[guild_id] = region

    async def guild_region(self, guild_id: str) -> str | None:
        """A server's crisis-line region, if set."""
        return self.regions.get(guild_id)

    async def inactive_people(self, before: float, limit: int = 200) -> list[str]:
        """People nothing of whom was written since `before` (retention)."""
        last: dict[str, float] = {}

        def seen(pid: str, at: float | None) -> None:
            if at is not None:
                last[pid] = max(last.get(pid, at), at)

        for pid, state in self.people.items():
            seen(pid, state.updated_at)
        for pid, event in self.events:
            seen(pid, event.at)
        for pid, trips in self.trips.items():
            for trip in trips.values():
                seen(pid, trip.finished_at if trip.finished_at is not None else trip.started_at)
        for pid, (due_at, _) in self.reminders.items():
            seen(pid, due_at)
        for pid, sections in self.plans.items():
            for _, at in sections.values():
                seen(pid, at)
        return sorted(pid for pid, at in last.items() if at < before)[:limit]

    async def forget_guild(self, guild_id: str) -> None:
        """Drop a server's enabled channels and region."""
        self.enabled.pop(guild_id, None)
        self.regions.pop(guild_id, None)

    async def mark_delivered(self, person_id: str, step: int) -> None:
        """The message carrying `step`'s choices reached the person (see bot.store.delivery)."""
        state = self.people.get(person_id)
        if state is not None and state.step >= step > self.delivered.get(person_id, -1):
            self.delivered[person_id] = int(step)

    async def undelivered(self, since: float, limit: int = 10_000) -> list[PersonState]:
        """Active people, committed since `since`, whose committed step is past the delivered one."""
        found = [s for pid, s in self.people.items() if s.status == "active" and s.updated_at >= since
                 and s.step > self.delivered.get(pid, -1)]
        return sorted(found, key=lambda s: (s.updated_at, s.person_id))[:limit]

    async def close(self) -> None:
        """Nothing to close."""
