"""Hardening at start-up: a .env that others can read gets a warning (it holds the bot's token)."""

from __future__ import annotations

import os

import pytest

from bot.config import load_settings


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
@pytest.mark.parametrize("mode, warned", [(0o644, True), (0o640, True), (0o604, True), (0o600, False)])
def test_a_env_file_others_can_read_gets_one_warning(tmp_path, capsys, mode, warned):
    env = tmp_path / ".env"
    env.write_text("DISCORD_TOKEN=abc.def.ghi\n", encoding="utf-8")
    env.chmod(mode)
    settings = load_settings({}, env_file=env)
    err = capsys.readouterr().err
    assert settings.token == "abc.def.ghi"
    assert (f"chmod 600 {env}" in err) is warned and err.count("\n") == (1 if warned else 0)
    assert "abc.def.ghi" not in err
