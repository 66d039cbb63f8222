"""One process's share of Discord's global rate limit, spent fairly: crisis care first, then people in turn.

Discord allows a bot about 50 requests a second on its bot-token routes, across all its shards and
processes (interaction callbacks and followups are exempt). Every request the courier sends that counts
against that limit asks this budget first, so the process stays under its share without waiting for
429s: urgent requests (crisis care, a safety check, care mode) go out before anything else, and the
rest are served round-robin by person, so one long narration never holds up everyone behind it.

Requests the budget does not see (opening a DM channel, syncing commands) are few; `headroom` leaves
room for them. Processes of one sharded bot each take the share of their shards (`for_shards`).
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Callable

DISCORD_GLOBAL_PER_S = 50.0
HEADROOM = 0.9  # spend 90% of the share through the budget; the rest is for requests it never sees
WINDOW_S = 1.0
URGENT_RESERVE = 0.1  # of the budget kept for crisis care: it never waits for a window full of narration


class GlobalBudget:
    """At most `limit` grants in any rolling second; waiting requests served urgent-first, then round-robin."""

    def __init__(self, per_s: float = DISCORD_GLOBAL_PER_S, *, share: float = 1.0, headroom: float = HEADROOM,
                 clock: Callable[[], float] = time.monotonic):
        self.limit = max(1, int(per_s * share * headroom))
        # slots only crisis care takes
        self.reserve = max(1, round(self.limit * URGENT_RESERVE)) if self.limit > 1 else 0
        self.clock = clock
        self._granted: deque[float] = deque()  # grant times within the last WINDOW_S
        self._urgent: deque[asyncio.Future[None]] = deque()
        self._first: deque[asyncio.Future[None]] = deque()  # the first message answering someone's action
        self._waiting: dict[str, deque[asyncio.Future[None]]] = {}  # person -> their waiting requests, in order
        self._ring: deque[str] = deque()  # people with a request waiting, in turn
        self._pump: asyncio.Task[None] | None = None
        self.granted = 0  # requests let through, over the budget's life
        self.skipped = 0  # optional requests (typing) left out because the budget was busy
        self.waited = 0  # requests that had to queue

    @classmethod
    def for_shards(cls, shard_count: int | None, shard_ids: list[int] | None,
                   per_s: float = DISCORD_GLOBAL_PER_S) -> GlobalBudget:
        """The share of one process running `shard_ids` out of `shard_count` (all of it when unsharded)."""
        if not shard_count or shard_ids is None:
            return cls(per_s)
        return cls(per_s, share=len(set(shard_ids)) / shard_count)

    def _prune(self, now: float) -> None:
        while self._granted and now - self._granted[0] >= WINDOW_S:
            self._granted.popleft()

    def _cap(self, rank: int) -> int:
        """Slots in the window a request may fill: crisis care (rank 0) all, a first answer (1) all but the
        reserve, the rest of a narration (2) all but twice the reserve, so answers never queue behind it."""
        return max(1, self.limit - rank * self.reserve)

    def _room(self, now: float, rank: int = 2) -> bool:
        self._prune(now)
        return len(self._granted) < self._cap(rank)

    def _grant(self, now: float) -> None:
        self._granted.append(now)
        self.granted += 1

    def queued(self) -> int:
        """Requests waiting for their turn."""
        return len(self._urgent) + len(self._first) + sum(len(q) for q in self._waiting.values())

    async def acquire(self, key: str, *, urgent: bool = False, first: bool = False) -> None:
        """Wait until one request for `key` may go out: urgent ones before everyone else's, then the
        `first` message answering someone's action (the rest of a narration can wait: it has pauses)."""
        now = self.clock()
        if urgent and not self._urgent and self._room(now, 0):
            self._grant(now)  # crisis care goes before everyone waiting
            return
        if first and not urgent and not self._urgent and not self._first and self._room(now, 1):
            self._grant(now)  # an answer goes before the rest of anyone's narration
            return
        if not self.queued() and self._room(now):
            self._grant(now)
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        if urgent:
            self._urgent.append(future)
        elif first:
            self._first.append(future)
        else:
            line = self._waiting.get(key)
            if line is None:
                line = self._waiting[key] = deque()
                self._ring.append(key)
            line.append(future)
        self.waited += 1
        if self._pump is None or self._pump.done():
            self._pump = asyncio.ensure_future(self._run())
        await future  # a cancelled waiter is skipped by the pump

    def try_spare(self, fraction: float = 0.5) -> bool:
        """Take a slot for an optional request (a "typing…") only when nobody waits and the window is
        under `fraction` full; False means leave it out."""
        now = self.clock()
        self._prune(now)
        if self.queued() or len(self._granted) >= self.limit * fraction:
            self.skipped += 1
            return False
        self._grant(now)
        return True

    def pressed(self, fraction: float = 0.5) -> bool:
        """Whether the budget is tight: someone waits, or the last second used over `fraction` of it."""
        self._prune(self.clock())
        return bool(self.queued()) or len(self._granted) >= self.limit * fraction

    def _next(self) -> asyncio.Future[None] | None:
        for line in (self._urgent, self._first):
            while line:
                future = line.popleft()
                if not future.done():
                    return future
        while self._ring:
            key = self._ring.popleft()
            line = self._waiting[key]
            future = line.popleft()
            if line:
                self._ring.append(key)  # their next request waits for everyone else's turn
            else:
                del self._waiting[key]
            if not future.done():
                return future
        return None

    async def _run(self) -> None:
        while self.queued():
            now = self.clock()
            rank = 0 if any(not f.done() for f in self._urgent) else 1 if any(not f.done() for f in self._first) else 2
            cap = self._cap(rank)
            if not self._room(now, rank):
                # when the window drops below the cap (an urgent request may be granted sooner, in acquire)
                wake = self._granted[len(self._granted) - cap] + WINDOW_S
                await asyncio.sleep(max(0.001, min(wake - now, 0.05)))
                continue
            future = self._next()
            if future is None:
                break
            self._grant(now)
            future.set_result(None)
            await asyncio.sleep(0)  # let the granted request start before the next grant
