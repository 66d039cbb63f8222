"""Group many callers' requests into one batch: the heart of group commit."""

from __future__ import annotations

import asyncio
from typing import Awaitable, Callable, Generic, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")


class Batcher(Generic[Item, Result]):
    """Queue items; one drain task runs them in batches and resolves each caller's future.

    Callers that arrive while a batch is running wait for the next one, so under load every
    batch carries many turns and one commit; alone, a caller runs at once in a batch of one.
    """

    def __init__(self, run: Callable[[list[Item]], Awaitable[list[Result]]], limit: int = 1024):
        self._run = run
        self._limit = limit
        self._queue: list[tuple[Item, asyncio.Future[Result]]] = []
        self._task: asyncio.Task[None] | None = None
        self.batches = 0
        self.items = 0

    async def submit(self, item: Item) -> Result:
        """Add one item and wait until the batch holding it has run."""
        future: asyncio.Future[Result] = asyncio.get_running_loop().create_future()
        self._queue.append((item, future))
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._drain())
        return await future

    async def _drain(self) -> None:
        while self._queue:
            batch, self._queue = self._queue[: self._limit], self._queue[self._limit :]
            self.batches += 1
            self.items += len(batch)
            try:
                results = await self._run([item for item, _ in batch])
            except Exception as exc:  # every caller in the batch learns of the failure
                for _, future in batch:
                    if not future.done():
                        future.set_exception(exc)
                continue
            for (_, future), result in zip(batch, results):
                if not future.done():
                    future.set_result(result)

    async def close(self) -> None:
        """Wait for queued items to finish."""
        if self._task is not None:
            await asyncio.shield(self._task)
