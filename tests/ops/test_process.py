"""`wellspring run` as a process against the fake Discord: clean stops on SIGTERM/SIGINT (also as PID 1),
the ready line, the health endpoint, and no person's words in the log even at DEBUG."""

from __future__ import annotations

import asyncio
import os
import random
import shutil
import signal
import socket
import string
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.health import probe
from tests.e2e.bot_harness import last_with_buttons

from .helpers import ROOT, clean_env

STOP_S = 10.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start(fake, db: Path, *, level: str = "INFO", pacing: str = "0", health_port: int | None = None,
          prefix: tuple[str, ...] = (), args: tuple[str, ...] = ()) -> subprocess.Popen:
    env = clean_env(DISCORD_TOKEN="test-token", WELLSPRING_DB=str(db), WELLSPRING_PACING=pacing,
                    WELLSPRING_DISCORD_API=f"http://127.0.0.1:{fake.port}", WELLSPRING_LOG_LEVEL=level)
    if health_port:
        env["WELLSPRING_HEALTH_PORT"] = str(health_port)
    return subprocess.Popen([*prefix, sys.executable, "-m", "bot", "run", *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


async def connected(fake, proc: subprocess.Popen) -> None:
    async def ready(f) -> bool:
        if proc.poll() is not None:
            raise AssertionError(f"the bot exited with {proc.returncode}: {proc.stderr.read()}")
        return bool(f.sessions) and f.sessions[-1] in f.connected_sessions and "READY" in f.sessions[-1].events
    deadline = time.monotonic() + 30
    while not await ready(fake):
        assert time.monotonic() < deadline, "the bot did not connect"
        await asyncio.sleep(0.05)


async def stop(proc: subprocess.Popen, sig: int, pid: int | None = None) -> tuple[int, float, str]:
    """Send `sig`; (exit code, seconds it took, stderr)."""
    began = time.monotonic()
    os.kill(pid or proc.pid, sig)
    try:
        _, err = await asyncio.to_thread(proc.communicate, timeout=STOP_S + 5)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
        raise AssertionError(f"still running {STOP_S + 5} s after {signal.Signals(sig).name}:\n{err}") from None
    return proc.returncode, time.monotonic() - began, err


def texts(fake, user) -> list[str]:
    return [m["content"] for m in fake.messages_to(user)]


async def test_sigterm_sends_what_is_queued_closes_the_store_and_exits_0(fake, tmp_path: Path) -> None:
    kai = fake.add_user("kai")
    db = tmp_path / "w.db"
    port = free_port()
    code_word = "".join(random.choices(string.ascii_lowercase, k=12))
    sentence = f"hello there, I like green tea with lemon, code word {code_word}"  # plain: the journey opens
    proc = start(fake, db, level="DEBUG", pacing="1", health_port=port)
    try:
        await connected(fake, proc)
        deadline = time.monotonic() + 15  # discord.py is ready once its guild_ready_timeout has passed
        while (answer := await asyncio.to_thread(probe, port))[0] != 200 and time.monotonic() < deadline:
            assert answer[0] == 503 and answer[1]["store"], answer  # up, not ready yet
            await asyncio.sleep(0.2)
        assert answer[0] == 200 and answer[1]["gateway"] and answer[1]["store"], answer
        await fake.user_sends_dm(kai, sentence)  # the opening is several paced messages: some still queued
        await fake.wait_for(lambda f: texts(f, kai), timeout=20)
        code, took, log = await stop(proc, signal.SIGTERM)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert code == 0 and took < STOP_S, log
    assert "Traceback" not in log
    assert code_word not in log and "green tea" not in log  # not at DEBUG either
    assert "kai" not in log
    ready = [line for line in log.splitlines() if " INFO bot.lifecycle: ready: wellspring " in line]
    assert len(ready) == 1 and "store sqlite" in ready[0] and "1 shard(s)" in ready[0] and "server(s)" in ready[0]
    assert "SIGTERM: stopping" in log and "stopped cleanly" in log
    assert not Path(f"{db}-wal").exists() or Path(f"{db}-wal").stat().st_size == 0  # checkpointed on close
    assert len(texts(fake, kai)) >= 2
    assert last_with_buttons(fake, kai) is not None  # the whole opening went out, its choices last
    from tests.e2e.test_bot_process import stored

    assert await stored(db, f"discord:{kai['id']}") is not None  # the place is kept whatever was not sent
    assert fake.sessions[-1] not in fake.connected_sessions  # logged out of the gateway


async def test_sigint_stops_cleanly_too(fake, tmp_path: Path) -> None:
    proc = start(fake, tmp_path / "w.db")
    try:
        await connected(fake, proc)
        code, took, log = await stop(proc, signal.SIGINT)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert code == 0 and took < STOP_S and "Traceback" not in log and "KeyboardInterrupt" not in log, log


async def test_sigterm_stops_every_shard_of_a_sharded_process(fake, tmp_path: Path) -> None:
    fake.shard_count = 2
    proc = start(fake, tmp_path / "w.db", args=("--shard-count", "2"))
    try:
        deadline = time.monotonic() + 40  # discord.py waits 5 s before the second shard's IDENTIFY
        while len([s for s in fake.connected_sessions if "READY" in s.events]) < 2:
            assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read() if proc.poll() else "slow"
            await asyncio.sleep(0.1)
        code, took, log = await stop(proc, signal.SIGTERM)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert code == 0 and took < STOP_S and "stopped cleanly" in log, log
    assert not fake.connected_sessions  # both shards logged out


def _child_of(pid: int) -> int | None:
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return None
    return int(children[0]) if children else None


async def test_sigterm_works_as_pid_1(fake, tmp_path: Path) -> None:
    # PID 1 of a PID namespace gets only the signals it handles: an unhandled SIGTERM would be ignored.
    unshare = shutil.which("unshare")
    if unshare is None or subprocess.run([unshare, "--pid", "--fork", "true"], capture_output=True).returncode != 0:
        pytest.skip("cannot make a PID namespace here (unshare missing or not permitted)")
    proc = start(fake, tmp_path / "w.db", prefix=(unshare, "--pid", "--fork", "--kill-child"))
    try:
        await connected(fake, proc)
        child = _child_of(proc.pid)
        assert child is not None
        ns_pids = [line.split()[1:] for line in Path(f"/proc/{child}/status").read_text().splitlines()
                   if line.startswith("NSpid:")]
        assert ns_pids and ns_pids[0][-1] == "1"  # PID 1 inside its namespace
        code, took, log = await stop(proc, signal.SIGTERM, pid=child)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert code == 0 and took < STOP_S and "stopped cleanly" in log, log


async def test_unreachable_discord_is_one_line_and_exit_1(tmp_path: Path) -> None:
    env = clean_env(DISCORD_TOKEN="test-token", WELLSPRING_DB=str(tmp_path / "w.db"),
                    WELLSPRING_DISCORD_API=f"http://127.0.0.1:{free_port()}")
    result = await asyncio.to_thread(subprocess.run, [sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env,
                                     capture_output=True, text=True, timeout=60)
    assert result.returncode == 1, result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("wellspring: cannot reach Discord (")
    assert "Traceback" not in result.stderr


async def test_a_refused_token_is_one_line_on_stderr_and_exit_2(fake, tmp_path: Path) -> None:
    fake.accepted_tokens = {"the-real-token"}
    proc = start(fake, tmp_path / "w.db")
    out, err = await asyncio.to_thread(proc.communicate, timeout=60)
    assert proc.returncode == 2 and out == "", (out, err)
    assert err.strip().splitlines()[-1].startswith("wellspring: Discord refused the token.")
    assert "Traceback" not in err and "test-token" not in err
