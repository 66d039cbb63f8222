"""`wellspring run` as a real process: killed mid-journey, started again, the person carries on."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path

from bot.store.sqlite import SqliteStore

from .bot_harness import buttons, last_with_buttons

ROOT = Path(__file__).resolve().parents[2]


def start_process(fake, db: Path) -> subprocess.Popen:
    env = {**os.environ, "DISCORD_TOKEN": "test-token", "WELLSPRING_DB": str(db), "WELLSPRING_PACING": "0",
           "WELLSPRING_DISCORD_API": f"http://127.0.0.1:{fake.port}", "WELLSPRING_LOG_LEVEL": "WARNING"}
    return subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


async def wait_connected(fake, count: int) -> None:
    await fake.wait_for(lambda f: len(f.sessions) >= count and f.sessions[-1] in f.connected_sessions
                        and "READY" in f.sessions[-1].events, timeout=30)


async def stored(db: Path, pid: str):
    store = await SqliteStore.open(db)
    try:
        return await store.load(pid)
    finally:
        await store.close()


async def test_killed_bot_process_resumes_the_journey(fake, tmp_path):
    kai = fake.add_user("kai")
    db = tmp_path / "w.db"
    proc = start_process(fake, db)
    try:
        await wait_connected(fake, 1)
        await fake.user_sends_dm(kai, "hello")
        await fake.wait_for(lambda f: last_with_buttons(f, kai), timeout=20)
        first = last_with_buttons(fake, kai)
        await fake.user_sends_dm(kai, "1")  # typed, so the first message keeps its buttons
        await fake.wait_for(lambda f: last_with_buttons(f, kai) is not first, timeout=20)
        current = last_with_buttons(fake, kai)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        before = await stored(db, f"discord:{kai['id']}")
        assert before is not None and before.step >= 1

        proc = start_process(fake, db)
        await wait_connected(fake, 2)
        stale = await fake.click(kai, first, buttons(first)[0]["custom_id"])
        await fake.wait_for(lambda f: stale.answered, timeout=20)
        await fake.wait_for(lambda f: any("That moment has passed" in m["content"] for m in f.messages_to(kai)),
                            timeout=20)
        moved = await fake.click(kai, current, buttons(current)[0]["custom_id"])
        await fake.wait_for(lambda f: moved.answered, timeout=20)
        for _ in range(200):
            after = await stored(db, f"discord:{kai['id']}")
            if after.step > before.step:
                break
            await asyncio.sleep(0.05)
        assert after.step > before.step
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


async def test_malformed_payloads_do_not_end_the_bot_process(fake, tmp_path):
    """The attack run's repro: one component interaction without component_type made `wellspring run` exit 1."""
    lea = fake.add_user("lea")
    proc = start_process(fake, tmp_path / "w.db")
    try:
        await wait_connected(fake, 1)
        await fake.user_sends_dm(lea, "hello")
        await fake.wait_for(lambda f: last_with_buttons(f, lea), timeout=20)
        step = last_with_buttons(fake, lea)
        payload = fake.component_payload(lea, step, buttons(step)[0]["custom_id"])
        del payload["data"]["component_type"]
        broken = await fake.raw_interaction(payload)
        select = await fake.raw_interaction(fake.component_payload(lea, step, "ws:c:0:1", component_type=3))
        for frame in (None, [], {"type": 3}):
            await fake.dispatch("INTERACTION_CREATE", frame)
        await fake.wait_for(lambda f: broken.answered and select.answered, timeout=20)
        await asyncio.sleep(0.5)
        assert proc.poll() is None, proc.stderr.read() if proc.poll() is not None else ""
        assert len(fake.sessions) == 1 and fake.sessions[0] in fake.connected_sessions
        before = len(fake.messages_to(lea))
        await fake.user_sends_dm(lea, "1")
        await fake.wait_for(lambda f: len(f.messages_to(lea)) > before, timeout=20)
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
