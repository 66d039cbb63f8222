"""A readiness endpoint for health checks: loopback-only HTTP, on when WELLSPRING_HEALTH_PORT is set.

`GET /health` (or `/ready`, `/healthz`) answers `200 {"ready": true, "gateway": true, "store": true, ...}` when
the Discord gateway is connected and the store answers a read, else `503` with the same fields. It binds
127.0.0.1 only and reads nothing but the request line, so it cannot be reached from outside the machine (or
container) and tells nobody anything about people. `wellspring health` is the client a HEALTHCHECK runs.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from bot.config import version

log = logging.getLogger(__name__)

HOST = "127.0.0.1"
PATHS = frozenset({"/health", "/healthz", "/ready"})
STORE_TIMEOUT = 2.0  # a store that takes longer than this to answer one read is not ready
PROBE_ID = "health:probe"  # a person id nobody has: the read finds nothing and writes nothing


@dataclass
class Readiness:
    """What the endpoint asks: is the gateway connected, does the store answer."""

    gateway: Callable[[], bool]
    store: Callable[[], Awaitable[Any]]
    started: float = 0.0

    async def report(self) -> dict[str, Any]:
        """The fields of one answer."""
        try:
            gateway = bool(self.gateway())
        except Exception:  # a client half torn down is simply not connected
            gateway = False
        try:
            await asyncio.wait_for(self.store(), STORE_TIMEOUT)
            store = True
        except Exception as exc:  # any failure or a timeout: not ready; the reason goes to the log only
            log.warning("health: the store did not answer (%s)", type(exc).__name__)
            store = False
        return {"ready": gateway and store, "gateway": gateway, "store": store, "version": version(),
                "uptime_s": round(time.monotonic() - self.started, 1) if self.started else None}


def for_bot(bot: Any, store: Any) -> Readiness:
    """Readiness of a discord.py client (sharded or not) and a Store."""

    def gateway() -> bool:
        if bot.is_closed() or not bot.is_ready():
            return False
        shards = getattr(bot, "shards", None)
        if isinstance(shards, dict) and shards:  # AutoShardedClient: every shard this process runs
            return all(not info.is_closed() for info in shards.values())
        ws = getattr(bot, "ws", None)
        return ws is not None and bool(getattr(ws, "open", True))

    return Readiness(gateway, lambda: store.load(PROBE_ID), time.monotonic())


async def start(port: int, readiness: Readiness, host: str = HOST) -> asyncio.AbstractServer:
    """Serve readiness on host:port (loopback); the server is returned for closing."""

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request = await asyncio.wait_for(reader.readline(), 5.0)
            parts = request.decode("latin-1").split()
            method, path = (parts[0], parts[1].split("?", 1)[0]) if len(parts) >= 2 else ("", "")
            if method not in ("GET", "HEAD") or path not in PATHS:
                status, body = 404, {"error": "not found", "paths": sorted(PATHS)}
            else:
                body = await readiness.report()
                status = 200 if body["ready"] else 503
            data = json.dumps(body).encode()
            reason = {200: "OK", 404: "Not Found", 503: "Service Unavailable"}[status]
            head = (f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\n"
                    f"Content-Length: {len(data)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n")
            writer.write(head.encode() + (b"" if method == "HEAD" else data))
            await writer.drain()
        except (TimeoutError, ConnectionError, UnicodeError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(answer, host, port)
    log.info("health endpoint on http://%s:%d/health", host, port)
    return server


def probe(port: int, timeout: float = 5.0) -> tuple[int, dict[str, Any]]:
    """Ask the endpoint: (HTTP status, its JSON); status 0 when nothing answers."""
    try:
        with urllib.request.urlopen(f"http://{HOST}:{port}/health", timeout=timeout) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"{}")
    except (OSError, ValueError) as exc:
        return 0, {"error": str(exc)}


def health_command(port: int | None) -> int:
    """`wellspring health`: exit 0 when ready, 1 when not (what a HEALTHCHECK needs)."""
    if port is None:
        print("wellspring: WELLSPRING_HEALTH_PORT is not set, so there is no endpoint to ask", file=sys.stderr)
        return 2
    status, body = probe(port)
    print(json.dumps({"status": status, **body}))
    return 0 if status == 200 else 1
