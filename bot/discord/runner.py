"""`wellspring run`: settings checked, content validated, store opened, bot started."""

from __future__ import annotations

import argparse
import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import discord

from bot.app import Content, load_content, open_service
from bot.config import Settings, SettingsError
from bot.discord.client import build_bot
from bot.discord.upkeep import upkeep_options
from bot.lifecycle import run_until_stopped
from bot.service import tune_gc
from bot.store import redact, store_kind

log = logging.getLogger(__name__)


def parse_shards(args: argparse.Namespace) -> tuple[int | None, list[int] | None]:
    """Shard options from the command line, checked."""
    count, ids_text = getattr(args, "shard_count", None), getattr(args, "shard_ids", None)
    if count is None and ids_text is None:
        return None, None
    if count is None or count < 1:
        raise SettingsError("--shard-ids needs --shard-count N (the total number of shards, at least 1)")
    try:
        ids = sorted({int(part) for part in ids_text.split(",")}) if ids_text else list(range(count))
    except ValueError:
        raise SettingsError("--shard-ids must be numbers separated by commas, e.g. 0,1") from None
    if any(not 0 <= i < count for i in ids):
        raise SettingsError(f"every shard id must be from 0 to {count - 1}")
    return count, ids


def point_at(api_base: str) -> None:
    """Talk to another Discord-compatible API (a local fake in our tests) instead of discord.com."""
    import yarl

    base = api_base.rstrip("/")
    discord.http.Route.BASE = f"{base}/api/v10"
    scheme = "wss" if base.startswith("https") else "ws"
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(f"{scheme}://{base.split('://', 1)[1]}/gateway")


def run_bot(settings: Settings, args: argparse.Namespace) -> int:
    """Start the bot and run until stopped; returns the process exit code."""
    token = settings.require_token()
    shard_count, shard_ids = parse_shards(args)
    content = load_content(settings.dialogues, settings.crisis_region)  # refuse to start on bad content
    if settings.discord_api:
        point_at(settings.discord_api)
    try:
        asyncio.run(_serve(settings, content, token, shard_count, shard_ids))
    except discord.LoginFailure:
        print("wellspring: Discord refused the token. Check DISCORD_TOKEN (Developer Portal -> Bot -> "
              "Reset Token); `wellspring console` runs the journey without Discord.")
        return 2
    except discord.PrivilegedIntentsRequired:
        print("wellspring: Discord says a privileged intent is required; wellspring asks for none.")
        return 2
    except KeyboardInterrupt:
        pass
    return 0


async def warm_up(service: Any) -> None:
    """Assess one harmless message before connecting: the language layer loads its model on first use
    (about 3 s on these machines), and the first person to write must not wait for that, least of all
    someone in crisis (care goes out within 1 s of their message)."""
    from bot.journey.turns import Inbound

    assess = getattr(service, "assess", None)
    if assess is None:
        return
    try:
        await assess(Inbound("warm-up", text="hello"))
    except Exception:  # the first real message will try again
        log.warning("warming up the language layer failed", exc_info=True)


async def _serve(settings: Settings, content: Content, token: str, shard_count: int | None,
                 shard_ids: list[int] | None) -> None:
    async with open_service(settings, content) as service:
        await warm_up(service)
        bot = build_bot(service, pacing=settings.pacing, test_guild=settings.test_guild,
                        shard_count=shard_count, shard_ids=shard_ids, **upkeep_options(settings))
        tune_gc()  # start-up is over: freeze what it made, collect the young less often (see tune_gc)
        async with bot:  # SIGTERM/SIGINT: no new turns, what is queued sent (bounded), logged out (bot/lifecycle.py)
            await run_until_stopped(bot, token, connect=lambda: keep_connected(bot, token), store=service.store,
                                    store_name=f"{store_kind(settings.store_target)} {redact(settings.store_target)}",
                                    health_port=settings.health_port)


async def keep_connected(bot: Any, token: str, *, first_delay: float = 1.0, max_delay: float = 60.0,
                         sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
                         clock: Callable[[], float] | None = None) -> None:
    """Log in once, then keep the gateway connection up until the bot is closed.

    discord.py reconnects by itself after network trouble; should its gateway task end with an
    error anyway, connect again after a back-off (doubling up to `max_delay`, reset after a
    connection that lasted), and say so. A refused token or a privileged intent is not retried.
    """
    import time

    clock = clock or time.monotonic
    await bot.login(token)
    delay = first_delay
    while not bot.is_closed():
        started = clock()
        try:
            await bot.connect(reconnect=True)
            return
        except (discord.LoginFailure, discord.PrivilegedIntentsRequired, asyncio.CancelledError):
            raise
        except Exception as exc:
            if bot.is_closed():
                return
            if clock() - started > 10 * max_delay:
                delay = first_delay
            log.error("the gateway connection stopped (%s); connecting again in %.0f s", type(exc).__name__, delay)
            print(f"wellspring: the Discord connection stopped ({type(exc).__name__}); "
                  f"connecting again in {delay:.0f} s", flush=True)
            await sleep(delay)
            delay = min(delay * 2, max_delay)
