"""The terminal with pacing on: a crisis message typed mid-narration is answered at once."""

from __future__ import annotations

import os
import selectors
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OPENING_LAST = "The whole walk takes about"  # the opening's last narration line, paced far behind the first


def read_until(proc: subprocess.Popen, needle: str, timeout: float) -> tuple[str, float]:
    """Read the console's output until `needle` shows; the text and when it showed."""
    selector = selectors.DefaultSelector()
    selector.register(proc.stdout, selectors.EVENT_READ)
    seen, deadline = "", time.monotonic() + timeout
    while needle not in seen:
        left = deadline - time.monotonic()
        assert left > 0, f"{needle!r} did not show within {timeout}s; saw:\n{seen}"
        if selector.select(left):
            chunk = os.read(proc.stdout.fileno(), 65536).decode("utf-8", "replace")
            assert chunk, f"the console ended before {needle!r}; saw:\n{seen}"
            seen += chunk
    return seen, time.monotonic()


def test_crisis_reply_preempts_paced_narration_within_a_second(tmp_path):
    env = {**os.environ, "WELLSPRING_PACING": "1", "WELLSPRING_CRISIS_REGION": "us"}
    proc = subprocess.Popen([sys.executable, "-m", "bot", "console", "--db", str(tmp_path / "w.db"), "--user", "t"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=env)
    try:
        before, _ = read_until(proc, "Welcome", timeout=60)
        assert OPENING_LAST not in before
        proc.stdin.write(b"i want to die\n")
        proc.stdin.flush()
        sent = time.monotonic()
        after, shown = read_until(proc, "You can reach someone now", timeout=10)
        assert shown - sent < 1.0, f"the crisis reply took {shown - sent:.2f}s"
        assert OPENING_LAST not in after  # what was still queued was dropped, not sent first
        assert "988" in after
        proc.stdin.write(b"ok\n")
        proc.stdin.close()
        rest = proc.stdout.read().decode("utf-8", "replace")
        assert proc.wait(timeout=20) == 0
        assert OPENING_LAST not in rest and "resting" not in rest
        assert "still here" in rest.lower() or "I'm here" in rest
    finally:
        if proc.poll() is None:
            proc.kill()
