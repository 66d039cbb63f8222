"""Deliver each person's messages in order, paced, without holding up anyone else; crisis care first."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

import aiohttp
import discord

from bot.discord.beats import beat
from bot.discord.budget import GlobalBudget
from bot.discord.queue_bound import over_bound
from bot.discord.render import URGENT, Outgoing
from bot.pacing import pause_after

log = logging.getLogger(__name__)

NARRATION = frozenset({"narration", "heading"})  # the journey's own lines, which `recheck` may stop
URGENT_GAP = 0.0  # seconds between the messages of an urgent batch: none (no typing, no pause)
LIVE_S = 14 * 60.0  # an interaction's token posts followups for 15 minutes; stop using it a minute early
EXPIRED = frozenset({401, 404})  # a followup refused for an unknown or expired token: use the channel instead


class Sendable(Protocol):
    """A channel we can type in and send to (a DM, in practice)."""

    async def send(self, content: str, **kwargs: Any) -> discord.Message: ...

    def typing(self): ...


def is_urgent(messages: list[Outgoing]) -> bool:
    """A batch holding crisis care, a safety check or care-mode replies (render.URGENT)."""
    return any(m.reply.kind in URGENT for m in messages)


@dataclass(eq=False)
class _Batch:
    channel: Sendable
    messages: list[Outgoing]
    done: asyncio.Future[bool]
    urgent: bool
    dropped: bool = False
    started: bool = False  # its first message went out


@dataclass(eq=False)
class _Lane:
    """One person's queue, the batch being sent and the signal that interrupts its pause."""

    queue: deque[_Batch] = field(default_factory=deque)
    current: _Batch | None = None
    sending: bool = False  # a message is on its way to Discord right now
    interrupt: asyncio.Event = field(default_factory=asyncio.Event)
    quiet: list[tuple[asyncio.Future[int], int]] = field(default_factory=list)  # preempt()s waiting, and their counts
    left: int = 0  # messages of the current batch not yet handed to Discord


