"""A process's life: private logging at start, the ready line, and a clean stop on SIGTERM or SIGINT."""

from __future__ import annotations

import logging

log = logging.getLogger("bot.lifecycle")

# discord.py logs every gateway frame and HTTP body at DEBUG: DMs in full, with user id and name. These
# never go below INFO, whatever WELLSPRING_LOG_LEVEL says. aiosqlite's DEBUG records carry statement
# parameters (a safety plan's words); asyncio's are noise.
QUIET_LOGGERS = ("discord", "aiosqlite", "asyncio", "websockets", "aiohttp.access")
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(level: str | int) -> None:
    """Log at `level` to stderr, but keep the libraries that print people's words at INFO or above."""
    logging.basicConfig(level=level, format=LOG_FORMAT)
    root = logging.getLogger()
    root.setLevel(level)
    floor = max(logging.INFO, root.level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(floor)
