"""Group many callers' requests into one batch: the heart of group commit."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Generic, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")


class Failed:
    """A batch result meaning "this one item failed with `error`"; the others still succeed."""

    __slots__ = ("error",)

    def __init__(self, error: BaseException):
        self.error = error


class Batcher(Generic[Item, Result]):
    """Queue items; one drain task runs them in batches and resolves each caller's future.

    Callers that arrive while a batch is running wait for the next one, so under load every
    batch carries many turns and one commit; alone, a caller runs at once in a batch of one.
    """

    def __init__(self, run: Callable[[list[Item]], Awaitable[Sequence[Result | Failed]]], limit: int = 1024):
        self._run = run
        self._limit = limit
        self._items: list[Item] = []
        self._futures: list[asyncio.Future[Result]] = []
        self._task: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self.batches = 0
        self.items = 0

    def submit(self, item: Item) -> asyncio.Future[Result]:
        """Add one item; await the result to wait until the batch holding it has run."""
        # A plain method handing back the future: one object fewer per waiting turn than a
        # coroutine, which matters when thousands of turns wait at once (the GC walks them all).
        loop = self._loop
        if loop is None or self._task is None:
            loop = self._loop = asyncio.get_running_loop()
        future: asyncio.Future[Result] = loop.create_future()
        self._items.append(item)
        self._futures.append(future)
        if self._task is None:
            # The drain starts on the next loop pass, so everything submitted in this pass joins it.
            self._task = loop.create_task(self._drain())
        return future

    async def _drain(self) -> None:
        try:
            while self._items:
                limit = self._limit
                items, futures = self._items[:limit], self._futures[:limit]
                del self._items[:limit], self._futures[:limit]
                self.batches += 1
                self.items += len(items)
                try:
                    results = await self._run(items)
                except Exception as exc:  # every caller in the batch learns of the failure
                    for future in futures:
                        if not future.done():
                            future.set_exception(exc)
                    continue
                for future, result in zip(futures, results, strict=True):
                    if future.done():  # the caller was cancelled; the work is done all the same
                        continue
                    if isinstance(result, Failed):
                        future.set_exception(result.error)
                    else:
                        future.set_result(result)
        finally:
            self._task = None

    async def close(self) -> None:
        """Wait for queued items to finish."""
        while self._task is not None:
            await asyncio.shield(self._task)