class Courier:
    """One queue per person: their messages go out in order while others' go out in parallel.

    A person typing while the bot is still narrating queues the next answer behind the current
    narration, so the flow is never interleaved or broken. The exception is `preempt`: a batch
    with crisis care (or a check, or care-mode replies) drops everything not yet sent for that
    person (their place in the journey is already committed), stops the pause or "typing…" in
    progress, and goes out at once without pauses between its messages. /pause, /restart and
    /forget pre-empt too: their answer replaces what was queued.

    How a message travels: while the person has a live interaction (one they started in the last
    14 minutes and the bot answered, see `live`), as a followup of it, which Discord does not count
    against the bot's global limit, and without "typing…" (that would count). Otherwise through the
    DM channel, after asking the process's `budget` (crisis care first, people in turn); "typing…"
    then goes out only when the budget has room to spare. With `budget=None` and
    `via_interactions=False` every message and "typing…" goes straight through the channel (the
    path before the budget, kept as the capacity bench's baseline).
    """

    def __init__(self, pacing: float, recheck: Callable[[str], Awaitable[bool]] | None = None, *,
                 retry_base: float = 0.5, retry_cap: float = 30.0, attempts: int = 5, button_attempts: int = 12,
                 budget: GlobalBudget | None = None, via_interactions: bool = True,
                 clock: Callable[[], float] = time.monotonic):
        """`recheck(key)`, when given, is asked after each pause whether the rest of a paced batch
        is still wanted: for shards in other processes, whose crisis care this courier never sees.

        A transient failure (a 5xx, a cut connection, a timeout) is tried again after `retry_base`
        seconds, doubling up to `retry_cap`: `attempts` times in all, and `button_attempts` for a
        message that carries buttons (without it the person has nothing to tap). A message given up
        on never stops the rest of the queue. A 403 (DMs closed, 50007) is never retried."""
        self.pacing = pacing
        self.recheck = recheck
        self.retry_base, self.retry_cap = retry_base, retry_cap
        self.attempts, self.button_attempts = attempts, button_attempts
        self.on_step_shown: Callable[[str, int], None] | None = None  # (key, step) once a step's buttons are out
        self.retried = 0  # transient failures tried again (counts only)
        self.given_up = 0  # messages given up on after every attempt
        self._lanes: dict[str, _Lane] = {}
        self._workers: dict[str, asyncio.Task[None]] = {}
        self.undeliverable = 0
        self.preempted = 0  # messages dropped by pre-emption, over the courier's life (a count, never words)
        self.budget = budget
        self.via_interactions = via_interactions
        self.clock = clock
        self._live: dict[str, tuple[Any, float]] = {}  # person -> (their latest answered interaction, when)
        self.followups = 0  # messages sent as interaction followups (counts only)
        self.channel_sends = 0  # messages sent through the DM channel

    def live(self, key: str, interaction: Any) -> None:
        """`interaction` (the person's latest, already answered) carries their messages for the next
        14 minutes; one that was not answered is ignored (Discord refuses its followups)."""
        if not self.via_interactions or not interaction.response.is_done():
            return
        now = self.clock()
        if len(self._live) >= 1024 and len(self._live) & 1023 == 0:  # now and then, forget expired tokens
            self._live = {k: v for k, v in self._live.items() if now - v[1] <= LIVE_S}
        self._live[key] = (interaction, now)

    def _followup(self, key: str) -> Any:
        """The followup webhook of the person's live interaction, or None."""
        entry = self._live.get(key)
        if entry is None:
            return None
        if self.clock() - entry[1] > LIVE_S:
            del self._live[key]
            return None
        return entry[0].followup

    def _expired(self, key: str, webhook: Any) -> None:
        entry = self._live.get(key)
        if entry is not None and entry[0].followup is webhook:
            del self._live[key]

    def deliver(self, key: str, channel: Sendable, messages: list[Outgoing]) -> asyncio.Future[bool]:
        """Queue messages for one person; the future is False only if the DM could not be sent.

        An urgent batch (see URGENT) pre-empts first: it is sent next, right after the message in
        flight, if any (a message already on its way is never cut in half or overtaken).
        """
        done: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        urgent = is_urgent(messages)
        if urgent:
            self.preempt(key, keep_urgent=True)
        lane = self._lanes.get(key)
        if lane is None:
            lane = self._lanes[key] = _Lane()
        lane.queue.append(_Batch(channel, messages, done, urgent))
        for batch in over_bound(lane.queue):  # someone typing far ahead of the narration: oldest waiting goes
            self._drop(batch)
            self.preempted += len(batch.messages)
        worker = self._workers.get(key)
        if worker is None or worker.done():
            self._workers[key] = asyncio.create_task(self._work(key, lane), name=f"courier:{key}")
        return done

    def preempt(self, key: str, *, keep_urgent: bool = False) -> asyncio.Future[int]:
        """Drop every message not yet sent for `key` and cut short its pause; now, synchronously.

        The returned future (await it or not) resolves, with the number of messages dropped, once
        no message of theirs is in flight any more: what is sent after that comes after everything
        the person has seen. Dropped batches report True: nothing failed, it was superseded.
        `keep_urgent`: crisis care already queued or going out stays (a new urgent batch queues
        behind it, and urgent batches have no pauses, so that costs only the sends).
        """
        quiet: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        lane = self._lanes.get(key)
        if lane is None:
            quiet.set_result(0)
            return quiet
        dropped = 0
        kept = deque(b for b in lane.queue if keep_urgent and b.urgent)
        for batch in lane.queue:
            if batch not in kept:
                dropped += len(batch.messages)
                self._drop(batch)
        lane.queue = kept
        current = lane.current
        if current is not None and not current.dropped and not (keep_urgent and current.urgent):
            dropped += lane.left
            current.dropped = True
            lane.interrupt.set()
        self.preempted += dropped
        if dropped:
            log.info("pre-empted %d queued message(s) for a person", dropped)
        if lane.sending:
            lane.quiet.append((quiet, dropped))
        else:
            quiet.set_result(dropped)
        return quiet

    @staticmethod
    def _drop(batch: _Batch) -> None:
        batch.dropped = True
        if not batch.done.done():
            batch.done.set_result(True)

    async def _work(self, key: str, lane: _Lane) -> None:
        try:
            while lane.queue:
                batch = lane.queue.popleft()
                lane.current = batch
                lane.interrupt.clear()  # a pre-emption before this batch was taken is spent
                try:
                    ok = await self._send_all(key, lane, batch)
                except Exception as exc:  # never leave the rest of the queue stuck behind one batch
                    log.warning("sending a batch failed (%s); going on with the next", type(exc).__name__)
                    ok = False
                lane.current = None
                if not batch.done.done():
                    batch.done.set_result(ok)
        finally:
            lane.current, lane.sending = None, False
            self._wake_quiet(lane)
            if not lane.queue and self._lanes.get(key) is lane:
                self._lanes.pop(key, None)
                self._workers.pop(key, None)

    async def _send_all(self, key: str, lane: _Lane, batch: _Batch) -> bool:
        channel, messages, index, rest = batch.channel, batch.messages, 0, 0.0
        while index < len(messages):
            message, taken = messages[index], 1
            lane.left = len(messages) - index
            if batch.dropped:
                return True
            delay = URGENT_GAP if batch.urgent else rest
            try:
                if delay and not await self._pause(key, lane, batch, channel, delay):
                    return True  # pre-empted during the pause: nothing more of this batch goes out
                if (delay and self.recheck is not None and message.reply.kind in NARRATION
                        and not await self._wanted(key, batch)):
                    return True
                if self._pressed(key, batch):
                    message, taken = beat(messages, index)  # fewer, fuller messages while the budget is tight
                lane.left -= taken
                await self._send_one(key, lane, batch, channel, message)
            except discord.Forbidden as exc:
                # DMs closed (50007) or blocked: their place is already saved; stop quietly.
                log.info("cannot DM a person (code %s); their place is kept", exc.code)
                self.undeliverable += 1
                return False
            except discord.NotFound:
                log.info("a DM channel vanished; their place is kept")
                self.undeliverable += 1
                return False
            except discord.HTTPException as exc:  # 429s are retried inside discord.py; 5xx in _send_one
                log.warning("sending failed (%s %s); going on with the next message", exc.status, exc.code)
            rest = sum(pause_after(m.reply, self.pacing) for m in messages[index:index + taken])
            index += taken
        lane.left = 0
        return True

    def _pressed(self, key: str, batch: _Batch) -> bool:
        """Whether this message goes through the channel while the budget is tight (not crisis care)."""
        return (not batch.urgent and self.budget is not None and self.budget.pressed()
                and self._followup(key) is None)

    async def _send_one(self, key: str, lane: _Lane, batch: _Batch, channel: Sendable, message: Outgoing) -> bool:
        """Send one message, trying a transient failure again with back-off; False if given up on
        (or pre-empted while waiting to try again). Forbidden, NotFound and other 4xx propagate."""
        attempts = self.button_attempts if message.view is not None else self.attempts
        delay = self.retry_base
        for attempt in range(1, attempts + 1):
            lane.sending = True
            try:
                await self._transmit(key, batch, channel, message)
                self._shown(key, message)
                return True
            except discord.HTTPException as exc:
                if exc.status < 500:
                    raise
                reason = f"{exc.status}"
            except (TimeoutError, aiohttp.ClientError, OSError) as exc:
                reason = type(exc).__name__
            finally:
                lane.sending = False
                self._wake_quiet(lane)
            if attempt == attempts:
                self.given_up += 1
                log.warning("sending a message failed %d times (%s); going on with the next", attempts, reason)
                return False
            self.retried += 1
            log.info("sending a message failed (%s); trying again in %.1f s", reason, delay)
            if batch.dropped or not await self._rest(lane, batch, delay):
                return False
            delay = min(delay * 2, self.retry_cap)
        return False

    async def _transmit(self, key: str, batch: _Batch, channel: Sendable, message: Outgoing) -> None:
        """One message: as a followup of the live interaction, else through the channel within the budget."""
        webhook = self._followup(key)
        if webhook is not None:
            try:
                await webhook.send(message.content, view=message.view or discord.utils.MISSING, wait=True)
                batch.started = True
                self.followups += 1
                return
            except discord.HTTPException as exc:
                if exc.status not in EXPIRED:
                    raise
                log.info("an interaction's token no longer works (%s); sending through the DM", exc.status)
                self._expired(key, webhook)
        if self.budget is not None:
            await self.budget.acquire(key, urgent=batch.urgent, first=not batch.started)
        await channel.send(message.content, view=message.view)
        batch.started = True
        self.channel_sends += 1

    def _typing(self, key: str, channel: Sendable) -> asyncio.Future[Any] | None:
        """ "typing…" while the person reads, when it costs nothing anyone needs: never during a live
        interaction's narration, and through the channel only when the budget has room to spare."""
        if self._followup(key) is not None:
            return None
        if self.budget is not None and not self.budget.try_spare():
            return None
        return asyncio.ensure_future(channel.typing())

    def _shown(self, key: str, message: Outgoing) -> None:
        """Tell whoever tracks delivery that a step's choices reached the person (a step number, no words)."""
        reply = message.reply
        if self.on_step_shown is None or message.view is None or reply.step < 0:  # choices, or a prompt
            return
        try:
            self.on_step_shown(key, reply.step)
        except Exception:
            log.warning("recording a delivered step failed", exc_info=log.isEnabledFor(logging.DEBUG))

    async def _rest(self, lane: _Lane, batch: _Batch, delay: float) -> bool:
        """Wait `delay` before trying again; False as soon as a pre-emption drops the batch."""
        try:
            await asyncio.wait_for(lane.interrupt.wait(), timeout=delay)
        except TimeoutError:
            pass
        return not batch.dropped

    async def _wanted(self, key: str, batch: _Batch) -> bool:
        try:
            wanted = await self.recheck(key)  # type: ignore[misc]
        except Exception:  # a failed look-up never silences the journey
            log.exception("rechecking a person's narration failed")
            return True
        if not wanted:
            log.info("narration dropped: the person's journey moved on elsewhere")
            self.preempted += len(batch.messages)  # an upper bound; counts only
            batch.dropped = True
        return wanted and not batch.dropped

    async def _pause(self, key: str, lane: _Lane, batch: _Batch, channel: Sendable, delay: float) -> bool:
        """Rest for `delay`, showing "typing…" when that is cheap (`_typing`); False as soon as a
        pre-emption stops the batch."""
        if lane.interrupt.is_set() or batch.dropped:
            return False
        typing = self._typing(key, channel)
        try:
            await asyncio.wait_for(lane.interrupt.wait(), timeout=delay)
        except TimeoutError:
            pass
        finally:
            if typing is not None:
                if not typing.done():
                    typing.cancel()  # a typing call still on its way is not worth waiting for
                await asyncio.gather(typing, return_exceptions=True)
        return not (lane.interrupt.is_set() or batch.dropped)

    @staticmethod
    def _wake_quiet(lane: _Lane) -> None:
        waiting, lane.quiet = lane.quiet, []
        for future, dropped in waiting:
            if not future.done():
                future.set_result(dropped)

    def busy(self, key: str | None = None) -> bool:
        """Whether anything is still being sent (for one person, or for anyone)."""
        workers = [self._workers[key]] if key is not None and key in self._workers else \
            ([] if key is not None else list(self._workers.values()))
        return any(not w.done() for w in workers)

    async def drain(self, timeout: float = 10.0) -> None:
        """Wait for everything queued to be sent (used on shutdown and in tests)."""
        workers = [w for w in self._workers.values() if not w.done()]
        if workers:
            await asyncio.wait(workers, timeout=timeout)
