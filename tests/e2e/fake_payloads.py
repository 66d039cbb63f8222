"""Builders for Discord API payloads shaped the way discord.py 2.7 parses them."""

from __future__ import annotations

import copy
import datetime
import itertools
import time
from typing import Any

DISCORD_EPOCH = 1420070400000
_counter = itertools.count(1)

Payload = dict[str, Any]


def snowflake(at_ms: int | None = None) -> str:
    """A fresh, unique snowflake (as a string) for the given or current time."""
    ms = at_ms if at_ms is not None else int(time.time() * 1000)
    return str(((ms - DISCORD_EPOCH) << 22) | (next(_counter) & 0x3FFFFF))


def snowflake_for_shard(shard_id: int, shard_count: int) -> str:
    """A snowflake whose guild shard, (id >> 22) % count, is ``shard_id``."""
    ms = int(time.time() * 1000)
    while (ms - DISCORD_EPOCH) % shard_count != shard_id:
        ms -= 1
    return snowflake(ms)


def shard_of(guild_id: Any, shard_count: int) -> int:
    """The shard that receives a guild's events."""
    return (int(guild_id) >> 22) % shard_count


def now_iso() -> str:
    """The current time as Discord's ISO-8601 timestamp."""
    return datetime.datetime.now(datetime.UTC).isoformat()


def user(name: str, *, bot: bool = False, uid: str | None = None) -> Payload:
    """A user object."""
    return {
        "id": uid or snowflake(),
        "username": name,
        "global_name": name,
        "discriminator": "0",
        "avatar": None,
        "bot": bot,
        "flags": 0,
        "public_flags": 0,
    }


def role(rid: str, name: str, permissions: int, position: int = 0) -> Payload:
    """A role object (the @everyone role has the guild's id)."""
    return {
        "id": rid,
        "name": name,
        "permissions": str(permissions),
        "position": position,
        "color": 0,
        "hoist": False,
        "managed": False,
        "mentionable": False,
        "flags": 0,
    }


def member(usr: Payload, roles: list[str], permissions: int | None = None) -> Payload:
    """A guild member object; ``permissions`` is only present in interactions."""
    data: Payload = {
        "user": usr,
        "roles": list(roles),
        "nick": None,
        "joined_at": now_iso(),
        "deaf": False,
        "mute": False,
        "flags": 0,
        "pending": False,
    }
    if permissions is not None:
        data["permissions"] = str(permissions)
    return data


def text_channel(guild_id: str, name: str, position: int = 0) -> Payload:
    """A guild text channel (type 0)."""
    return {
        "id": snowflake(),
        "type": 0,
        "guild_id": guild_id,
        "name": name,
        "position": position,
        "permission_overwrites": [],
        "nsfw": False,
        "topic": None,
        "parent_id": None,
        "last_message_id": None,
        "rate_limit_per_user": 0,
    }


def dm_channel(recipient: Payload) -> Payload:
    """A DM channel (type 1) with one recipient."""
    return {"id": snowflake(), "type": 1, "recipients": [recipient], "last_message_id": None, "flags": 0}


def group_dm_channel(recipients: list[Payload]) -> Payload:
    """A private channel (group DM, type 3) between people; the bot is not in it."""
    return {"id": snowflake(), "type": 3, "recipients": list(recipients), "name": None, "icon": None,
            "owner_id": recipients[0]["id"], "last_message_id": None, "flags": 0}


def message(channel: Payload, author: Payload, content: str = "", **extra: Any) -> Payload:
    """A message object; ``extra`` overrides any field (components, embeds, flags...)."""
    data: Payload = {
        "id": snowflake(),
        "channel_id": channel["id"],
        "author": author,
        "content": content,
        "timestamp": now_iso(),
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": [],
        "components": [],
        "pinned": False,
        "type": 0,
        "flags": 0,
    }
    if channel.get("guild_id"):
        data["guild_id"] = channel["guild_id"]
    data.update(extra)
    return data


def guild_create(guild: Payload, only: set[str] | None = None) -> Payload:
    """The GUILD_CREATE payload for a stored guild record; ``only`` limits the members listed."""
    members = [m for uid, m in guild["members"].items() if only is None or uid in only]
    return {
        "id": guild["id"],
        "name": guild["name"],
        "owner_id": guild["owner_id"],
        "icon": None,
        "splash": None,
        "features": [],
        "roles": list(guild["roles"].values()),
        "emojis": [],
        "stickers": [],
        "channels": list(guild["channels"].values()),
        "members": members,
        "member_count": len(guild["members"]),
        "threads": [],
        "presences": [],
        "voice_states": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "soundboard_sounds": [],
        "large": False,
        "unavailable": False,
        "joined_at": now_iso(),
        "verification_level": 0,
        "default_message_notifications": 0,
        "explicit_content_filter": 0,
        "mfa_level": 0,
        "nsfw_level": 0,
        "premium_tier": 0,
        "preferred_locale": "en-US",
        "system_channel_flags": 0,
        "afk_timeout": 300,
    }


def interaction(app_id: str, itype: int, data: Payload, channel: Payload, actor: Payload, **extra: Any) -> Payload:
    """An INTERACTION_CREATE payload; ``actor`` is a member (guild) or user (DM) record."""
    in_guild = bool(channel.get("guild_id"))
    payload: Payload = {
        "id": snowflake(),
        "application_id": app_id,
        "type": itype,
        "data": data,
        "channel": dict(channel),
        "channel_id": channel["id"],
        "token": "itoken-" + snowflake(),
        "version": 1,
        "locale": "en-US",
        "attachment_size_limit": 10 * 1024 * 1024,
        "entitlements": [],
        "authorizing_integration_owners": {"0": channel["guild_id"]} if in_guild else {"1": actor["id"]},
        "context": 0 if in_guild else 1,
    }
    if in_guild:
        payload["guild_id"] = channel["guild_id"]
        payload["guild_locale"] = "en-US"
        payload["member"] = actor
    else:
        payload["user"] = actor
    payload.update(extra)
    return payload


def public(msg: dict) -> dict:
    """A deep copy of a stored message without the fake's private bytes."""
    out = copy.deepcopy(msg)
    for a in out.get("attachments", []):
        a.pop("bytes", None)
    return out
