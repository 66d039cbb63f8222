"""`wellspring invite`: the links from a given, set or remembered application id, with no network."""

from __future__ import annotations

import pytest

from bot.__main__ import main
from bot.discord.upkeep import STATE_FILE, invite_links, write_state


@pytest.fixture
def where(tmp_path, monkeypatch):
    for name in ("WELLSPRING_APPLICATION_ID", "WELLSPRING_DB", "DATABASE_URL", "DISCORD_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)  # no .env here
    monkeypatch.setenv("WELLSPRING_DB", str(tmp_path / "data" / "w.db"))
    return tmp_path


def test_links_for_a_server_and_a_persons_own_account():
    server, user = invite_links(123456789012345678)
    assert server.startswith("https://discord.com/oauth2/authorize?client_id=123456789012345678&")
    assert "scope=bot+applications.commands" in server and "permissions=0" in server
    assert "integration_type=0" in server
    assert "scope=applications.commands" in user and "integration_type=1" in user and "bot" not in user


def test_invite_with_a_given_id(where, capsys):
    assert main(["invite", "--app-id", "223456789012345678"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 and all("client_id=223456789012345678" in line for line in out)
    assert "server" in out[0] and "own account" in out[1]


def test_invite_with_the_setting_then_what_the_last_run_remembered(where, capsys, monkeypatch):
    monkeypatch.setenv("WELLSPRING_APPLICATION_ID", "323456789012345678")
    assert main(["invite"]) == 0
    assert "client_id=323456789012345678" in capsys.readouterr().out
    monkeypatch.delenv("WELLSPRING_APPLICATION_ID")
    write_state(where / "data" / STATE_FILE, application_id="423456789012345678")
    assert main(["invite"]) == 0
    assert "client_id=423456789012345678" in capsys.readouterr().out


def test_invite_without_any_id_says_how_to_get_one(where, capsys):
    assert main(["invite"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "no application id known yet" in captured.err and "--app-id" in captured.err
    assert main(["invite", "--app-id", "abc"]) == 2
    assert "digits" in capsys.readouterr().err
