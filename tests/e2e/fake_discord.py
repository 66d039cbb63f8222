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
from .fake_world import BOT_PERMS, EVERYONE_PERMS, Obj, World, oid

__all__ = ["BOT_PERMS", "EVERYONE_PERMS", "FakeDiscord", "Obj", "oid"]  # what importers have from here


class FakeDiscord(World):
    """State, servers and test controls of the fake Discord (its people, guilds and messages: fake_world.World)."""

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
