"""The application: one inbound event -> crisis check -> doubt -> engine -> store -> replies."""

from __future__ import annotations

import asyncio
import gc
import time
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Callable

from bot.journey.engine import Engine, Inbound, Option, Reply, Turn, clean_text
from bot.journey.model import ACTIVE, PAUSED, PersonState
from bot.journey import texts
from bot.store.base import Event, Store

if TYPE_CHECKING:
    from bot.language.assess import Assessment
    from bot.language.crisis import CrisisContent
    from bot.language.reframes import ReframeBook

GC_THRESHOLD = 50_000  # container allocations between young collections (Python's default: 700)
SEEN_LIMIT = 200  # reframe ids remembered per person: labels, never words
MIN_REMIND_S, MAX_REMIND_S = 3600, 30 * 86400  # from one hour to thirty days
EXPORT_NOTE = ("Everything wellspring keeps about you: your place in the journey, labels of your choices, "
               "check-in numbers and event labels. Never the words you type. /forget erases it all.")
REMIND_SET = "I'll remind you {when}, here. /forget or /resume cancels it."
REMIND_NEEDS_PAUSE = "Reminders are for a paused journey. /pause first, then ask me to remind you."
REMIND_RANGE = "I can remind you from 1 hour up to 30 days from now."
REMINDER = ("You asked me to remind you: your journey is resting at stage {number} of 7: {title}. "
            "Whenever you're ready, /resume. There's no hurry.")


@dataclass(frozen=True, slots=True)
class Language:
    """The language layer the service consults on every free-text message."""

    assess: Callable[[str], "Assessment"]
    reframes: "ReframeBook"
    crisis: "CrisisContent"
    region: str = "all"


_NOBODY: list = []  # the queue of a lock held with nobody waiting (shared, never appended to)


class PersonLocks:
    """A first-come, first-served lock per person; different people never wait for each other.

    A person's entry exists only while someone holds their lock: it lists the turns waiting for
    it. Taking a free lock is a dictionary look-up, with no lock object and no await, which is
    what nearly every turn does (one person rarely sends twice at once).
    """

    def __init__(self) -> None:
        self._waiting: dict[str, list[asyncio.Future[None]]] = {}  # held: _NOBODY or the queue

    def hold(self, person_id: str) -> _Hold:
        """`async with locks.hold(id)`: run the block alone for this person; others go on in parallel."""
        return _Hold(self, person_id)

    def take(self, person_id: str) -> asyncio.Future[None] | None:
        """Take the lock at once (None), or join the queue: then `await locks.wait(id, future)`."""
        waiting = self._waiting.get(person_id)
        if waiting is None:
            self._waiting[person_id] = _NOBODY
            return None
        future = asyncio.get_running_loop().create_future()
        if waiting is _NOBODY:
            self._waiting[person_id] = [future]
        else:
            waiting.append(future)
        return future

    async def wait(self, person_id: str, future: asyncio.Future[None]) -> None:
        """Wait for the lock to be handed over; cancelled, give up the place (or the lock) in the queue."""
        try:
            await future
        except BaseException:
            if future.done() and not future.cancelled():  # handed over just before the cancel landed
                self.release(person_id)
            else:
                waiting = self._waiting.get(person_id)
                if waiting is not None and future in waiting:
                    waiting.remove(future)
            raise

    def release(self, person_id: str) -> None:
        """Hand the lock to the next turn still waiting, or drop the person's entry."""
        waiting = self._waiting[person_id]
        while waiting:
            future = waiting.pop(0)
            if not future.done():  # a waiter cancelled meanwhile is skipped
                future.set_result(None)
                return
        del self._waiting[person_id]


class _Hold:
    __slots__ = ("locks", "person_id")

    def __init__(self, locks: PersonLocks, person_id: str):
        self.locks, self.person_id = locks, person_id

    async def __aenter__(self) -> None:
        waiter = self.locks.take(self.person_id)
        if waiter is not None:
            await self.locks.wait(self.person_id, waiter)

    async def __aexit__(self, *exc: object) -> None:
        self.locks.release(self.person_id)


