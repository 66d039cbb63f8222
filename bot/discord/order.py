"""One order per person across clicks and messages: the order Discord delivered the events.

A click's turn must not queue behind a message typed after it just because answering the click
takes a network round trip first. Each event takes a ticket synchronously, in its task's first
step (tasks start in the order the gateway parsed their events); a ticket enters the service only
after the one before it entered (the service takes a person's place in line synchronously, first
thing in `handle`), and hands its replies to the courier only after the one before it did.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")
WAIT_LIMIT_S = 60.0  # never wait forever on an earlier event that got stuck


class Ticket:
    """One event's place in its person's line."""

    def __init__(self, line: Turnstile, key: str, before: Ticket | None):
        loop = asyncio.get_running_loop()
        self.line, self.key, self.before = line, key, before
        self.entered: asyncio.Future[None] = loop.create_future()
        self.handed: asyncio.Future[None] = loop.create_future()

    async def enter(self, start: Callable[[], Awaitable[T]]) -> asyncio.Future[T]:
        """Start `start()` as a task once the event before has entered; returns that task after
        its first step ran (so the service has taken the person's place)."""
        try:
            if self.before is not None:
                await _wait(self.before.entered)
            task = asyncio.ensure_future(start())
            await asyncio.sleep(0)  # the task's first step: the service takes the person's place
            return task
        finally:
            _set(self.entered)

    async def hand(self) -> None:
        """Wait until the event before has handed its replies on (or given up)."""
        if self.before is not None:
            await _wait(self.before.handed)

    def close(self) -> None:
        """Done (or failed): the events after this one may go on."""
        _set(self.entered)
        _set(self.handed)
        self.before = None
        if self.line._last.get(self.key) is self:
            del self.line._last[self.key]


class Turnstile:
    """The last ticket of every person with an event in flight."""

    def __init__(self) -> None:
        self._last: dict[str, Ticket] = {}

    def take(self, key: str) -> Ticket:
        """A ticket behind the person's last one; synchronous, so call it before any await."""
        ticket = Ticket(self, key, self._last.get(key))
        self._last[key] = ticket
        return ticket

    def __len__(self) -> int:
        return len(self._last)

    def __contains__(self, key: object) -> bool:
        """Whether the person has an event in flight."""
        return key in self._last


def _set(future: asyncio.Future[Any]) -> None:
    if not future.done():
        future.set_result(None)


async def _wait(future: asyncio.Future[None]) -> None:
    try:
        await asyncio.wait_for(asyncio.shield(future), timeout=WAIT_LIMIT_S)
    except TimeoutError:
        log.warning("an earlier event of a person took over %.0f s; going on without it", WAIT_LIMIT_S)
