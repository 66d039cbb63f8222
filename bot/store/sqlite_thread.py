"""One sqlite3 connection and the one thread that uses it, in the manner of datasette's writer thread.

`await db.run(fn, *args)` calls `fn(connection, *args)` on the connection's thread, after every call
queued before it, and gives back what `fn` returned (or raises what it raised). Only the stdlib's
sqlite3, threading and queue, and asyncio's public API: no other library's internals to keep up with.
"""

from __future__ import annotations

import asyncio
import queue
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

Result = TypeVar("Result")


class SqliteThread:
    """A sqlite3 connection opened, used and closed on a thread of its own; calls run one at a time, in order."""

    def __init__(self, path: Path | str, name: str, **connect: Any):
        self._jobs: queue.SimpleQueue[tuple[Callable[..., Any], tuple, asyncio.Future] | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._serve, args=(path, connect), name=name, daemon=True)
        self._thread.start()

    @classmethod
    async def open(cls, path: Path | str, name: str, **connect: Any) -> SqliteThread:
        """Start the thread and connect there (`connect` goes to sqlite3.connect); raises what connecting raised."""
        db = cls(path, name, **connect)
        try:
            await db.run(_nothing)
        except BaseException:
            db._jobs.put(None)
            raise
        return db

    def run(self, function: Callable[..., Result], *args: Any) -> asyncio.Future[Result]:
        """Call `function(connection, *args)` on the thread, after the calls queued before it."""
        future: asyncio.Future[Result] = asyncio.get_running_loop().create_future()
        self._jobs.put((function, args, future))
        return future

    async def fetchall(self, sql: str, params: Any = ()) -> list[Any]:
        """The rows one statement gives."""
        return await self.run(_fetchall, sql, params)

    async def close(self) -> None:
        """Close the connection once the calls queued before have run; the thread then ends."""
        try:
            await self.run(_close)
        finally:
            self._jobs.put(None)

    def _serve(self, path: Path | str, connect: dict[str, Any]) -> None:
        try:
            connection: sqlite3.Connection | None = sqlite3.connect(path, **connect)
            failure: BaseException | None = None
        except BaseException as exc:  # every call learns why, starting with open()'s
            connection, failure = None, exc
        while (job := self._jobs.get()) is not None:
            function, args, future = job
            result, error = None, None
            try:
                if connection is None:
                    raise sqlite3.OperationalError(f"could not open {path}: {failure}")
                result = function(connection, *args)
            except BaseException as exc:
                error = exc
            try:
                future.get_loop().call_soon_threadsafe(_settle, future, result, error)
            except RuntimeError:  # the loop has closed: nobody is waiting any more
                pass
        if connection is not None:
            connection.close()  # a no-op after close(); here for a thread told to stop without it


def _settle(future: asyncio.Future, result: Any, error: BaseException | None) -> None:
    if future.cancelled():  # the caller stopped waiting; the call ran all the same
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)


def _nothing(connection: sqlite3.Connection) -> None:
    return None


def _fetchall(connection: sqlite3.Connection, sql: str, params: Any) -> list[Any]:
    return connection.execute(sql, params).fetchall()


def _close(connection: sqlite3.Connection) -> None:
    connection.close()
