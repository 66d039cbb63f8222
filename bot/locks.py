"""A first-come, first-served lock per person: one person's turns in order, others in parallel."""

from __future__ import annotations

import asyncio

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

    def held(self, person_id: str) -> bool:
        """Whether a turn of this person's holds (or waits for) their lock right now."""
        return person_id in self._waiting

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
            self.abandon(person_id, future)
            raise

    def abandon(self, person_id: str, future: asyncio.Future[None] | None) -> None:
        """Give up a place taken with take(): the lock itself if it was handed over, else the place in line."""
        if future is None or (future.done() and not future.cancelled()):
            self.release(person_id)
            return
        future.cancel()
        waiting = self._waiting.get(person_id)
        if waiting is not None and future in waiting:
            waiting.remove(future)

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
