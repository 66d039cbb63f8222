"""Shared by the ops tests: run the `wellspring` command as a person would, with a clean environment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUR_SETTINGS = ("DISCORD_TOKEN", "DATABASE_URL")


def clean_env(**extra: str) -> dict[str, str]:
    """This process's environment without any wellspring setting, plus `extra`."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("WELLSPRING_") and not k.startswith(OUR_SETTINGS)}
    env["PYTHONPATH"] = str(ROOT)  # the checkout, from whatever folder the command runs in
    env.update(extra)
    return env


def wellspring(*args: str, cwd: Path, env: dict[str, str] | None = None, stdin: str = "",
               timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """`wellspring ARGS` from this checkout, run in `cwd`."""
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=cwd, env=env or clean_env(), input=stdin,
                          capture_output=True, text=True, timeout=timeout)
