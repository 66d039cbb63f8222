"""Reminders for a paused journey: the limits and words of /remind, and the Reminders mixin that gives the
service `remind` (keep one) and `due_reminders` (claim, check and settle those that are due, each with its
message). The mixin uses the service's store, engine, locks and clock; bot/service.py builds on it.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.journey.engine import Engine
from bot.journey.model import PAUSED
from bot.journey.turns import Option, Reply
from bot.locks import PersonLocks
from bot.store.base import Store

MIN_REMIND_S, MAX_REMIND_S = 3600, 30 * 86400  # from one hour to thirty days
REMIND_SET = "I'll remind you {when}, here. /forget or /resume cancels it."
REMIND_NEEDS_PAUSE = "Reminders are for a paused journey. /pause first, then ask me to remind you."
REMIND_RANGE = "I can remind you from 1 hour up to 30 days from now."
REMINDER = ("You asked me to remind you: your journey is resting at stage {number} of 7: {title}. "
            "Whenever you're ready, /resume. There's no hurry.")


class Reminders:
    """The service's reminders: kept for a paused journey, sent once when due."""

    engine: Engine
    store: Store
    locks: PersonLocks
    clock: Callable[[], float]

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

    async def due_reminders(self) -> list[tuple[str, Reply]]:
        """Due reminders, each claimed, checked and settled on its own; each comes with its message.

        One at a time, up to 100 a call: a reminder is leased (store.claim_due_reminder), then, holding
        the person's place in line, their state is read. A paused journey gets its message and the
        reminder is settled (deleted) as it is handed over; one resumed or erased since is settled
        with nothing to say. When reading or settling fails for one person (a state that cannot be
        read, a store error), their reminder is left to its lease and comes due again later, and the
        next person is claimed all the same; when claiming itself fails, the ones already taken are
        still returned. Every reminder returned is settled already: the caller delivers each on its
        own, so that a failure for one (a deleted account) skips nobody else, and may set_reminder
        again to retry one it could not deliver for a passing reason.
        """
        import logging

        from bot.store.base import REMINDER_LEASE_S

        log = logging.getLogger("bot.service")  # the name its lines have always had
        now, due = self.clock(), []
        for _ in range(100):
            try:
                claim = await self.store.claim_due_reminder(now, REMINDER_LEASE_S)
            except Exception as exc:  # the store is failing: keep what was taken, try again next round
                log.warning("claiming a due reminder failed, trying again later: %s", type(exc).__name__)
                break
            if claim is None:
                break
            person_id = claim.person_id
            try:
                async with self.locks.hold(person_id):
                    state = await self.store.load(person_id)
                    reply = None
                    if state is not None and state.status == PAUSED:  # resumed or erased since: nothing to say
                        text = REMINDER.format(**self.engine.describe(self.engine.repair(state)))
                        reply = Reply(text, "system", (Option("Resume", command="resume"),))
                    if await self.store.settle_reminder(claim) and reply is not None:
                        due.append((person_id, reply))  # settled: sent once; not settled: cancelled or replaced
            except Exception as exc:  # only this person's: their reminder comes due again after its lease
                log.warning("a due reminder could not be checked, retrying after its lease: %s",
                            type(exc).__name__)
        return due


def _in_words(seconds: float) -> str:
    """'in 3 hours', 'in 2 days'."""
    hours = round(seconds / 3600)
    if hours < 48:
        return f"in {hours} hour{'s' if hours != 1 else ''}"
    days = round(seconds / 86400)
    return f"in {days} days"
