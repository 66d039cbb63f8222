"""A fake Discord (REST + gateway on 127.0.0.1) that the real discord.py client talks to in tests.

Use the ``fake`` and ``launch`` fixtures (tests/e2e/conftest.py); see test_fake_discord.py for examples.
Clients need ``guild_ready_timeout=0.05`` to be ready fast; AutoShardedClient also wants ``fast_identify``.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Callable
from typing import Any

import discord
import yarl
from aiohttp import web

from . import fake_payloads as p
from .fake_gateway import Gateway, Session
from .fake_interactions import InteractionRecord, find_component, option
from .fake_limits import Limits, global_exempt
from .fake_permissions import CommandPermissions
from .fake_rest import Rest

Obj = dict | str | int | Any  # a payload dict, an id, or a discord.py object with .id

EVERYONE_PERMS = 0x400 | 0x800 | 0x4000 | 0x8000 | 0x10000 | 0x40 | (1 << 31)  # view, send, embed, attach, history...
BOT_PERMS = EVERYONE_PERMS | 0x2000  # + manage_messages


def oid(obj: Obj) -> str:
    """The snowflake (as str) of a payload dict, an id, or a discord.py object."""
    if isinstance(obj, dict):
        return str(obj["id"])
    return str(getattr(obj, "id", obj))


class FakeDiscord:
    """State, servers and test controls of the fake Discord."""

    def __init__(self, bot_name: str = "wellspring", limits: bool | None = None, scale: float = 1.0,
                 speed: float = 1.0) -> None:
        """`limits`: enforce Discord's rate limits and interaction windows (fake_limits.py); by default only
        when WELLSPRING_FAKE_LIMITS=1. `scale` and `speed` shrink and speed up the world for the capacity bench."""
        self.bot_user = p.user(bot_name, bot=True)
        self.app_id = self.bot_user["id"]
        self.owner = p.user("owner")
        self.users: dict[str, dict] = {self.owner["id"]: self.owner}
        self.guilds: dict[str, dict] = {}
        self.channels: dict[str, dict] = {}
        self.messages: dict[str, dict] = {}
        self.dm_channels: dict[str, dict] = {}  # user id -> DM channel
        self.dms_open: dict[str, bool] = {}
        self.commands: dict[str, list[dict]] = {}  # "global" or guild id -> synced commands
        self.command_syncs: list[tuple[str, list[dict]]] = []
        self.interactions: list[InteractionRecord] = []
        self.interactions_by_token: dict[str, InteractionRecord] = {}
        self.command_permissions = CommandPermissions()  # server admins' overrides (Integrations)
        self.refused: list[InteractionRecord] = []  # commands Discord itself refused: never sent to the bot
        self.requests: list[tuple[str, str, Any]] = []
        self.auth_headers: list[str | None] = []
        self.typing_events: list[str] = []
        self.edits: list[tuple[str, dict]] = []
        self.tokens: list[str] = []  # tokens seen in IDENTIFY
        self.accepted_tokens: set[str] | None = None  # None: any token logs in; else others get 401 / 4004
        self.shard_count = 1  # what GET /gateway/bot recommends
        self._rate_limits: list[list] = []
        self._faults: list[list] = []  # [route substring, times left, ("status", status, code) | ("cut",), when]
        self._latency: list[tuple[str, float]] = []
        self.faults_served = 0
        if limits is None:
            limits = os.environ.get("WELLSPRING_FAKE_LIMITS") == "1"
        self.limits = Limits(enabled=limits, scale=scale, speed=speed)
        self.gateway = Gateway(self)
        self.rest = Rest(self)
        self.port = 0
        self._runner: web.AppRunner | None = None
        self._saved: tuple[str, yarl.URL] | None = None

    # lifecycle
    async def start(self) -> None:
        """Serve REST and gateway on 127.0.0.1 at a free port."""
        app = web.Application(middlewares=[self.rest.middleware])
        app.add_routes(self.rest.routes())
        app.router.add_get("/gateway", self.gateway.handle)
        self._runner = web.AppRunner(app, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    @property
    def base_url(self) -> str:
        """The REST base, for discord.http.Route.BASE."""
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def ws_url(self) -> yarl.URL:
        """The gateway URL, for DiscordWebSocket.DEFAULT_GATEWAY."""
        return yarl.URL(f"ws://127.0.0.1:{self.port}/gateway")

    def install(self) -> None:
        """Point discord.py at this fake (Route.BASE and DEFAULT_GATEWAY)."""
        if self._saved is None:
            self._saved = (discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)
        discord.http.Route.BASE = self.base_url
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = self.ws_url

    def uninstall(self) -> None:
        """Restore discord.py's real endpoints."""
        if self._saved is not None:
            discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = self._saved
            self._saved = None

    async def close(self) -> None:
        """Close every socket and stop serving."""
        await self.gateway.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

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

    # events from people
    async def dispatch(self, event: str, data: dict, guild_id: str | None = None) -> None:
        """Send a gateway event to the sessions on the shard that owns ``guild_id`` (DMs: shard 0)."""
        await self.gateway.dispatch(event, data, guild_id)

    async def announce_guild(self, guild: Obj) -> None:
        """GUILD_CREATE for a guild added after the client connected."""
        g = self.guilds[oid(guild)]
        await self.gateway.announce_guild(g)

    async def user_sends_dm(self, user: Obj, content: str, **extra: Any) -> dict:
        """The user writes to the bot in DMs: MESSAGE_CREATE without guild_id."""
        usr = self.users[oid(user)]
        msg = p.message(self.dm_channel_of(usr), usr, content, **extra)
        self.messages[msg["id"]] = msg
        await self.dispatch("MESSAGE_CREATE", msg)
        return msg

    async def user_sends_in_channel(self, user: Obj, channel: Obj, content: str, **extra: Any) -> dict:
        """The user writes in a guild channel (content stripped for sessions without message_content)."""
        usr, ch = self.users[oid(user)], self.channels[oid(channel)]
        g = self.guilds[ch["guild_id"]]
        if usr["id"] not in g["members"]:
            raise AssertionError(f"{usr['username']} is not a member of {g['name']}: call fake.add_member first")
        msg = p.message(ch, usr, content, member={k: v for k, v in g["members"][usr["id"]].items() if k != "user"},
                        **extra)
        self.messages[msg["id"]] = msg
        await self.dispatch("MESSAGE_CREATE", msg, ch["guild_id"])
        return msg

    async def click(self, user: Obj, message: Obj, custom_id: str, locale: str = "en-US") -> InteractionRecord:
        """The user clicks a component of a bot message: INTERACTION_CREATE type 3."""
        msg = self.messages[oid(message)]
        component = find_component(msg.get("components", []), custom_id)
        if component is None:
            raise AssertionError(f"no component {custom_id!r} on message {msg['id']}: {msg.get('components')}")
        data = {"custom_id": custom_id, "component_type": component.get("type", 2)}
        if component.get("type") in (3, 5, 6, 7, 8):
            data["values"] = []
        ch = self.channels[msg["channel_id"]]
        extra: dict[str, Any] = {"message": p.public(msg), "locale": locale}
        if ch.get("type") == 3:
            extra |= {"context": 2, "authorizing_integration_owners": {"1": oid(user)}}
        return await self._interact(user, 3, data, ch, **extra)

    async def slash(self, user: Obj, name: str, options: dict | None = None, guild: Obj | None = None,
                    channel: Obj | None = None, user_install: bool = False, locale: str = "en-US"
                    ) -> InteractionRecord:
        """The user runs /name: INTERACTION_CREATE type 2, in a guild channel, a private channel or DMs.

        ``user_install``: the command comes through the person's own install of the app (authorizing
        integration owner "1"), not the server's. A private channel (``add_private_channel``) always does.
        """
        ch, data = self._command_data(user, name, options, guild, channel)
        return await self._interact(user, 2, data, ch, **self._install_fields(user, ch, user_install, locale))

    async def autocomplete(self, user: Obj, name: str, options: dict, focused: str, guild: Obj | None = None,
                           channel: Obj | None = None, user_install: bool = False,
                           locale: str = "en-US") -> InteractionRecord:
        """The user is typing option ``focused`` of /name: INTERACTION_CREATE type 4; choices in responses[0]."""
        ch, data = self._command_data(user, name, options, guild, channel)
        for opt in data["options"]:
            if opt["name"] == focused:
                opt["focused"] = True
        return await self._interact(user, 4, data, ch, **self._install_fields(user, ch, user_install, locale))

    def _command_data(self, user: Obj, name: str, options: dict | None, guild: Obj | None,
                      channel: Obj | None) -> tuple[dict, dict]:
        if channel is not None:
            ch = self.channels[oid(channel)]
        elif guild is not None:
            ch = next(iter(self.guilds[oid(guild)]["channels"].values()))
        else:
            ch = self.dm_channel_of(user)
        scope = ch.get("guild_id")
        cmd = next((c for c in self.commands.get(scope, []) + self.commands.get("global", []) if c["name"] == name),
                   None)
        opts = [option(k, v, cmd) for k, v in (options or {}).items()]
        data = {"id": cmd["id"] if cmd else p.snowflake(), "name": name, "type": 1, "options": opts}
        if scope:
            data["guild_id"] = scope
        return ch, data

    def _install_fields(self, user: Obj, ch: dict, user_install: bool, locale: str) -> dict:
        fields: dict[str, Any] = {"locale": locale}
        if ch.get("type") == 3:
            fields |= {"context": 2, "authorizing_integration_owners": {"1": oid(user)}}
        elif user_install and ch.get("guild_id"):
            fields |= {"authorizing_integration_owners": {"1": oid(user)}}
        return fields

    async def _interact(self, user: Obj, itype: int, data: dict, ch: dict, **extra: Any) -> InteractionRecord:
        """Build, record and dispatch an interaction."""
        usr = self.users[oid(user)]
        if ch.get("guild_id"):
            g = self.guilds[ch["guild_id"]]
            if usr["id"] not in g["members"]:
                raise AssertionError(f"{usr['username']} is not a member of {g['name']}: call fake.add_member first")
            actor = dict(g["members"][usr["id"]], permissions=str(self.permissions_of(g, usr)))
            app_perms = self.permissions_of(g, self.bot_user)
        else:
            actor, app_perms = usr, BOT_PERMS
        payload = p.interaction(self.app_id, itype, data, ch, actor, app_permissions=str(app_perms), **extra)
        rec = InteractionRecord(payload, created=self.limits.now())
        if itype in (2, 4) and ch.get("guild_id") and not self.command_permissions.allows(
                g, g["members"][usr["id"]], int(actor["permissions"]), self._synced(data)):
            rec.refused = True
            self.refused.append(rec)
            return rec
        self.interactions.append(rec)
        self.interactions_by_token[rec.token] = rec
        await self.dispatch("INTERACTION_CREATE", payload, ch.get("guild_id"))
        return rec

    def _synced(self, data: dict) -> dict | None:
        scope = self.commands.get(data.get("guild_id"), []) + self.commands.get("global", [])
        return next((c for c in scope if c["id"] == data["id"]), None)

    def override_command(self, guild: Obj, target: Obj, allowed: bool = True, command: str | None = None) -> None:
        """A server admin allows (or denies) a role or a member a command (None: all of the app's) in Integrations."""
        self.command_permissions.set(oid(guild), oid(target), allowed, command)

    # what the bot did
    def messages_to(self, target: Obj, include_interactions: bool = True) -> list[dict]:
        """The bot's messages in a channel, or in its DM with a user (a user dict or id), oldest first."""
        tid = oid(target)
        cid = self.dm_channel_of(tid)["id"] if tid in self.users else tid
        return [m for m in self.messages.values()
                if m["channel_id"] == cid and m["author"]["id"] == self.bot_user["id"] and not m.get("deleted")
                and (include_interactions or m.get("via") == "rest")]

    def global_requests(self, since: int = 0) -> list[tuple[str, str]]:
        """(method, path) of the logged requests from index `since` that count against the global limit."""
        return [(m, path) for m, path, _ in self.requests[since:] if not global_exempt(m, path)]

    @property
    def sessions(self) -> list[Session]:
        """Every gateway session ever identified."""
        return self.gateway.sessions

    @property
    def connected_sessions(self) -> list[Session]:
        """Sessions with an open websocket."""
        return [s for s in self.gateway.sessions if s.ws is not None and s.alive]

    # controls
    def rate_limit(self, route_substring: str, times: int = 1, retry_after: float = 0.05) -> None:
        """The next ``times`` REST calls whose "METHOD /path" contains the substring get a 429."""
        self._rate_limits.append([route_substring, times, retry_after])

    def fail(self, route_substring: str, status: int, times: int = 1, code: int = 0,
             when: Callable[[Any], bool] | None = None) -> None:
        """The next ``times`` REST calls matching "METHOD /path" (and ``when(body)``) get ``status``."""
        self._faults.append([route_substring, times, ("status", status, code), when])

    def cut(self, route_substring: str, times: int = 1, when: Callable[[Any], bool] | None = None) -> None:
        """The next ``times`` matching REST calls have their connection cut before any answer."""
        self._faults.append([route_substring, times, ("cut",), when])

    def slow(self, route_substring: str, seconds: float) -> None:
        """Every matching REST call waits ``seconds`` before it is handled (latency)."""
        self._latency.append((route_substring, seconds))

    def _take_fault(self, call: str, body: Any) -> tuple | None:
        for rule in self._faults:
            if rule[0] in call and rule[1] > 0 and (rule[3] is None or rule[3](body)):
                rule[1] -= 1
                self.faults_served += 1
                return rule[2]
        return None

    def _delay_for(self, call: str) -> float:
        return sum(seconds for sub, seconds in self._latency if sub in call)

    async def raw_interaction(self, payload: Any, guild_id: str | None = None) -> InteractionRecord | None:
        """Dispatch any INTERACTION_CREATE payload as is (malformed ones too); recorded when it has a token."""
        rec = None
        if isinstance(payload, dict) and isinstance(payload.get("token"), str):
            rec = InteractionRecord(payload, created=self.limits.now())
            self.interactions.append(rec)
            self.interactions_by_token[payload["token"]] = rec
        await self.dispatch("INTERACTION_CREATE", payload, guild_id)
        return rec

    def component_payload(self, user: Obj, message: Obj, custom_id: Any, component_type: Any = 2,
                          **extra: Any) -> dict:
        """A click on a bot message in the user's DM, on any custom id (it need not be on the message)."""
        msg = self.messages[oid(message)]
        data = {"custom_id": custom_id, "component_type": component_type}
        if component_type in (3, 5, 6, 7, 8):
            data["values"] = extra.pop("values", [])
        ch = self.channels[msg["channel_id"]]
        return p.interaction(self.app_id, 3, data, ch, self.users[oid(user)], app_permissions=str(BOT_PERMS),
                             message=p.public(msg), **extra)

    def _take_rate_limit(self, call: str) -> float | None:
        """The retry_after for this call if a scripted 429 applies."""
        for rule in self._rate_limits:
            if rule[0] in call and rule[1] > 0:
                rule[1] -= 1
                return rule[2]
        return None

    async def reconnect_all(self) -> None:
        """Op 7 RECONNECT to every connected session; clients RESUME."""
        await self.gateway.reconnect_all()

    async def disconnect_all(self, code: int = 4000) -> None:
        """Drop every websocket from the server side."""
        await self.gateway.disconnect_all(code)

    async def wait_for(self, predicate: Callable[[FakeDiscord], Any], timeout: float = 10.0) -> Any:
        """Poll until predicate(fake) is truthy; on timeout raise with a dump of recent activity."""
        deadline = time.monotonic() + timeout
        while True:
            result = predicate(self)
            if result:
                return result
            if time.monotonic() > deadline:
                raise AssertionError(f"fake.wait_for timed out after {timeout}s\n{self.dump()}")
            await asyncio.sleep(0.01)

    def dump(self) -> str:
        """Recent requests, sessions and messages, for failure messages."""
        lines = ["sessions:"] + [f"  {s!r} events={s.events[-8:]}" for s in self.sessions]
        lines += ["last requests:"] + [f"  {m} {path} {str(body)[:160]}" for m, path, body in self.requests[-15:]]
        lines += ["last messages:"] + [f"  {m['channel_id']} {m['author']['username']}: {m['content'][:80]!r}"
                                       for m in list(self.messages.values())[-10:]]
        return "\n".join(lines)

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
