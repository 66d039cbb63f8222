"""Private logs in-process: the libraries that print people's words stay at INFO whatever the level."""

from __future__ import annotations

import io
import logging

import pytest

from bot.lifecycle import QUIET_LOGGERS, PrivateRecords, configure_logging


@pytest.fixture
def fresh_root():
    root = logging.getLogger()
    saved = root.handlers[:], root.level, {n: logging.getLogger(n).level for n in QUIET_LOGGERS}
    root.handlers = [logging.StreamHandler(io.StringIO())]
    try:
        yield root
    finally:
        root.handlers, root.level = saved[0], saved[1]
        for name, level in saved[2].items():
            logging.getLogger(name).setLevel(level)


def test_debug_keeps_discord_and_aiosqlite_at_info(fresh_root) -> None:
    configure_logging("DEBUG")
    assert fresh_root.level == logging.DEBUG
    assert logging.getLogger("bot.service").isEnabledFor(logging.DEBUG)
    for name in ("discord.gateway", "discord.http", "discord.client", "aiosqlite"):
        assert not logging.getLogger(name).isEnabledFor(logging.DEBUG), name
        assert logging.getLogger(name).isEnabledFor(logging.INFO), name
    configure_logging("WARNING")
    assert not logging.getLogger("discord.gateway").isEnabledFor(logging.INFO)


def test_the_handler_drops_them_even_if_someone_lowers_the_logger_again(fresh_root) -> None:
    configure_logging("DEBUG")
    stream = fresh_root.handlers[0].stream
    logging.getLogger("discord.gateway").setLevel(logging.DEBUG)
    logging.getLogger("discord.gateway").debug("WebSocket Event: a secret sentence")
    logging.getLogger("discord.gateway").info("Shard ID None has connected")
    assert "secret sentence" not in stream.getvalue() and "has connected" in stream.getvalue()
    assert sum(isinstance(f, PrivateRecords) for f in fresh_root.handlers[0].filters) == 1
    configure_logging("DEBUG")  # twice: one filter still
    assert sum(isinstance(f, PrivateRecords) for f in fresh_root.handlers[0].filters) == 1
