"""The bot's housekeeping: commands synced only when they changed, invite links, retention, leaving a server.

Slash commands are published to Discord only when their payloads differ from the last ones this bot
published (a hash kept in a small file beside the database, `wellspring.discord.json`), or when asked
(`wellspring sync`); with shards in several processes, only the process running shard 0 publishes.
The same file remembers the application id, so `wellspring invite` prints the links without Discord.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import discord

from bot.store.retention import DAY_S, erase_inactive

if TYPE_CHECKING:
    from bot.config import Settings
    from bot.discord.client import WellspringMixin

log = logging.getLogger(__name__)

STATE_FILE = "wellspring.discord.json"
AUTHORIZE = "https://discord.com/oauth2/authorize"
RETENTION_EVERY_S = DAY_S  # retention runs at start-up, then once a day
NO_APPLICATION_ID = ("wellspring: no application id known yet. Pass --app-id (Developer Portal -> your application "
                     "-> General Information -> Application ID), set WELLSPRING_APPLICATION_ID, or run the bot "
                     "once: it prints the links at start-up and remembers the id.")


def state_path(settings: Settings) -> Path:
    """The state file: beside the SQLite file (with PostgreSQL, in WELLSPRING_DB's folder)."""
    return settings.db.parent / STATE_FILE


def upkeep_options(settings: Settings) -> dict[str, Any]:
    """What `wellspring run` gives build_bot for the housekeeping here."""
    return {"sync_state": state_path(settings), "retention_days": settings.retention_days,
            "source_url": settings.source_url}


def read_state(path: Path | None) -> dict[str, Any]:
    """The remembered state ({} when there is none or it is unreadable: then commands are synced)."""
    if path is None:
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_state(path: Path, **changes: Any) -> None:
    """Merge `changes` into the state file, written whole (0600) then moved into place."""
    data = read_state(path) | changes
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    scratch = path.with_name(f".{path.name}.tmp")
    fd = os.open(scratch, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(data, out, indent=1, sort_keys=True)
    os.replace(scratch, path)


def command_hash(tree: discord.app_commands.CommandTree, guild: discord.abc.Snowflake | None = None) -> str:
    """A hash of the command payloads Discord would be sent (names, options, contexts, permissions...)."""
    payloads = sorted((command.to_dict(tree) for command in tree.get_commands(guild=guild)),
                      key=lambda payload: (payload.get("type", 1), payload["name"]))
    text = json.dumps(payloads, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def publishes_commands(bot: Any) -> bool:
    """Whether this process publishes the commands: always, unless it runs shards without shard 0."""
    ids = getattr(bot, "shard_ids", None)
    return ids is None or 0 in ids


async def sync_commands(bot: WellspringMixin, *, force: bool = False) -> bool:
    """Publish the slash commands when they changed since the last sync (or when forced); whether it synced.

    Without a state file every start syncs (as in tests). A failed sync leaves the old hash, so the
    next start tries again.
    """
    tree, path = bot.tree, bot.sync_state
    guild = discord.Object(bot.test_guild) if bot.test_guild else None
    if guild is not None:
        tree.copy_global_to(guild=guild)
    scope = f"guild:{bot.test_guild}" if guild is not None else "global"
    digest = f"{bot.application_id}:{command_hash(tree, guild)}"
    synced = read_state(path).get("synced", {})
    if not force and path is not None and synced.get(scope) == digest:
        log.info("slash commands unchanged since the last sync; not syncing (`wellspring sync` forces it)")
        return False
    await tree.sync(guild=guild)
    if path is not None:
        try:
            write_state(path, synced={**synced, scope: digest})
        except OSError as exc:  # synced all the same; the next start syncs again
            log.warning("could not write %s (%s); commands will be synced at every start", path,
                        exc.strerror or type(exc).__name__)
    log.info("slash commands synced (%s)", scope)
    return True


async def start(bot: WellspringMixin) -> None:
    """From setup_hook, once logged in: remember the application id, print the invite links, sync."""
    app_id = bot.application_id
    if app_id is not None:
        if bot.sync_state is not None:
            try:
                write_state(bot.sync_state, application_id=str(app_id))
            except OSError as exc:
                log.warning("could not write %s (%s); commands will be synced at every start", bot.sync_state,
                            exc.strerror or type(exc).__name__)
        for line in invite_lines(app_id):
            log.info("%s", line)
    if not publishes_commands(bot):
        bot.commands_synced = False
        log.info("slash commands are published by the process running shard 0")
        return
    try:
        bot.commands_synced = await sync_commands(bot, force=bot.force_sync)
    except discord.HTTPException as exc:
        bot.commands_synced = None
        log.warning("could not sync slash commands (%s); DMs still work", exc)


def invite_links(app_id: int | str) -> tuple[str, str]:
    """(add to a server, add to your own account): no channel permissions asked; commands and the bot."""
    server = f"{AUTHORIZE}?client_id={app_id}&scope=bot+applications.commands&permissions=0&integration_type=0"
    user = f"{AUTHORIZE}?client_id={app_id}&scope=applications.commands&integration_type=1"
    return server, user


def invite_lines(app_id: int | str) -> list[str]:
    """The links as printed at start-up and by `wellspring invite`."""
    server, user = invite_links(app_id)
    return [f"add wellspring to a server: {server}",
            f"add it to your own account (needs User Install on in the Developer Portal's Installation page): {user}"]


def known_application_id(settings: Settings, given: str | None = None) -> str | None:
    """The application id: --app-id, then WELLSPRING_APPLICATION_ID, then what the last run remembered."""
    if given:
        return given
    if settings.application_id is not None:
        return str(settings.application_id)
    remembered = read_state(state_path(settings)).get("application_id")
    return str(remembered) if isinstance(remembered, (str, int)) and str(remembered).isdigit() else None


async def on_guild_remove(bot: WellspringMixin, guild: discord.abc.Snowflake) -> None:
    """The bot left a server (kicked, or the server was deleted): its settings go with it.

    People's own data stays theirs; only the server's enabled channels and settings are dropped.
    """
    try:
        await bot.service.store.forget_guild(str(guild.id))
    except Exception as exc:
        bot.limiter.failure(f"dropping a server's settings failed: {type(exc).__name__}", exc)
        return
    log.info("left a server; its channel settings and region were dropped")


def runs_retention(bot: Any) -> bool:
    """Retention runs in one process: the one running shard 0 (or the only one)."""
    return publishes_commands(bot)


async def retention_loop(bot: WellspringMixin, days: int, every: float = RETENTION_EVERY_S) -> None:
    """Erase people inactive for `days` days: now, then once a day, until the bot closes."""
    locks = getattr(bot.service, "locks", None)
    hold = locks.hold if locks is not None else None
    while not bot.is_closed():
        try:
            now = getattr(bot.service, "clock", time.time)()
            erased = await erase_inactive(bot.service.store, days, now, hold=hold)
            if erased:
                log.info("retention: erased %d person(s) inactive for %d day(s)", erased, days)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            bot.limiter.failure(f"retention failed: {type(exc).__name__}", exc)
        await asyncio.sleep(every)
