"""What every store offers the service, and how a person's state becomes a row and back."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from typing import Any, Protocol

from bot.journey.model import STATUSES, PersonState


@dataclass(frozen=True, slots=True)
class Event:
    """A label for aggregate counts (begin, stage:<name>, complete, crisis...), never words."""

    kind: str
    at: float
    guild_id: str | None = None


@dataclass(frozen=True, slots=True)
class JourneyRecord:
    """One walk through the journey: when, how far, and the optional check-ins. Numbers only."""

    number: int
    started_at: float
    finished_at: float | None
    furthest_stage: int
    checkin_before: int | None
    checkin_after: int | None
    guild_id: str | None = None  # the server it was begun from, for moderators' aggregate counts


@dataclass(frozen=True, slots=True)
class Funnel:
    """How far people who began a journey from one server went: distinct people, never journeys.

    Someone who began five times counts once, at the furthest stage any of their journeys from this
    server reached. Exact counts: what a moderator may see of them is bot.insight.history's business.
    """

    started: int  # people who began at least one journey from this server
    finished: int  # of them, people who finished at least one of those journeys
    reached: dict[int, int]  # stage number -> people one of whose journeys from here reached it
    care: dict[str, int] = field(default_factory=dict)  # care event label -> distinct people, from this server


# A claimed reminder is leased, not deleted: its due time moves this far ahead, so no other claimer takes
# it meanwhile, and it comes due again by itself when the claimer never settles it (a crash, a failure).
REMINDER_LEASE_S = 600.0
# What channels.enabled_by says once the moderator who enabled the channel asked to be forgotten.
FORGOTTEN_MODERATOR = "a moderator"


@dataclass(frozen=True, slots=True)
class ReminderClaim:
    """One due reminder taken for a lease: whose, and the due time the lease moved it to (the claim's token)."""

    person_id: str
    until: float


# The event labels of crisis care a moderator may see counted (never who, never words).
CARE_EVENTS = ("crisis", "help-now", "check", "check:yes", "check:no", "check:unsaid", "check:unclear",
               "care:grounding", "care:plan", "care:plan-begun", "care:lines")
CARE_EVENTS_SQL = "kind IN (" + ", ".join(f"'{kind}'" for kind in CARE_EVENTS) + ")"


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
        """Erase everything stored about a person.

        Their rows go from every per-person table; a channel they enabled stays enabled, its
        enabled_by now FORGOTTEN_MODERATOR. On SQLite the write-ahead log is then checkpointed and
        truncated, and deleted content is overwritten, so the erased bytes leave the files too.
        """

    async def set_channel(self, guild_id: str, channel_id: str, enabled: bool, by: str, now: float) -> None:
        """Enable or disable the bot in one channel."""

    async def channels(self, guild_id: str) -> list[str]:
        """The enabled channel ids of a guild."""

    async def is_enabled(self, guild_id: str, channel_id: str) -> bool:
        """Whether the bot may act in this channel."""

    async def journeys(self, person_id: str) -> list[JourneyRecord]:
        """A person's journeys, oldest first."""

    async def funnel(self, guild_id: str) -> Funnel:
        """Aggregate progress of the journeys begun from one server."""

    async def export(self, person_id: str) -> dict[str, Any]:
        """Everything stored about one person, as plain JSON-ready data: every row that names them,
        the channels they enabled included ("channels_enabled")."""

    async def set_reminder(self, person_id: str, due_at: float, now: float) -> None:
        """Remember to nudge a person at `due_at` (one pending reminder per person)."""

    async def cancel_reminder(self, person_id: str) -> bool:
        """Drop a person's pending reminder; whether there was one."""

    async def reminder(self, person_id: str) -> float | None:
        """When a person's pending reminder is due, if any."""

    async def claim_due_reminders(self, now: float, limit: int = 100) -> list[str]:
        """Take (and delete) reminders due by `now`, so each is sent once, even across processes.

        All at once: a failure after this loses the rest. The service claims one by one instead.
        """

    async def claim_due_reminder(self, now: float, lease_s: float = REMINDER_LEASE_S) -> ReminderClaim | None:
        """Take the soonest reminder due by `now` (ties: by person id) for a lease, or None.

        Nothing is deleted: its due time moves to `now + lease_s`, so no other claimer, in this process
        or another, takes it meanwhile, and it comes due again by itself unless settled or released.
        """

    async def settle_reminder(self, claim: ReminderClaim) -> bool:
        """Delete a claimed reminder (it was sent, or no longer fits); False, deleting nothing, when it
        is no longer the claimed one: cancelled, replaced by a new one, or its lease lapsed and retaken."""

    async def release_reminder(self, claim: ReminderClaim, due_at: float) -> bool:
        """Give a claimed reminder back, due again at `due_at` (a retry); False when it is no longer the
        claimed one (as for settle_reminder)."""

    async def save_plan_item(self, person_id: str, section: str, text: str, now: float) -> None:
        """Store one section of a person's safety plan in their own words, replacing what it held.

        The one place a person's words are kept, and only after they said yes: erased by `forget`,
        in `export`, never logged and never shown to anyone else. ValueError (naming no words) when
        `section` or `text` is out of bounds (see check_plan_item).
        """

    async def plan(self, person_id: str) -> dict[str, str]:
        """A person's safety plan: section -> their words; {} when they have none."""

    async def delete_plan(self, person_id: str) -> None:
        """Erase a person's whole safety plan (and nothing else about them)."""

    async def set_guild_region(self, guild_id: str, region: str | None) -> None:
        """A server's crisis-line region (a label such as "US" or "intl"); None clears it."""

    async def guild_region(self, guild_id: str) -> str | None:
        """A server's crisis-line region, if its moderators set one."""

    async def mark_delivered(self, person_id: str, step: int) -> None:
        """The message carrying step `step`'s choices (or prompt) reached the person; a step number, no words.

        Never moves backwards, and never past the person's committed step (bot.store.delivery)."""

    async def undelivered(self, since: float, limit: int = 10_000) -> list[PersonState]:
        """Active people, committed at or after `since`, whose committed step is past the delivered one:
        it was never fully shown (a crash, a cut connection). Oldest first."""

    async def inactive_people(self, before: float, limit: int = 200) -> list[str]:
        """People nothing of whom was written since `before` (their place, an event, a journey, a plan
        answer; a reminder until it is due), in id order: retention's list (bot/store/retention.py)."""

    async def forget_guild(self, guild_id: str) -> None:
        """Drop one server's settings, its enabled channels and region (the bot left it); people's rows stay."""

    async def close(self) -> None:
        """Flush pending writes and close."""


PLAN_TEXT_LIMIT = 1000  # characters of one safety-plan section; the caller bounds it, the store refuses more
PLAN_SECTION_LIMIT = 64  # a section's name is a label chosen by the code, not a person's words
REGION_LIMIT = 32


def funnel_sql(param: str) -> str:
    """A server's funnel in distinct people: one row of started, finished, then reached for stages 1 to 7.

    Each person counts once, at the furthest stage and with the first finish of their journeys begun
    from the server (`param` is the placeholder of its id: "?" or "$1").
    """
    reached = ", ".join(f"COALESCE(SUM(CASE WHEN furthest >= {n:d} THEN 1 ELSE 0 END), 0)" for n in range(1, 8))
    return (f"SELECT COUNT(*), COUNT(finished), {reached} FROM (SELECT person_id, MAX(furthest_stage) AS furthest,"
            f" MIN(finished_at) AS finished FROM journeys WHERE guild_id = {param} GROUP BY person_id) AS per_person")


def funnel_from_row(row: Sequence[Any], care: Sequence[Sequence[Any]]) -> Funnel:
    """A Funnel from funnel_sql's row and (kind, distinct people) care rows."""
    return Funnel(int(row[0]), int(row[1]), {n: int(row[1 + n]) for n in range(1, 8)},
                  {kind: int(count) for kind, count in care})


def export_channels(rows: Sequence[Sequence[Any]]) -> list[dict[str, Any]]:
    """(guild_id, channel_id, enabled_at) rows of the channels a person enabled, for the export."""
    return [{"guild_id": g, "channel_id": c, "enabled_at": float(at)} for g, c, at in rows]


def check_plan_item(section: str, text: str) -> None:
    """Refuse a safety-plan item the tables would not hold; the message names lengths, never the words."""
    if type(section) is not str or not 0 < len(section) <= PLAN_SECTION_LIMIT:
        raise ValueError(f"a safety-plan section is a label of 1 to {PLAN_SECTION_LIMIT} characters")
    if type(text) is not str:
        raise ValueError("a safety-plan item is text")
    if len(text) > PLAN_TEXT_LIMIT:
        raise ValueError(f"a safety-plan item holds at most {PLAN_TEXT_LIMIT} characters, not {len(text)}")


def check_region(region: str | None) -> None:
    """Refuse a region label that is empty or too long (None, clearing it, is fine)."""
    if region is not None and (type(region) is not str or not 0 < len(region) <= REGION_LIMIT):
        raise ValueError(f"a region is a label of 1 to {REGION_LIMIT} characters, or None")


def export_plan(rows: Sequence[Sequence[Any]]) -> dict[str, dict[str, Any]]:
    """(section, text, updated_at) rows as the export's "safety_plan": section -> its words and when."""
    return {section: {"text": text, "updated_at": float(updated_at)} for section, text, updated_at in rows}


STATE_COLUMNS = ("person_id", "stage", "node", "status", "step", "journeys", "completed",
                 "vars", "reframes_seen", "started_at", "updated_at")


JOURNEY_COLUMNS = ("person_id", "number", "guild_id", "started_at", "finished_at", "furthest_stage",
                   "checkin_before", "checkin_after")


def journey_row(state: PersonState, events: Sequence[Event]) -> tuple[Any, ...]:
    """The journeys-table row a committed state implies; stores keep the furthest stage and first finish."""
    guild = next((e.guild_id for e in events if e.kind == "begin" and e.guild_id), None) if events else None
    finished = state.updated_at if state.status == "completed" else None
    return (state.person_id, state.journeys, guild, state.started_at, finished, state.stage_number,
            state.checkin("before"), state.checkin("after"))


def merge_journey(old: JourneyRecord | None, row: tuple[Any, ...]) -> JourneyRecord:
    """Combine a stored journey with a new row: first guild and finish, furthest stage, latest check-ins."""
    _, number, guild, started, finished, furthest, before, after = row
    if old is None:
        return JourneyRecord(number, started, finished, furthest, before, after, guild)
    return JourneyRecord(number, old.started_at, old.finished_at or finished,
                         max(old.furthest_stage, furthest), before, after, old.guild_id or guild)


# Built once: json.dumps would build an encoder on every call. The same text as json.dumps writes.
_encode_vars = json.JSONEncoder(ensure_ascii=False).encode
_encode_seen = json.JSONEncoder().encode


def encode_vars(variables: Mapping[str, str]) -> str:
    """The vars column: a JSON object."""
    return _encode_vars(variables if type(variables) is dict else dict(variables)) if variables else "{}"


def encode_seen(seen: Sequence[str]) -> str:
    """The reframes_seen column: a JSON array."""
    return _encode_seen(list(seen)) if seen else "[]"


def state_to_row(state: PersonState) -> tuple[Any, ...]:
    """Flatten a state into the people table's columns."""
    return (state.person_id, state.stage, state.node, state.status, state.step, state.journeys, state.completed,
            encode_vars(state.vars), encode_seen(state.reframes_seen), state.started_at, state.updated_at)


def row_to_state(row: Sequence[Any]) -> PersonState:
    """Rebuild a state from a people row; ValueError when the row is damaged."""
    person_id, stage, node, status, step, journeys, completed, variables, seen, started_at, updated_at = row[:11]
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}")
    variables = json.loads(variables) if variables else {}
    seen = json.loads(seen) if seen else ()
    return PersonState(
        person_id=person_id, stage=stage, node=node, status=status, step=int(step), journeys=int(journeys),
        completed=int(completed), vars={str(k): str(v) for k, v in variables.items()},
        reframes_seen=tuple(map(str, seen)), started_at=float(started_at), updated_at=float(updated_at),
    )


def export_state(state: PersonState) -> dict[str, Any]:
    """A state as plain JSON-ready data, for /mydata."""
    return {column: value for column, value in zip(STATE_COLUMNS, state_to_row(state), strict=True)} | {
        "vars": dict(state.vars), "reframes_seen": list(state.reframes_seen)}
