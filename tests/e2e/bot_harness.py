"""Drive the real wellspring bot against the fake Discord the way a person would."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.app import load_content
from bot.discord.client import build_bot
from bot.discord.render import render
from bot.journey.engine import Engine
from bot.journey.turns import Inbound, Reply
from bot.service import Service
from bot.store.sqlite import SqliteStore

from .fake_discord import FakeDiscord

DIALOGUES = Path(__file__).resolve().parents[2] / "dialogues"
MANAGE_CHANNELS = 0x10
_CONTENT = None


def content():
    """The repository's dialogues, loaded once for the whole e2e run."""
    global _CONTENT
    if _CONTENT is None:
        _CONTENT = load_content(DIALOGUES)
    return _CONTENT


async def start_bot(launch, db: Path, pacing: float = 0.0, clock=None, **options):
    """A wellspring bot over a SQLite file, connected and ready."""
    store = await SqliteStore.open(db)
    service = Service(Engine(content().book), store, content().language, **({"clock": clock} if clock else {}))
    bot = build_bot(service, pacing=pacing, guild_ready_timeout=0.05, **options)
    await launch(bot)
    return bot


async def stop_bot(bot) -> None:
    """Close the client, then its store, like a process shutting down."""
    await bot.courier.drain()
    await bot.close()
    await bot.service.store.close()


HELP_NOW = "ws:cmd:help-now"


def buttons(message: dict) -> list[dict]:
    """Every button on a recorded message, in order."""
    return [c for row in message.get("components", []) for c in row.get("components", []) if c.get("custom_id")]


def choices(message: dict) -> list[dict]:
    """The buttons of a message without the "I need help now" one that every step carries."""
    return [b for b in buttons(message) if b["custom_id"] != HELP_NOW]


async def settle(fake: FakeDiscord, bot, user, before: int, timeout: float = 10.0) -> list[dict]:
    """Wait until the bot has answered (new messages in the DM) and finished sending; return them."""
    await fake.wait_for(lambda f: len(f.messages_to(user)) > before, timeout=timeout)
    for _ in range(100):
        await bot.courier.drain()
        await asyncio.sleep(0.02)
        if not bot.courier.busy():
            break
    return fake.messages_to(user)[before:]


async def say(fake: FakeDiscord, bot, user, text: str) -> list[dict]:
    """The person DMs text; returns the bot's answer messages."""
    before = len(fake.messages_to(user))
    await fake.user_sends_dm(user, text)
    return await settle(fake, bot, user, before)


async def press(fake: FakeDiscord, bot, user, message: dict, custom_id: str) -> list[dict]:
    """The person clicks a button; returns the bot's answer messages."""
    before = len(fake.messages_to(user))
    record = await fake.click(user, message, custom_id)
    await fake.wait_for(lambda f: record.answered, timeout=5)
    return await settle(fake, bot, user, before)


def erase_button(message: dict) -> str:
    """The custom id of /forget's "Erase everything" button: ws:cmd:forget-yes:<one-time token>."""
    return next(b["custom_id"] for b in buttons(message) if b["custom_id"].startswith("ws:cmd:forget-yes:"))


def last_with_buttons(fake: FakeDiscord, user) -> dict | None:
    """The newest DM message that carries choices (not only "I need help now")."""
    return next((m for m in reversed(fake.messages_to(user)) if choices(m)), None)


def watch_turns(bot) -> list[tuple[Inbound, tuple[Reply, ...]]]:
    """Record every (Inbound, replies) the client hands the service and gets back, in order."""
    seen: list[tuple[Inbound, tuple[Reply, ...]]] = []
    real = bot.turn

    async def turn(inbound: Inbound, guild_id: int | None = None) -> tuple[Reply, ...]:
        replies = await real(inbound, guild_id)
        seen.append((inbound, replies))
        return replies

    bot.turn = turn
    return seen


def contents(replies) -> list[str]:
    """The messages replies become on Discord, as text."""
    return [o.content for o in render(replies)]


def server(fake):
    """A server with two channels, a member and a moderator (Manage Channels)."""
    guild = fake.add_guild("Garden")
    calm = fake.add_text_channel(guild, "calm")
    lobby = fake.add_text_channel(guild, "lobby")
    member = fake.add_user("member")
    fake.add_member(guild, member)
    mod = fake.add_user("mod")
    fake.add_member(guild, mod, permissions=MANAGE_CHANNELS)
    return guild, calm, lobby, member, mod


# What an interaction answered, and a person part-way in (the crisis, command and fault tests).

def flags(record) -> int:
    return (record.responses[0].get("data") or {}).get("flags") or 0


def ephemeral(record) -> bool:
    return bool(flags(record) & 64)


def answered_texts(record) -> list[str]:
    """What an interaction showed: its response, then its followups."""
    return [m["content"] for m in [record.original, *record.followups] if m is not None]


async def narrating(fake, bot, user, at_least: int = 2) -> None:
    """The person says hello and the paced opening narration is under way."""
    await fake.user_sends_dm(user, "hello")
    await fake.wait_for(lambda f: len(f.messages_to(user)) >= at_least, timeout=20)
    assert bot.courier.busy(f"discord:{user['id']}"), "the opening should still be narrating"


async def interact(fake, record, timeout: float = 5.0):
    await fake.wait_for(lambda f: record.answered, timeout=timeout)
    return record


def ephemeral_text(record) -> str:
    data = (record.responses[0].get("data") or {}) if record.responses else {}
    assert (data.get("flags") or 0) & 64, f"not ephemeral: {record.responses}"
    return data.get("content") or ""


async def answered(fake, records, timeout: float = 10.0) -> None:
    await fake.wait_for(lambda f: all(r.answered for r in records), timeout=timeout)


async def a_step(fake, bot, user) -> dict:
    """The person said hello; the step waiting for them, with its choices."""
    await say(fake, bot, user, "hello")
    return last_with_buttons(fake, user)
