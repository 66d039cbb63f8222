"""Dockerfile, compose.yaml and the systemd unit: what can be checked here without Docker or systemd running."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from .helpers import ROOT


def test_dockerfile_is_multi_stage_non_root_with_a_volume_and_a_health_check() -> None:
    text = (ROOT / "Dockerfile").read_text()
    instructions = [line.split(None, 1) for line in text.splitlines() if line and not line.startswith(("#", " "))]
    froms = [rest for word, *rest in instructions if word == "FROM"]
    assert len(froms) == 2 and froms[0][0].endswith("AS build")
    users = [rest[0] for word, *rest in instructions if word == "USER"]
    assert users and users[-1] not in ("root", "0")
    assert 'VOLUME ["/data"]' in text and "WELLSPRING_DB=/data/wellspring.db" in text
    assert re.search(r'^HEALTHCHECK .*CMD \["wellspring", "health"\]', text, re.M)
    assert 'ENTRYPOINT ["wellspring"]' in text  # exec form: wellspring is PID 1 and gets SIGTERM itself
    assert "--no-index" in text  # `wellspring` on PyPI is not ours: install only the wheels built here
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert ".env" in ignored and "data" in ignored and ".git" in ignored


def test_compose_runs_the_bot_with_an_optional_postgres_that_must_be_healthy_first() -> None:
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    bot, postgres = compose["services"]["bot"], compose["services"]["postgres"]
    assert bot["depends_on"]["postgres"] == {"condition": "service_healthy", "required": False}
    assert postgres["profiles"] == ["postgres"] and "pg_isready" in " ".join(postgres["healthcheck"]["test"])
    assert "wellspring-data:/data" in bot["volumes"] and bot["environment"]["WELLSPRING_HEALTH_PORT"]
    assert int(bot["stop_grace_period"].rstrip("s")) > 5  # more than the ~5 s drain


def test_systemd_unit_restarts_on_failure_with_a_stop_timeout_and_its_own_user(tmp_path: Path) -> None:
    text = (ROOT / "deploy" / "wellspring.service").read_text()
    keys = dict(line.split("=", 1) for line in text.splitlines() if "=" in line and not line.startswith("#"))
    assert keys["Restart"] == "on-failure" and keys["RestartPreventExitStatus"] == "2"
    assert int(keys["TimeoutStopSec"]) > 5 and keys["KillSignal"] == "SIGTERM"
    assert keys["User"] == "wellspring" and keys["StateDirectory"] == "wellspring" and keys["UMask"] == "0077"
    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is not installed: the unit's syntax is not verified here")
    unit = tmp_path / "wellspring.service"
    unit.write_text(text.replace("/opt/wellspring/bin/wellspring", shutil.which("true") or "/bin/true"))
    result = subprocess.run(["systemd-analyze", "verify", str(unit)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "wellspring.service" not in result.stderr, result.stderr
