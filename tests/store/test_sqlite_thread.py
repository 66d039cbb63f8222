"""SqliteThread: calls run on the connection's own thread, in the order asked, and report back what they did."""

from __future__ import annotations

import asyncio
import sqlite3
import threading

import pytest

from bot.store.sqlite_thread import SqliteThread


async def test_calls_run_in_order_on_one_thread_that_is_not_the_loops(tmp_path):
    db = await SqliteThread.open(tmp_path / "t.db", "test-sqlite", isolation_level=None)
    try:
        await db.run(lambda conn: conn.execute("CREATE TABLE t (n INTEGER)"))
        threads: list[str] = []

        def insert(conn: sqlite3.Connection, n: int) -> int:
            threads.append(threading.current_thread().name)
            conn.execute("INSERT INTO t VALUES (?)", (n,))
            return n

        assert await asyncio.gather(*(db.run(insert, n) for n in range(50))) == list(range(50))
        assert set(threads) == {"test-sqlite"} and threading.current_thread().name != "test-sqlite"
        assert await db.fetchall("SELECT n FROM t ORDER BY rowid") == [(n,) for n in range(50)]
    finally:
        await db.close()


async def test_a_failed_call_raises_its_own_error_and_the_next_call_still_runs(tmp_path):
    db = await SqliteThread.open(tmp_path / "t.db", "test-sqlite")
    try:
        with pytest.raises(sqlite3.OperationalError, match="no such table"):
            await db.fetchall("SELECT * FROM missing")
        assert await db.fetchall("SELECT 1") == [(1,)]
    finally:
        await db.close()


async def test_a_caller_that_stops_waiting_leaves_the_call_to_finish(tmp_path):
    db = await SqliteThread.open(tmp_path / "t.db", "test-sqlite", isolation_level=None)
    try:
        await db.run(lambda conn: conn.execute("CREATE TABLE t (n INTEGER)"))
        call = db.run(lambda conn: conn.execute("INSERT INTO t VALUES (1)"))
        call.cancel()
        assert await db.fetchall("SELECT n FROM t") == [(1,)]  # queued after it, so it ran first
    finally:
        await db.close()


async def test_a_file_that_cannot_be_opened_fails_open(tmp_path):
    with pytest.raises(sqlite3.OperationalError):
        await SqliteThread.open(tmp_path / "no such folder" / "t.db", "test-sqlite")


async def test_after_close_the_thread_ends(tmp_path):
    db = await SqliteThread.open(tmp_path / "t.db", "test-sqlite")
    await db.close()
    await asyncio.to_thread(db._thread.join, 5)
    assert not db._thread.is_alive()
