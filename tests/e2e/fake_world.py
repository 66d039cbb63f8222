"""The fake Discord's world: people, guilds, channels and DMs, and the messages the bot leaves in them."""

from __future__ import annotations

from typing import Any

import discord

from . import fake_payloads as p

Obj = dict | str | int | Any  # a payload dict, an id, or a discord.py object with .id

EVERYONE_PERMS = 0x400 | 0x800 | 0x4000 | 0x8000 | 0x10000 | 0x40 | (1 << 31)  # view, send, embed, attach, history...
BOT_PERMS = EVERYONE_PERMS | 0x2000  # + manage_messages


def oid(obj: Obj) -> str:
    """The snowflake (as str) of a payload dict, an id, or a discord.py object."""
    if isinstance(obj, dict):
        return str(obj["id"])
    return str(getattr(obj, "id", obj))


class World:
    """People, guilds, channels and DMs, and the bot's messages in them: the part of FakeDiscord tests build."""

    # set by FakeDiscord.__init__
    bot_user: dict
    owner: dict
    users: dict[str, dict]
    guilds: dict[str, dict]
    channels: dict[str, dict]
    messages: dict[str, dict]
    dm_channels: dict[str, dict]
    dms_open: dict[str, bool]
    edits: list[tuple[str, dict]]

    # world building
    def add_user(self, name: str, dms_open: bool = True, bot: bool = False) -> dict:
        """A person (or another bot) who can DM, click and run commands."""
        usr = p.user(name, bot=bot)
        self.users[usr["id"]] = usr
        self.dms_open[usr["id"]] = dms_open
        return usr

    def set_dms_open(self, user: Obj, is_open: bool) -> None:
        """Whether the bot may DM this user (closed -> 403, code 50007)."""
        self.dms_open[oid(user)] = is_open

    def add_guild(self, name: str, owner: dict | None = None, *, shard: tuple[int, int] | None = None,
                  everyone_permissions: int = EVERYONE_PERMS, bot_permissions: int = BOT_PERMS) -> dict:
        """A guild with @everyone and a bot role; ``shard=(id, count)`` picks an id on that shard."""
        gid = p.snowflake_for_shard(*shard) if shard else p.snowflake()
        owner = owner or self.owner
        guild = {"id": gid, "name": name, "owner_id": owner["id"], "roles": {}, "channels": {}, "members": {}}
        guild["roles"][gid] = p.role(gid, "@everyone", everyone_permissions)
        bot_role = p.role(p.snowflake(), self.bot_user["username"], bot_permissions, position=1)
        guild["roles"][bot_role["id"]] = bot_role
        guild["members"][self.bot_user["id"]] = p.member(self.bot_user, [bot_role["id"]])
        guild["members"].setdefault(owner["id"], p.member(owner, []))
        self.guilds[gid] = guild
        return guild

    def add_text_channel(self, guild: Obj, name: str) -> dict:
        """A text channel in the guild."""
        g = self.guilds[oid(guild)]
        ch = p.text_channel(g["id"], name, position=len(g["channels"]))
        g["channels"][ch["id"]] = ch
        self.channels[ch["id"]] = ch
        return ch

    def add_private_channel(self, *users: Obj) -> dict:
        """A group DM between people, which the bot is not in: only a user install reaches it, by interactions."""
        ch = p.group_dm_channel([self.users[oid(u)] for u in users])
        self.channels[ch["id"]] = ch
        return ch

    def add_member(self, guild: Obj, user: Obj, permissions: int = 0) -> dict:
        """Make a user a member; extra ``permissions`` come through a role of their own."""
        g, usr = self.guilds[oid(guild)], self.users[oid(user)]
        roles = []
        if permissions:
            r = p.role(p.snowflake(), f"perms-{usr['username']}", permissions, position=1)
            g["roles"][r["id"]] = r
            roles.append(r["id"])
        g["members"][usr["id"]] = p.member(usr, roles)
        return g["members"][usr["id"]]

    def permissions_of(self, guild: Obj, user: Obj) -> int:
        """A member's guild permissions (all bits if owner or administrator)."""
        g = self.guilds[oid(guild)]
        uid = oid(user)
        perms = int(g["roles"][g["id"]]["permissions"])
        for rid in g["members"][uid]["roles"]:
            perms |= int(g["roles"][rid]["permissions"])
        if g["owner_id"] == uid or perms & 0x8:
            return discord.Permissions.all().value
        return perms

    def dm_channel_of(self, user: Obj) -> dict:
        """The DM channel between the bot and a user (created on first use)."""
        uid = oid(user)
        if uid not in self.dm_channels:
            ch = p.dm_channel(self.users[uid])
            self.dm_channels[uid] = ch
            self.channels[ch["id"]] = ch
        return self.dm_channels[uid]
    # what the bot did
    def messages_to(self, target: Obj, include_interactions: bool = True) -> list[dict]:
        """The bot's messages in a channel, or in its DM with a user (a user dict or id), oldest first."""
        tid = oid(target)
        cid = self.dm_channel_of(tid)["id"] if tid in self.users else tid
        return [m for m in self.messages.values()
                if m["channel_id"] == cid and m["author"]["id"] == self.bot_user["id"] and not m.get("deleted")
                and (include_interactions or m.get("via") == "rest")]

    # called by the REST routes
    def _store_bot_message(self, ch: dict, body: dict, files: list[dict], via: str = "rest", **extra: Any) -> dict:
        """Record a message the bot sent and return it as Discord would."""
        fields = {k: body[k] for k in ("components", "embeds", "flags", "tts", "sticker_ids", "poll") if k in body}
        msg = p.message(ch, self.bot_user, body.get("content") or "", **fields, **extra)
        msg["flags"] = msg.get("flags") or 0
        msg["allowed_mentions"] = body.get("allowed_mentions")
        msg["attachments"] = _attachments(body, files)
        msg["via"] = via
        if "message_reference" in body:
            msg["message_reference"] = body["message_reference"]
        self.messages[msg["id"]] = msg
        return msg

    def _edit_message(self, msg: dict, body: dict, files: list[dict]) -> dict:
        """Apply a PATCH to a stored message."""
        for key in ("content", "components", "embeds", "allowed_mentions", "flags"):
            if key in body:
                msg[key] = body[key] if body[key] is not None else ([] if key in ("components", "embeds") else None)
        if msg.get("content") is None:
            msg["content"] = ""
        if "attachments" in body or files:
            msg["attachments"] = _attachments(body, files)
        msg["flags"] = (msg.get("flags") or 0) & ~128  # no longer "thinking"
        msg["edited_timestamp"] = p.now_iso()
        self.edits.append((msg["id"], body))
        return msg


def _attachments(body: dict, files: list[dict]) -> list[dict]:
    """Attachment objects (plus the uploaded bytes) for a message body and its files."""
    out = []
    for i, f in enumerate(files):
        meta = next((a for a in body.get("attachments", []) if str(a.get("id")) == str(i)), {})
        out.append({"id": p.snowflake(), "filename": f["filename"], "size": len(f["bytes"]),
                    "url": f"https://cdn.invalid/{f['filename']}", "proxy_url": f"https://cdn.invalid/{f['filename']}",
                    "description": meta.get("description"), "bytes": f["bytes"]})
    return out
