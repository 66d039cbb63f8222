"""What is committed is shown, and erasure wins: delivery's bookkeeping for the service.

What is committed is shown: each person's committed step reaches them, once, even after a crash.

A turn commits a person's new step before its replies go out, and the adapter reports when the
message carrying that step's choices (or its prompt) has reached them (Service.delivered, a step
number, never words). A person whose committed step is past the delivered one (the process was
killed mid-narration, the connection was cut) is found on start-up and on every new gateway session
(Service.undelivered) and shown the step again: its last narration line and its buttons. Should that
showing never arrive either, their next message or click brings the step along, once.

Erasure wins: every journey has a generation, a short label of when it began (`generation_of`), that
the replies of a turn carry (`Stamped`) and the choice buttons drawn from them carry in their custom
ids. /restart begins a new journey and /forget leaves none, so a click on a button from before either
gets a gentle answer and changes nothing: no record is made (`stale_click`).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from bot.journey import texts
from bot.journey.model import ACTIVE, PersonState
from bot.journey.turns import Inbound, Option, Reply, Turn

if TYPE_CHECKING:
    from bot.service import Service

log = logging.getLogger(__name__)

UNDELIVERED_WITHIN_S = 7 * 86400  # an older undelivered step waits for the person's next message
EARLIER_JOURNEY = "That button is from an earlier journey, so I've left it be."
WHERE_NOW = " Here's where you are now:"
GENERATION_CHARS = 6  # hex digits of a generation (bot.discord.guard accepts 1 to 8)


def generation_of(state: PersonState | None) -> str | None:
    """The journey's generation: when it began, in milliseconds, as a few hex digits; None without one."""
    if state is None:
        return None
    return f"{int(round(state.started_at * 1000)) % 16 ** GENERATION_CHARS:x}"


class Stamped(tuple):
    """A turn's replies, carrying the generation of the journey they belong to (for the buttons' ids)."""

    generation: str | None = None

    def __new__(cls, replies: tuple[Reply, ...], generation: str | None) -> Stamped:
        made = super().__new__(cls, replies)
        made.generation = generation
        return made


def stamp(replies: tuple[Reply, ...], state: PersonState | None) -> tuple[Reply, ...]:
    """`replies`, stamped with the generation of `state`'s journey (as they were, without a state)."""
    generation = generation_of(state)
    return replies if generation is None else Stamped(replies, generation)


class Delivery:
    """The service's bookkeeping of delivered steps: the store keeps them, this decides what to show again."""

    def __init__(self, service: Service):
        self.service = service
        self.pending: dict[str, int] = {}  # person -> a step found undelivered and not shown again yet

    async def delivered(self, person_id: str, step: int) -> None:
        """The message with step `step`'s choices reached the person: their step is shown."""
        pending = self.pending.get(person_id)
        if pending is not None and step >= pending:
            del self.pending[person_id]
        mark = getattr(self.service.store, "mark_delivered", None)
        if mark is not None:
            await mark(person_id, step)

    async def undelivered(self, within_s: float = UNDELIVERED_WITHIN_S) -> list[tuple[str, tuple[Reply, ...]]]:
        """Each person whose committed step never fully reached them, with that step again.

        Only journeys under way: a person in crisis care, asked the check question, or inside a plan or
        grounding is left to care (care replies are never paced: they went out at once). A person with
        a turn in flight is skipped: that turn's replies show them where they are. Whoever is returned
        is remembered until the step is reported delivered, so their next turn can bring it along.
        """
        service = self.service
        find = getattr(service.store, "undelivered", None)
        if find is None:
            return []
        found = []
        for state in await find(service.clock() - within_s):
            person_id = state.person_id
            if service.locks.held(person_id):
                continue
            try:
                state = service.engine.repair(state)
                if not self.shows_step(state):
                    continue
                replies = service.engine.current(state, brief=True)
            except Exception as exc:  # one unreadable place never stops the others
                log.warning("an undelivered step could not be rebuilt: %s", type(exc).__name__)
                continue
            self.pending[person_id] = state.step
            found.append((person_id, stamp(replies, state)))
        return found

    def shows_step(self, state: PersonState | None) -> bool:
        """Whether the person's place is a journey step to show: active, and not in care."""
        care = self.service.care
        return (state is not None and state.status == ACTIVE and not care.active(state)
                and not care.checking(state) and not state.vars.get("_care_step"))

    def with_pending_step(self, person_id: str, turn: Turn) -> tuple[Reply, ...]:
        """A turn's replies; for a person whose undelivered step is still not shown, that step too, once,
        when the turn itself does not show where they are (a doubt answered, /status...)."""
        if self.pending.pop(person_id, None) is None:
            return turn.replies
        state = turn.state
        if not self.shows_step(state) or any(r.step >= 0 for r in turn.replies):
            return turn.replies
        assert state is not None
        return (*turn.replies, *self.service.engine.current(state, brief=True))

    def stale_click(self, state: PersonState | None, inbound: Inbound) -> Turn | None:
        """For a click on a choice whose button came from another journey (before a /restart or a /forget),
        a gentle answer that changes nothing; None for every other input. Buttons without a generation
        (drawn before generations existed) are left to the engine's own step check."""
        generation = inbound.arg if inbound.choice is not None else None
        if generation is None or generation == generation_of(state):
            return None
        if state is None:
            return Turn((Reply(texts.NOTHING_KEPT, "system", (Option("Begin", command="begin"),)),), None)
        engine = self.service.engine
        if not self.shows_step(state):
            return Turn((Reply(EARLIER_JOURNEY, "system"),), state)
        return Turn((Reply(EARLIER_JOURNEY + WHERE_NOW, "system"), *engine.current(state, brief=True)), state)