class Service:
    """Turns one person's input into committed state and replies; adapters do the I/O."""

    def __init__(self, engine: Engine, store: Store, language: Language,
                 clock: Callable[[], float] = time.time):
        self.engine, self.store, self.language, self.clock = engine, store, language, clock
        self.locks = PersonLocks()

    async def handle(self, inbound: Inbound, guild_id: str | None = None) -> tuple[Reply, ...]:
        """Answer one input; its new state is committed before the replies are returned."""
        person_id, locks = inbound.person_id, self.locks
        waiter = locks.take(person_id)  # the person's lock, as `async with locks.hold(...)` takes it
        if waiter is not None:
            await locks.wait(person_id, waiter)
        try:
            async with self.store.person(person_id) as slot:
                state = self.engine.repair(slot.state) if slot.state else None
                turn = self.decide(state, inbound, self.clock())
                if "resume" in turn.events or "begin" in turn.events:
                    await self.store.cancel_reminder(person_id)  # they came back by themselves
                if turn.state is not slot.state or turn.events:  # the engine hands back the same state when unchanged
                    # An erased person leaves nothing behind, not even the label of the erasure.
                    kinds = turn.events if turn.state is not None else ()
                    await slot.commit(turn.state, [Event(kind, self.clock(), guild_id) for kind in kinds])
                return turn.replies
        finally:
            locks.release(person_id)

    async def greet(self, person_id: str) -> tuple[Reply, ...]:
        """What a person sees on arriving: the journey's start, or where they left off."""
        state = await self.store.load(person_id)
        if state is None:
            return await self.handle(Inbound(person_id, command="begin"))
        state = self.engine.repair(state)
        if state.status == ACTIVE:
            recap = Reply(texts.RESUME_RECAP.format(**self.engine.describe(state)), "system")
            return (recap, *self.engine.current(state))
        return self.engine.handle(state, Inbound(person_id, text="…"), self.clock()).replies

    async def remind(self, person_id: str, delay_s: float) -> str:
        """Keep a reminder for a paused journey; the answer to show the person."""
        if not MIN_REMIND_S <= delay_s <= MAX_REMIND_S:
            return REMIND_RANGE
        async with self.locks.hold(person_id):
            state = await self.store.load(person_id)
            if state is None or state.status != PAUSED:
                return REMIND_NEEDS_PAUSE
            now = self.clock()
            await self.store.set_reminder(person_id, now + delay_s, now)
        return REMIND_SET.format(when=_in_words(delay_s))

    async def export(self, person_id: str) -> dict:
        """Everything kept about a person, with a note on what is never kept."""
        return {"about": EXPORT_NOTE, "exported_at": self.clock(), **await self.store.export(person_id)}

    async def due_reminders(self) -> list[tuple[str, Reply]]:
        """Claim due reminders; each comes with its message, or is dropped if no longer fitting."""
        due = []
        for person_id in await self.store.claim_due_reminders(self.clock()):
            state = await self.store.load(person_id)
            if state is not None and state.status == PAUSED:  # resumed or erased since: nothing to say
                text = REMINDER.format(**self.engine.describe(self.engine.repair(state)))
                due.append((person_id, Reply(text, "system", (Option("Resume", command="resume"),))))
        return due

    def decide(self, state: PersonState | None, inbound: Inbound, now: float) -> Turn:
        """Crisis first, always; then a doubt's reframe; then the journey itself."""
        if inbound.command is not None or inbound.choice is not None or inbound.text is None:
            return self.engine.handle(state, inbound, now)
        text = clean_text(inbound.text)
        assessment = self.language.assess(text)
        if assessment.kind == "crisis":
            return self._crisis(state, now)
        if assessment.kind == "doubt" and assessment.theme:
            return self._reframe(state, inbound, text, assessment.theme, now)
        return self.engine.handle(state, inbound, now)

    def _crisis(self, state: PersonState | None, now: float) -> Turn:
        messages = self.language.crisis.messages(self.language.region)
        resume = (Option("Resume the journey", command="resume"),) if state else ()
        replies = [Reply(text, "crisis", pause=0.0) for text in messages]
        replies[-1] = replace(replies[-1], options=resume)
        paused = self.engine.pause(state, now) if state and state.status == ACTIVE else state
        return Turn(tuple(replies), paused, ("crisis",))

    def _reframe(self, state: PersonState | None, inbound: Inbound, text: str, theme: str,
                 now: float) -> Turn:
        from bot.language.reframes import quote_phrase

        seen = state.reframes_seen if state else ()
        reframe_id, reframe = self.language.reframes.choose(theme, seen, quote_phrase(text))
        reply = Reply(reframe, "reframe")
        if state is None or state.status != ACTIVE:
            follow = self.engine.handle(state, inbound, now)
        elif self.engine.book.node(state.stage, state.node).prompt is not None:
            follow = self.engine.handle(state, inbound, now)  # their whisper answers the prompt
        else:
            follow = Turn(self.engine.current(state, brief=True), state)
        if follow.state is None:
            return Turn((reply, *follow.replies), None, follow.events)
        remembered = (*follow.state.reframes_seen, reframe_id)[-SEEN_LIMIT:]
        kept = follow.state  # replace(kept, reframes_seen=remembered, updated_at=now), field by field
        new_state = PersonState(kept.person_id, kept.stage, kept.node, kept.status, kept.step, kept.journeys,
                                kept.completed, kept.vars, remembered, kept.started_at, now)
        return Turn((reply, *follow.replies), new_state, (*follow.events, f"reframe:{theme}"))


def tune_gc(threshold: int = GC_THRESHOLD) -> None:
    """Garbage collection for a long-running bot with many turns in flight; call once, after start-up.

    Everything alive after start-up (modules, the validated dialogues, the language rules) lives as
    long as the process, so it is frozen out of the collector's sight and full collections stop
    walking it again and again. And every waiting turn holds a few dozen objects: with Python's
    default of a young collection every 700 new objects, thousands of waiting turns survived into
    the older generations, which full collections walk (a third of the CPU at 10,000 turns in
    flight). At 50,000 most of them are answered, and freed, before any collection sees them.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(threshold, *gc.get_threshold()[1:])


def _in_words(seconds: float) -> str:
    """'in 3 hours', 'in 2 days'."""
    hours = round(seconds / 3600)
    if hours < 48:
        return f"in {hours} hour{'s' if hours != 1 else ''}"
    days = round(seconds / 86400)
    return f"in {days} days"
