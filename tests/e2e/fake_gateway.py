"""The fake gateway: websocket sessions with IDENTIFY, heartbeats, RESUME and shards."""

from __future__ import annotations

import asyncio
import json
import logging
from typing import TYPE_CHECKING, Any

from aiohttp import WSMsgType, web

from . import fake_payloads as p

if TYPE_CHECKING:
    from .fake_discord import FakeDiscord

log = logging.getLogger(__name__)

HELLO, IDENTIFY, RESUME, RECONNECT, REQUEST_MEMBERS = 10, 2, 6, 7, 8
HEARTBEAT, HEARTBEAT_ACK, DISPATCH, INVALID_SESSION = 1, 11, 0, 9
MESSAGE_CONTENT, GUILD_MESSAGES, DIRECT_MESSAGES, GUILD_PRESENCES = 1 << 15, 1 << 9, 1 << 12, 1 << 8


class Session:
    """One identified gateway session; outlives its websocket so it can be resumed."""

    def __init__(self, token: str, shard: tuple[int, int], intents: int) -> None:
        self.session_id = "sess-" + p.snowflake()
        self.token = token
        self.shard_id, self.shard_count = shard
        self.intents = intents
        self.seq = 0
        self.log: list[dict[str, Any]] = []  # every dispatched frame, for replay on RESUME
        self.ws: web.WebSocketResponse | None = None
        self.alive = True  # False once the client closed cleanly or a newer IDENTIFY replaced it
        self.events: list[str] = []  # event names dispatched, in order
        self.delivered = 0  # highest seq written to the current socket
        self._lock = asyncio.Lock()

    def wants(self, guild_id: str | None) -> bool:
        """True if a guild's events (or a DM's, guild_id None) belong on this session's shard."""
        if guild_id is None:
            return self.shard_id == 0
        return p.shard_of(guild_id, self.shard_count) == self.shard_id

    async def send(self, frame: dict[str, Any]) -> None:
        """Send one frame if connected, never a sequence number twice; ignore a closing socket."""
        async with self._lock:
            await self._send_locked(frame)

    async def _send_locked(self, frame: dict[str, Any]) -> None:
        """Write a frame to the socket; caller holds the lock."""
        ws, seq = self.ws, frame.get("s")
        if ws is None or ws.closed or (seq is not None and seq <= self.delivered):
            return
        try:
            await ws.send_str(json.dumps(frame))
        except (ConnectionError, RuntimeError):
            log.debug("send on closing socket of %s dropped", self.session_id)
            return
        if seq is not None:
            self.delivered = seq

    async def attach(self, ws: web.WebSocketResponse, last_seq: int) -> None:
        """Bind a resuming socket and replay every frame after ``last_seq``."""
        async with self._lock:
            self.ws, self.delivered = ws, last_seq
            for frame in list(self.log):
                await self._send_locked(frame)

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Number, log and (if connected) deliver a DISPATCH frame."""
        self.seq += 1
        frame = {"op": DISPATCH, "t": event, "s": self.seq, "d": data}
        self.log.append(frame)
        self.events.append(event)
        await self.send(frame)

    def __repr__(self) -> str:
        state = "connected" if self.ws is not None else ("resumable" if self.alive else "dead")
        return f"<Session {self.session_id} shard={self.shard_id}/{self.shard_count} seq={self.seq} {state}>"


class Gateway:
    """Serves /gateway websockets on behalf of a FakeDiscord."""

    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake
        self.sessions: list[Session] = []
        self.sockets: set[web.WebSocketResponse] = set()
        self._closed_by_us: dict[web.WebSocketResponse, int] = {}  # the code we closed with, not the echo
        self.frames_in: list[dict[str, Any]] = []  # every frame a client sent (heartbeats excluded)

    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        """One websocket connection: HELLO, then read frames until it closes."""
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        self.sockets.add(ws)
        session: Session | None = None
        client_code: int | None = None
        try:
            await ws.send_str(json.dumps({"op": HELLO, "d": {"heartbeat_interval": 41250}}))
            while True:
                msg = await ws.receive()
                if msg.type == WSMsgType.TEXT:
                    session = await self._on_frame(ws, json.loads(msg.data), session)
                elif msg.type == WSMsgType.CLOSE:
                    client_code = msg.data
                    break
                elif msg.type in (WSMsgType.CLOSING, WSMsgType.CLOSED, WSMsgType.ERROR):
                    break
        finally:
            self.sockets.discard(ws)
            code = self._closed_by_us.pop(ws, client_code)
            if session is not None and session.ws is ws:
                session.ws = None
                if code in (1000, 1001):
                    session.alive = False
        return ws

    async def _on_frame(self, ws: web.WebSocketResponse, frame: dict, session: Session | None) -> Session | None:
        """Answer one client frame; returns the session now bound to this socket."""
        op, data = frame.get("op"), frame.get("d")
        if op == HEARTBEAT:
            await ws.send_str(json.dumps({"op": HEARTBEAT_ACK}))
            return session
        self.frames_in.append(frame)
        if op == IDENTIFY:
            return await self._identify(ws, data)
        if op == RESUME:
            return await self._resume(ws, data)
        if op == REQUEST_MEMBERS and session is not None:
            await self._members_chunk(session, data)
        return session

    async def _identify(self, ws: web.WebSocketResponse, data: dict) -> Session | None:
        """IDENTIFY -> READY, then one GUILD_CREATE per guild on this shard."""
        fake = self.fake
        shard = tuple(data.get("shard") or (0, 1))
        fake.tokens.append(data.get("token"))
        if fake.accepted_tokens is not None and data.get("token") not in fake.accepted_tokens:
            await ws.close(code=4004, message=b"Authentication failed.")
            return None
        for old in self.sessions:
            if (old.shard_id, old.shard_count) == shard and old.token == data.get("token"):
                old.alive = False
        session = Session(data.get("token"), shard, data.get("intents", 0))
        self.sessions.append(session)
        session.ws = ws
        guilds = [g for g in fake.guilds.values() if session.wants(g["id"])]
        ready = {
            "v": 10,
            "user": fake.bot_user,
            "guilds": [{"id": g["id"], "unavailable": True} for g in guilds],
            "session_id": session.session_id,
            "resume_gateway_url": f"{fake.ws_url}",
            "shard": list(shard),
            "application": {"id": fake.app_id, "flags": 0},
            "private_channels": [],
            "relationships": [],
        }
        await session.dispatch("READY", ready)
        for guild in guilds:
            await session.dispatch("GUILD_CREATE", p.guild_create(guild, only=self._visible_members(session)))
        return session

    def _visible_members(self, session: Session) -> set[str] | None:
        """Without GUILD_PRESENCES, Discord's GUILD_CREATE carries only the bot's own member."""
        return None if session.intents & GUILD_PRESENCES else {self.fake.bot_user["id"]}

    async def _resume(self, ws: web.WebSocketResponse, data: dict) -> Session | None:
        """RESUME -> replay missed events, then RESUMED; unknown session -> op 9."""
        session = next((s for s in self.sessions if s.session_id == data.get("session_id") and s.alive), None)
        if session is None:
            await ws.send_str(json.dumps({"op": INVALID_SESSION, "d": False}))
            return None
        await session.attach(ws, data.get("seq") or 0)
        await session.dispatch("RESUMED", {})
        return session

    async def _members_chunk(self, session: Session, data: dict) -> None:
        """Op 8 -> one GUILD_MEMBERS_CHUNK with every stored member."""
        guild_id = str(data.get("guild_id"))
        guild = self.fake.guilds.get(guild_id)
        members = list(guild["members"].values()) if guild else []
        chunk = {"guild_id": guild_id, "members": members, "chunk_index": 0, "chunk_count": 1, "not_found": []}
        if data.get("nonce"):
            chunk["nonce"] = data["nonce"]
        await session.dispatch("GUILD_MEMBERS_CHUNK", chunk)

    def live_sessions(self) -> list[Session]:
        """Sessions that still receive (or will replay) events."""
        return [s for s in self.sessions if s.alive]

    async def dispatch(self, event: str, data: dict[str, Any], guild_id: str | None) -> None:
        """Send an event to every live session whose shard owns it."""
        for session in self.live_sessions():
            if session.wants(guild_id):
                shaped = self._as_seen_by(session, event, data, guild_id)
                if shaped is not None:
                    await session.dispatch(event, shaped)

    def _as_seen_by(self, session: Session, event: str, data: dict, guild_id: str | None) -> dict | None:
        """Apply intents to messages: DMs need DIRECT_MESSAGES; guild content needs MESSAGE_CONTENT or a mention."""
        if event != "MESSAGE_CREATE" or not isinstance(data, dict):  # malformed frames (fault tests) go as they are
            return data
        if session.intents & (DIRECT_MESSAGES if guild_id is None else GUILD_MESSAGES) == 0:
            return None
        bot_id = self.fake.bot_user["id"]
        mentions = data.get("mentions") if isinstance(data.get("mentions"), list) else []
        mentioned = any(isinstance(u, dict) and u.get("id") == bot_id for u in mentions)
        author = data.get("author") if isinstance(data.get("author"), dict) else {}
        if guild_id is None or session.intents & MESSAGE_CONTENT or mentioned or author.get("id") == bot_id:
            return data
        return dict(data, content="", embeds=[], attachments=[], components=[])

    async def announce_guild(self, guild: dict) -> None:
        """GUILD_CREATE for a guild the bot joined while connected."""
        for session in self.live_sessions():
            if session.wants(guild["id"]):
                await session.dispatch("GUILD_CREATE", p.guild_create(guild, only=self._visible_members(session)))

    async def reconnect_all(self) -> None:
        """Send op 7 RECONNECT on every connected socket."""
        for session in self.live_sessions():
            if session.ws is not None:
                await session.send({"op": RECONNECT, "d": None})

    async def disconnect_all(self, code: int = 4000) -> None:
        """Close every socket from the server side (resumable close code by default)."""
        for ws in list(self.sockets):
            self._closed_by_us[ws] = code
            await ws.close(code=code, message=b"fake disconnect")

    async def close(self) -> None:
        """Close every socket for shutdown."""
        for session in self.sessions:
            session.alive = False
        await self.disconnect_all(code=1001)
