"""Log storms, the gateway restarting with back-off, the per-person turnstile, the loopback guard."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.config import SettingsError, _loopback_only
from bot.discord.guard import LogLimiter
from bot.discord.order import Turnstile
from bot.discord.runner import keep_connected


def test_a_run_of_identical_failures_logs_once_then_a_count(caplog):
    now = [0.0]
    limiter = LogLimiter(logging.getLogger("storm"), window=60.0, clock=lambda: now[0])
    caplog.set_level(logging.WARNING, "storm")
    for _ in range(1684):
        limiter.failure("a turn failed: OperationalError", ValueError("disk full"))
    limiter.failure("parsing failed: KeyError")
    assert len(caplog.records) == 2 and not any(r.exc_info for r in caplog.records)
    now[0] = 61.0
    limiter.failure("a turn failed: OperationalError")
    assert "1683 more time(s)" in caplog.records[2].getMessage() and len(caplog.records) == 4
    limiter.failure("a turn failed: OperationalError")
    limiter.flush()
    assert "1 more time(s)" in caplog.records[-1].getMessage()
    assert all("disk full" not in r.getMessage() for r in caplog.records)


class FlakyBot:
    def __init__(self, failures: int):
        self.failures, self.connects, self.logins, self.closed = failures, 0, 0, False

    async def login(self, token):
        self.logins += 1

    async def connect(self, reconnect=True):
        self.connects += 1
        if self.connects <= self.failures:
            raise RuntimeError("the gateway task died")

    def is_closed(self):
        return self.closed


async def test_the_runner_restarts_a_dead_gateway_with_back_off_and_says_so(caplog, capsys):
    bot, waits = FlakyBot(failures=4), []

    async def sleep(seconds):
        waits.append(seconds)

    await keep_connected(bot, "t", first_delay=1.0, max_delay=5.0, sleep=sleep)
    assert bot.logins == 1 and bot.connects == 5 and waits == [1.0, 2.0, 4.0, 5.0]
    assert "connecting again in 1 s" in capsys.readouterr().out
    assert any("gateway connection stopped (RuntimeError)" in r.getMessage() for r in caplog.records)


async def test_a_closed_bot_is_not_reconnected():
    bot = FlakyBot(failures=0)
    bot.closed = True
    await keep_connected(bot, "t", sleep=None)
    assert bot.connects == 0


async def test_the_turnstile_lets_events_in_in_the_order_they_took_tickets():
    line, entered = Turnstile(), []

    async def event(name: str, prep: float):
        ticket = line.take("p")  # synchronously, first thing
        try:
            await asyncio.sleep(prep)  # a network round trip before the turn (a slow one first)

            async def turn():
                entered.append(name)
                return name

            task = await ticket.enter(turn)
            await ticket.hand()
            return await task
        finally:
            ticket.close()

    assert await asyncio.gather(event("click", 0.05), event("typed", 0.0)) == ["click", "typed"]
    assert entered == ["click", "typed"] and len(line) == 0


@pytest.mark.parametrize("url,ok", [
    ("http://127.0.0.1:8080", True), ("http://127.1.2.3", True), ("http://[::1]:9000", True),
    ("http://localhost:1234", True), ("http://LOCALHOST", True), ("https://127.0.0.1", True),
    ("http://127.attacker.example", False), ("http://127.0.0.1.attacker.example", False),
    ("http://localhost.attacker.example", False), ("http://attacker.example/127.0.0.1", False),
    ("http://127.0.0.1@attacker.example", False), ("http://user:pw@127.0.0.1", False),
    ("http://10.0.0.1", False), ("http://0.0.0.0", False), ("http://[::ffff:10.0.0.1]", False),
    ("http://2130706433", False), ("http://0x7f000001", False), ("http://discord.com", False),
    ("ftp://127.0.0.1", False), ("127.0.0.1:8080", False), ("http://", False), ("http://127.0.0.1:99999", False),
])
def test_the_discord_api_override_accepts_only_this_machine(url, ok):
    if ok:
        assert _loopback_only(url) == url
    else:
        with pytest.raises(SettingsError):
            _loopback_only(url)
