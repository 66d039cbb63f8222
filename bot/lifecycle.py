"""A process's life: private logging at start, one line when ready, a clean stop on SIGTERM or SIGINT.

`run_until_stopped` is what `wellspring run` awaits instead of `bot.start(token)`. On SIGTERM (docker stop,
systemctl stop, Kubernetes) or SIGINT (Ctrl-C) it stops reading the gateway, so no new turn begins; lets
the turns already begun commit; sends what the courier has queued, without the pauses between messages,
for at most DRAIN_S seconds in all (what is not sent by then is not lost: every turn's state is committed
before its replies go out, so the person's place is kept); then logs out. The caller's `async with` blocks
then close the client and the store (the last SQLite connection closing checkpoints the WAL), and the
process exits 0. The handlers are installed on the event loop, so this holds as PID 1 in a container too,
where an unhandled SIGTERM is ignored.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Awaitable, Callable
from typing import Any

log = logging.getLogger("bot.lifecycle")

# discord.py logs every gateway frame and HTTP body at DEBUG: DMs in full, with user id and name. These
# never go below INFO, whatever WELLSPRING_LOG_LEVEL says. aiosqlite's DEBUG records carry statement
# parameters (a safety plan's words); asyncio's and websockets' are noise.
QUIET_LOGGERS = ("discord", "aiosqlite", "asyncio", "websockets", "aiohttp.access", "urllib3", "matplotlib", "PIL")
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
DRAIN_S = 5.0  # the whole stop: turns in flight, then queued messages
TURNS_S = 2.0  # of which, at most this for turns already begun to commit
# discord.py's names for the tasks that run a person's event: handlers, button callbacks, slash commands.
TURN_TASKS = ("discord.py: on_", "discord-ui-view-dispatch-", "discord-ui-dynamic-item-", "discord-ui-modal-dispatch-",
              "CommandTree-invoker")


class DiscordUnreachable(Exception):
    """Discord could not be reached at start-up; the message is one line, with no traceback."""


def configure_logging(level: str | int) -> None:
    """Log at `level` to stderr, but keep the libraries that print people's words at INFO or above."""
    logging.basicConfig(level=level, format=LOG_FORMAT)
    root = logging.getLogger()
    root.setLevel(level)
    floor = max(logging.INFO, root.level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(floor)
    for handler in root.handlers:  # and should anything lower those loggers again, the handlers still drop them
        if not any(isinstance(f, PrivateRecords) for f in handler.filters):
            handler.addFilter(PrivateRecords())


class PrivateRecords(logging.Filter):
    """Drops the quiet libraries' records below INFO (their DEBUG lines carry people's words)."""

    prefixes = tuple(f"{name}." for name in QUIET_LOGGERS)

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.INFO:
            return True
        name = record.name
        return not (name in QUIET_LOGGERS or name.startswith(self.prefixes))


async def run_until_stopped(bot: Any, token: str, *, connect: Callable[[], Awaitable[None]] | None = None,
                            store: Any = None, store_name: str = "", health_port: int | None = None,
                            drain_s: float = DRAIN_S) -> None:
    """Run the bot until it stops by itself (raised) or a signal asks (drained, logged out).

    `connect` is what logs in and holds the gateway (default: `bot.start(token)`), e.g. the runner's
    reconnecting loop; it is cancelled to stop reading the gateway.
    """
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    received: list[str] = []

    def on_signal(sig: signal.Signals) -> None:
        if received:  # a second Ctrl-C while draining: we are already stopping, as fast as is bounded
            return
        received.append(sig.name)
        stop.set()

    installed = []
    for sig in (signal.SIGTERM, signal.SIGINT):
        try:
            loop.add_signal_handler(sig, on_signal, sig)
            installed.append(sig)
        except (NotImplementedError, RuntimeError, ValueError):  # Windows, or not the main thread
            pass
    server = None
    if health_port and store is not None:
        from bot import health

        server = await health.start(health_port, health.for_bot(bot, store))
    runner = asyncio.create_task(_start(connect or (lambda: bot.start(token))), name="wellspring: gateway")
    waiter = asyncio.create_task(stop.wait(), name="wellspring: stop signal")
    announcer = asyncio.create_task(_announce_ready(bot, store_name), name="wellspring: ready line")
    try:
        await asyncio.wait({runner, waiter}, return_when=asyncio.FIRST_COMPLETED)
        if runner.done():
            runner.result()  # stopped by itself: a refused token or an unreachable Discord is raised here
            return
        announcer.cancel()  # stopping before ready: no ready line
        await _stop(bot, runner, received[0], drain_s)
    finally:
        for sig in installed:
            loop.remove_signal_handler(sig)
        for task in (waiter, announcer):
            task.cancel()
        if server is not None:
            server.close()
            await server.wait_closed()
    await bot.close()  # logs out: the gateway is closed with 1000, the HTTP session ends
    log.info("stopped cleanly")


async def _start(connect: Callable[[], Awaitable[None]]) -> None:
    """Log in and hold the gateway, with start-up failures turned into one-line errors."""
    import aiohttp
    import discord

    from bot.config import SettingsError

    try:
        await connect()
    except discord.LoginFailure:
        raise SettingsError("Discord refused the token. Check DISCORD_TOKEN (Developer Portal -> Bot -> Reset Token); "
                            "`wellspring console` runs the journey without Discord.") from None
    except (TimeoutError, aiohttp.ClientConnectionError, OSError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        raise DiscordUnreachable(f"cannot reach Discord ({reason}); check the network and DNS, then start again "
                                 "(under systemd or Docker the restart policy retries)") from None


async def _stop(bot: Any, runner: asyncio.Task, why: str, drain_s: float) -> None:
    """Stop taking turns, let begun turns commit, send what is queued; all within drain_s."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + drain_s
    queued = _queued(bot)
    log.info("%s: stopping; no new turns, sending what is queued (%d person(s), at most %.0f s)", why, queued, drain_s)
    runner.cancel()  # stops reading the gateway; the HTTP session stays open for the sends below
    await asyncio.gather(runner, return_exceptions=True)
    shards = getattr(bot, "shards", None)
    try:
        if isinstance(shards, dict) and shards:  # AutoShardedClient: each shard's own reader
            await asyncio.wait_for(asyncio.gather(*(info.disconnect() for info in shards.values()),
                                                  return_exceptions=True), 2.0)
        elif getattr(bot, "ws", None) is not None:
            await asyncio.wait_for(bot.ws.close(code=1000), 2.0)
    except (TimeoutError, OSError) as exc:
        log.info("the gateway did not close cleanly (%s); going on", type(exc).__name__)
    current = asyncio.current_task()
    turns = [task for task in asyncio.all_tasks()
             if task is not current and not task.done() and task.get_name().startswith(TURN_TASKS)]
    if turns:
        await asyncio.wait(turns, timeout=max(0.0, min(TURNS_S, deadline - loop.time())))
    courier = getattr(bot, "courier", None)
    if courier is not None:
        if hasattr(courier, "pacing"):
            courier.pacing = 0.0  # what is queued goes out now, without the pauses between messages
        await courier.drain(timeout=max(0.0, deadline - loop.time()))
        left = _queued(bot)
        if left:
            log.info("stop: %d person(s) still had messages queued; their place in the journey is kept", left)


def _queued(bot: Any) -> int:
    """How many people the courier is still sending to."""
    workers = getattr(getattr(bot, "courier", None), "_workers", {})
    return sum(1 for worker in workers.values() if not worker.done())


async def _announce_ready(bot: Any, store_name: str) -> None:
    """One INFO line when ready: version, store, shards, servers, whether commands were synced."""
    from bot.config import version

    await bot.wait_until_ready()
    shard_count = getattr(bot, "shard_count", None) or 1
    shard_ids = getattr(bot, "shard_ids", None)
    shards = f"{shard_count} shard(s)" + (f" (running {','.join(map(str, shard_ids))})" if shard_ids else "")
    synced = getattr(bot, "commands_synced", None)  # set by bot/discord/upkeep.py when it syncs (or decides not to)
    if synced is True:
        commands = "synced"
    elif synced is False:
        commands = ("published by the process running shard 0" if shard_ids and 0 not in shard_ids
                    else "unchanged, not synced")
    else:
        commands = "not synced (see the warning above)"
    log.info("ready: wellspring %s, store %s, %s, %d server(s), commands %s", version(), store_name or "?", shards,
             len(bot.guilds), commands)
