"""The fake REST API: the routes discord.py uses for login, messages, commands and interactions."""

from __future__ import annotations

import asyncio
import json
from typing import TYPE_CHECKING, Any

from aiohttp import web

from . import fake_payloads as p
from .fake_interactions import answer, followup

if TYPE_CHECKING:
    from .fake_discord import FakeDiscord

API = "/api/v10"
BODY = web.RequestKey("body", object)
FILES = web.RequestKey("files", list)


def reply(data: Any = None, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """A JSON response with Content-Type exactly ``application/json`` (discord.py insists)."""
    if status == 204:
        return web.Response(status=204)
    hdrs = {"Content-Type": "application/json", **(headers or {})}
    return web.Response(body=json.dumps(data, default=_no_bytes).encode(), status=status, headers=hdrs)


def _no_bytes(obj: Any) -> Any:
    """JSON fallback: stored upload bytes are not echoed."""
    if isinstance(obj, bytes):
        return None
    raise TypeError(f"not JSON serializable: {type(obj).__name__}")


def error(status: int, code: int, message: str) -> web.Response:
    """A Discord JSON error body."""
    return reply({"code": code, "message": message}, status=status)


async def read_body(request: web.Request) -> tuple[Any, list[dict[str, Any]]]:
    """The JSON body (or multipart payload_json) and any uploaded files as {filename, bytes}."""
    if not request.can_read_body:
        return None, []
    if request.content_type.startswith("multipart/"):
        form = await request.post()
        payload = json.loads(form["payload_json"]) if "payload_json" in form else None
        files = [
            {"field": name, "filename": value.filename, "bytes": value.file.read()}
            for name, value in form.items()
            if isinstance(value, web.FileField)
        ]
        return payload, files
    text = await request.text()
    return (json.loads(text) if text else None), []


class Rest:
    """Route handlers; state lives on the FakeDiscord."""

    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake

    def routes(self) -> list[web.RouteDef]:
        """The route table under /api/v10."""
        r = [
            web.route("GET", API + "/users/@me", self.me),
            web.route("GET", API + "/oauth2/applications/@me", self.application),
            web.route("GET", API + "/gateway", self.gateway),
            web.route("GET", API + "/gateway/bot", self.gateway_bot),
            web.route("POST", API + "/users/@me/channels", self.open_dm),
            web.route("GET", API + "/users/{uid}", self.get_user),
            web.route("GET", API + "/channels/{cid}", self.get_channel),
            web.route("POST", API + "/channels/{cid}/messages", self.create_message),
            web.route("GET", API + "/channels/{cid}/messages/{mid}", self.get_message),
            web.route("PATCH", API + "/channels/{cid}/messages/{mid}", self.edit_message),
            web.route("DELETE", API + "/channels/{cid}/messages/{mid}", self.delete_message),
            web.route("POST", API + "/channels/{cid}/typing", self.typing),
            web.route("GET", API + "/guilds/{gid}", self.get_guild),
            web.route("GET", API + "/guilds/{gid}/members/{uid}", self.get_member),
            web.route("GET", API + "/applications/{app}/commands", self.get_commands),
            web.route("PUT", API + "/applications/{app}/commands", self.put_commands),
            web.route("GET", API + "/applications/{app}/guilds/{gid}/commands", self.get_commands),
            web.route("PUT", API + "/applications/{app}/guilds/{gid}/commands", self.put_commands),
            web.route("POST", API + "/interactions/{iid}/{token}/callback", self.callback),
            web.route("POST", API + "/webhooks/{app}/{token}", self.followup),
            web.route("GET", API + "/webhooks/{app}/{token}/messages/{mid}", self.webhook_get),
            web.route("PATCH", API + "/webhooks/{app}/{token}/messages/{mid}", self.webhook_edit),
            web.route("DELETE", API + "/webhooks/{app}/{token}/messages/{mid}", self.webhook_delete),
        ]
        return r

    @web.middleware
    async def middleware(self, request: web.Request, handler: Any) -> web.StreamResponse:
        """Log the call, apply scripted 429s, turn unknown routes into JSON 404s."""
        fake = self.fake
        if not request.path.startswith(API):
            return await handler(request)
        body, files = await read_body(request)
        request[BODY], request[FILES] = body, files
        path = request.path.removeprefix(API)
        fake.requests.append((request.method, path, body))
        fake.auth_headers.append(request.headers.get("Authorization"))
        auth = request.headers.get("Authorization")
        if fake.accepted_tokens is not None and auth and auth.removeprefix("Bot ") not in fake.accepted_tokens:
            return error(401, 0, "401: Unauthorized")
        verdict = fake.limits.check(request.method, path)
        if verdict.status == 429:
            return reply(verdict.body, status=429, headers=verdict.headers)
        limited = fake._take_rate_limit(f"{request.method} {path}")
        if limited is not None:
            headers = {"Via": "1.1 google", "Retry-After": str(limited), "X-RateLimit-Scope": "user"}
            return reply({"message": "You are being rate limited.", "retry_after": limited, "global": False},
                         status=429, headers=headers)
        call = f"{request.method} {path}"
        delay = fake._delay_for(call)
        if delay:
            await asyncio.sleep(delay)
        fault = fake._take_fault(call, body)
        if fault is not None and fault[0] == "status":
            return error(fault[1], fault[2], f"{fault[1]}: scripted by the test")
        if fault is not None and fault[0] == "cut":
            if request.transport is not None:
                request.transport.abort()  # the connection drops before any answer
            raise ConnectionResetError("scripted cut")
        try:
            response = await handler(request)
            response.headers.update(verdict.headers)
            return response
        except web.HTTPNotFound:
            return error(404, 0, f"404: Not Found (fake has no {request.method} {request.path})")
        except web.HTTPMethodNotAllowed:
            return error(404, 0, f"405 in fake: {request.method} {request.path}")

    # login and gateway
    async def me(self, request: web.Request) -> web.Response:
        """The bot user."""
        return reply(self.fake.bot_user)

    async def application(self, request: web.Request) -> web.Response:
        """The application info discord.py fetches at login."""
        f = self.fake
        return reply({
            "id": f.app_id, "name": f.bot_user["username"], "description": "", "icon": None,
            "bot_public": True, "bot_require_code_grant": False, "owner": f.owner,
            "verify_key": "0" * 64, "flags": 0, "summary": "", "team": None, "rpc_origins": [],
        })

    async def gateway(self, request: web.Request) -> web.Response:
        """GET /gateway."""
        return reply({"url": str(self.fake.ws_url)})

    async def gateway_bot(self, request: web.Request) -> web.Response:
        """GET /gateway/bot, which AutoShardedClient asks when shard_count is None."""
        limit = {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}
        return reply({"url": str(self.fake.ws_url), "shards": self.fake.shard_count, "session_start_limit": limit})

    # users, channels, guilds
    async def open_dm(self, request: web.Request) -> web.Response:
        """POST /users/@me/channels: the DM channel with recipient_id."""
        usr = self.fake.users.get(str(request[BODY]["recipient_id"]))
        if usr is None:
            return error(400, 50033, "Invalid Recipient(s)")
        return reply(self.fake.dm_channel_of(usr))

    async def get_user(self, request: web.Request) -> web.Response:
        """GET /users/{id}."""
        usr = self.fake.users.get(request.match_info["uid"])
        return reply(usr) if usr else error(404, 10013, "Unknown User")

    async def get_channel(self, request: web.Request) -> web.Response:
        """GET /channels/{id}."""
        ch = self.fake.channels.get(request.match_info["cid"])
        return reply(ch) if ch else error(404, 10003, "Unknown Channel")

    async def get_guild(self, request: web.Request) -> web.Response:
        """GET /guilds/{id}."""
        guild = self.fake.guilds.get(request.match_info["gid"])
        return reply(p.guild_create(guild, only=set())) if guild else error(404, 10004, "Unknown Guild")

    async def get_member(self, request: web.Request) -> web.Response:
        """GET /guilds/{gid}/members/{uid}."""
        guild = self.fake.guilds.get(request.match_info["gid"])
        mem = guild and guild["members"].get(request.match_info["uid"])
        return reply(mem) if mem else error(404, 10007, "Unknown Member")

    # messages
    async def create_message(self, request: web.Request) -> web.Response:
        """POST /channels/{id}/messages: record and echo the bot's message."""
        f = self.fake
        ch = f.channels.get(request.match_info["cid"])
        if ch is None:
            return error(404, 10003, "Unknown Channel")
        if ch["type"] == 1 and not f.dms_open.get(ch["recipients"][0]["id"], True):
            return error(403, 50007, "Cannot send messages to this user")
        if ch["type"] == 3:  # a private channel the bot is not in: only interactions can answer there
            return error(403, 50001, "Missing Access")
        msg = f._store_bot_message(ch, request[BODY] or {}, request[FILES])
        return reply(msg)

    def _find(self, request: web.Request) -> dict | None:
        """The stored message named by the path, if it is in that channel."""
        msg = self.fake.messages.get(request.match_info["mid"])
        return msg if msg and msg["channel_id"] == request.match_info["cid"] else None

    async def get_message(self, request: web.Request) -> web.Response:
        """GET /channels/{cid}/messages/{mid}."""
        msg = self._find(request)
        return reply(msg) if msg else error(404, 10008, "Unknown Message")

    async def edit_message(self, request: web.Request) -> web.Response:
        """PATCH /channels/{cid}/messages/{mid}."""
        msg = self._find(request)
        if msg is None:
            return error(404, 10008, "Unknown Message")
        return reply(self.fake._edit_message(msg, request[BODY] or {}, request[FILES]))

    async def delete_message(self, request: web.Request) -> web.Response:
        """DELETE /channels/{cid}/messages/{mid}."""
        msg = self._find(request)
        if msg is None:
            return error(404, 10008, "Unknown Message")
        msg["deleted"] = True
        return reply(status=204)

    async def typing(self, request: web.Request) -> web.Response:
        """POST /channels/{id}/typing."""
        self.fake.typing_events.append(request.match_info["cid"])
        return reply(status=204)

    # application commands
    async def get_commands(self, request: web.Request) -> web.Response:
        """GET global or guild commands."""
        return reply(self.fake.commands.get(request.match_info.get("gid", "global"), []))

    async def put_commands(self, request: web.Request) -> web.Response:
        """PUT (bulk overwrite) global or guild commands; echo them with ids."""
        f = self.fake
        scope = request.match_info.get("gid", "global")
        old = {c["name"]: c["id"] for c in f.commands.get(scope, [])}
        synced = []
        for cmd in request[BODY] or []:
            full = {"type": 1, "description": "", "options": [], "nsfw": False, **cmd}
            full |= {"id": old.get(cmd["name"]) or p.snowflake(), "application_id": f.app_id, "version": p.snowflake()}
            if scope != "global":
                full["guild_id"] = scope
            synced.append(full)
        f.commands[scope] = synced
        f.command_syncs.append((scope, synced))
        return reply(synced)

    # interactions
    async def callback(self, request: web.Request) -> web.Response:
        """POST /interactions/{id}/{token}/callback: record and answer with an InteractionCallbackResponse."""
        rec = self.fake.interactions_by_token.get(request.match_info["token"])
        if rec is None or str(rec.payload.get("id")) != request.match_info["iid"]:
            return error(404, 10062, "Unknown interaction")
        refused = self.fake.limits.callback_refused(rec.created, bool(rec.responses))
        if refused is not None:
            return error(*refused)
        if rec.responses:
            return error(400, 40060, "Interaction has already been acknowledged.")
        try:
            return reply(answer(self.fake, rec, request[BODY] or {}, request[FILES]))
        except Exception:  # a malformed interaction (fault tests): the answer still counts
            if not rec.responses:
                rec.responses.append(request[BODY] or {})
            kind = (request[BODY] or {}).get("type")
            return reply({"interaction": {"id": request.match_info["iid"], "type": 3}, "resource": {"type": kind}})

    async def followup(self, request: web.Request) -> web.Response:
        """POST /webhooks/{app}/{token}: a followup message."""
        rec = self.fake.interactions_by_token.get(request.match_info["token"])
        if rec is None:
            return error(404, 10015, "Unknown Webhook")
        refused = self.fake.limits.webhook_refused(rec.created, bool(rec.responses))
        if refused is not None:
            return error(*refused)
        ch = self.fake.channels.get(str(rec.payload.get("channel_id")))
        if ch is not None and ch["type"] == 1 and not self.fake.dms_open.get(ch["recipients"][0]["id"], True):
            return error(403, 50007, "Cannot send messages to this user")  # the person closed (or blocked) DMs
        try:
            return reply(followup(self.fake, rec, request[BODY] or {}, request[FILES]))
        except Exception:  # a malformed interaction (fault tests)
            return error(404, 10015, "Unknown Webhook")

    def _webhook_message(self, request: web.Request) -> dict | None:
        """The original response or a followup named by the path."""
        rec = self.fake.interactions_by_token.get(request.match_info["token"])
        if rec is None:
            return None
        mid = request.match_info["mid"]
        if mid == "@original":
            return rec.original
        return next((m for m in rec.followups if m["id"] == mid), None)

    async def webhook_get(self, request: web.Request) -> web.Response:
        """GET the original response or a followup."""
        msg = self._webhook_message(request)
        return reply(msg) if msg else error(404, 10008, "Unknown Message")

    async def webhook_edit(self, request: web.Request) -> web.Response:
        """PATCH the original response or a followup."""
        msg = self._webhook_message(request)
        if msg is None:
            return error(404, 10008, "Unknown Message")
        rec = self.fake.interactions_by_token[request.match_info["token"]]
        refused = self.fake.limits.webhook_refused(rec.created, bool(rec.responses))
        if refused is not None:
            return error(*refused)
        rec.edits.append(request[BODY] or {})
        return reply(self.fake._edit_message(msg, request[BODY] or {}, request[FILES]))

    async def webhook_delete(self, request: web.Request) -> web.Response:
        """DELETE the original response or a followup."""
        msg = self._webhook_message(request)
        if msg is None:
            return error(404, 10008, "Unknown Message")
        msg["deleted"] = True
        return reply(status=204)
