"""A full disk at run time: every turn fails, the person hears a kind word, the log gets one line.

The line names the database file and what to do; the rest of the storm is counted, never logged turn
by turn (the attack run saw 1,684 tracebacks). Once there is room again, turns go through.
"""

from __future__ import annotations

import logging
import sqlite3

from bot.discord.client import TROUBLE

from .bot_harness import say, start_bot, stop_bot


async def test_a_storm_of_storage_failures_logs_one_line_naming_the_file(fake, launch, tmp_path, caplog):
    db = tmp_path / "w.db"
    bot = await start_bot(launch, db)
    people = [fake.add_user(f"full{i}") for i in range(40)]
    store = bot.service.store
    real = store.person

    class Full:
        def __init__(self, slot):
            self.slot = slot

        async def __aenter__(self):
            return self

        async def __aexit__(self, *exc):
            return None

        @property
        def state(self):
            return None

        async def commit(self, state, events=()):
            raise sqlite3.OperationalError("database or disk is full")

    store.person = lambda pid: Full(real(pid))
    caplog.set_level(logging.DEBUG)
    caplog.clear()
    for user in people:
        answer = await say(fake, bot, user, "hello")
        assert [m["content"] for m in answer] == [TROUBLE]
    lines = [r for r in caplog.records if "disk space" in r.getMessage() and r.levelno >= logging.INFO]
    assert len(lines) == 1, [r.getMessage() for r in lines]
    assert str(db) in lines[0].getMessage() and "free some space" in lines[0].getMessage()
    assert not any(r.exc_info for r in caplog.records if r.levelno >= logging.WARNING), "no tracebacks"

    store.person = real  # room again
    answer = await say(fake, bot, people[0], "hello")
    assert answer and answer[0]["content"] != TROUBLE
    bot.limiter.flush()
    assert any("39 more time(s)" in r.getMessage() for r in caplog.records), "the storm is counted"
    await stop_bot(bot)
