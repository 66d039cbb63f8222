"""The readiness endpoint: loopback only, 200 when gateway and store are up, 503 otherwise."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from types import SimpleNamespace

from bot import health
from bot.store import open_store


async def fetch(port: int, path: str = "/health", method: str = "GET") -> tuple[int, dict]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"{method} {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
    await writer.drain()
    raw = await reader.read()
    writer.close()
    head, _, body = raw.partition(b"\r\n\r\n")
    assert b"Content-Type: application/json" in head
    return int(head.split()[1]), json.loads(body) if body else {}


async def serve(readiness: health.Readiness) -> tuple[asyncio.AbstractServer, int]:
    server = await health.start(0, readiness)
    return server, server.sockets[0].getsockname()[1]


async def test_ready_when_gateway_and_store_answer_else_503() -> None:
    state = {"gateway": True, "store": "ok"}

    async def store() -> None:
        if state["store"] == "fails":
            raise RuntimeError("database is locked")
        if state["store"] == "hangs":
            await asyncio.sleep(60)

    server, port = await serve(health.Readiness(lambda: state["gateway"], store))
    try:
        assert all(sock.getsockname()[0] == "127.0.0.1" for sock in server.sockets)  # loopback only
        status, body = await fetch(port)
        assert status == 200 and body["ready"] and body["gateway"] and body["store"] and body["version"]
        state["gateway"] = False
        assert (await fetch(port, "/ready"))[0] == 503
        state.update(gateway=True, store="fails")
        status, body = await fetch(port, "/healthz")
        assert status == 503 and body["gateway"] and not body["store"] and "locked" not in json.dumps(body)
        health.STORE_TIMEOUT, saved = 0.2, health.STORE_TIMEOUT
        try:
            state["store"] = "hangs"
            assert (await fetch(port))[0] == 503
        finally:
            health.STORE_TIMEOUT = saved
        assert (await fetch(port, "/anything-else"))[0] == 404
        assert (await fetch(port, "/health", "POST"))[0] == 404
    finally:
        server.close()
        await server.wait_closed()


async def test_for_bot_reads_a_real_store_and_the_client(tmp_path: Path) -> None:
    store = await open_store(str(tmp_path / "w.db"))
    bot = SimpleNamespace(closed=False, ready=True, ws=SimpleNamespace(open=True))
    bot.is_closed = lambda: bot.closed
    bot.is_ready = lambda: bot.ready
    try:
        readiness = health.for_bot(bot, store)
        assert (await readiness.report())["ready"] is True
        bot.ready = False
        assert (await readiness.report())["gateway"] is False
        bot.ready, bot.ws.open = True, False
        assert (await readiness.report())["gateway"] is False
        assert await store.load(health.PROBE_ID) is None  # the probe finds, and leaves, nothing
    finally:
        await store.close()
    report = await readiness.report()  # a closed store is not ready
    assert report["store"] is False


async def test_the_health_command_exit_code_follows_the_endpoint() -> None:
    up = {"value": True}
    server, port = await serve(health.Readiness(lambda: up["value"], lambda: asyncio.sleep(0)))
    try:
        assert await asyncio.to_thread(health.health_command, port) == 0
        up["value"] = False
        assert await asyncio.to_thread(health.health_command, port) == 1
    finally:
        server.close()
        await server.wait_closed()
    assert await asyncio.to_thread(health.health_command, port) == 1  # nothing listening
    assert health.health_command(None) == 2
