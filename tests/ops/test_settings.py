"""Strict settings: every bad value refused at start-up in one line, all at once, nothing made on disk."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from bot.config import SettingsInvalid, load_settings, prepare_sqlite

from .helpers import clean_env, wellspring

HIDDEN = "(the value is not shown: it may hold a password)"
NO_SCHEME = ("DATABASE_URL must be sqlite:///path/to/file.db or postgresql://user:password@host:5432/database; "
             f"this one has no scheme:// {HIDDEN}")

BAD = [
    ({"DATABASE_URL": "postgres//user:s3cret@host:5432/db"}, NO_SCHEME),
    ({"DATABASE_URL": "garbage"}, NO_SCHEME),
    ({"DATABASE_URL": "mysql://u:s3cret@h/db"},
     "DATABASE_URL: 'mysql' is not supported; use sqlite:///path or postgresql://user:password@host/database"),
    ({"DATABASE_URL": "postgresql://u:s3cret@h:99999/db"},
     f"DATABASE_URL: the PostgreSQL port is not a number from 1 to 65535 {HIDDEN}"),
    ({"DATABASE_URL": "postgresql://u:s3cret@h:5432"},
     f"DATABASE_URL names no database: postgresql://user:password@host:5432/DATABASE {HIDDEN}"),
    ({"DATABASE_URL": "postgresql://u:s3cret@h/db?pool_size=0"},
     "DATABASE_URL: pool_size must be a positive whole number"),
    ({"DATABASE_URL": "sqlite://w.db"},
     "DATABASE_URL: a SQLite URL is sqlite:/// then the file, e.g. sqlite:///data/wellspring.db (relative) or "
     "sqlite:////srv/wellspring/wellspring.db (absolute)"),
    ({"DATABASE_URL": "sqlite:///afile/w.db"},
     "DATABASE_URL: afile is a file, so the folder for afile/w.db cannot be made"),
    ({"WELLSPRING_DB": "afile/w.db"}, "WELLSPRING_DB: afile is a file, so the folder for afile/w.db cannot be made"),
    ({"WELLSPRING_DB": "."}, "WELLSPRING_DB: . is a folder; name a file in it, e.g. wellspring.db"),
    ({"WELLSPRING_LOG_LEVEL": "loud"},
     "WELLSPRING_LOG_LEVEL must be DEBUG, INFO, WARNING, ERROR or CRITICAL, not 'loud'"),
    ({"WELLSPRING_PACING": "fast"}, "WELLSPRING_PACING must be a number (1 = normal, 0 = no pauses), not 'fast'"),
    ({"WELLSPRING_PACING": "11"}, "WELLSPRING_PACING must be between 0 and 10"),
    ({"WELLSPRING_DIALOGUES": "nope"}, "WELLSPRING_DIALOGUES: no folder at nope"),
    ({"WELLSPRING_TEST_GUILD": "abc"}, "WELLSPRING_TEST_GUILD must be a server id (digits)"),
    ({"WELLSPRING_DISCORD_API": "http://discord.com"},
     "WELLSPRING_DISCORD_API may only point at this machine (a local fake Discord)"),
    ({"WELLSPRING_DISCORD_API": "ftp://127.0.0.1"},
     "WELLSPRING_DISCORD_API must be an http:// URL on this machine, e.g. http://127.0.0.1:8080"),
    ({"WELLSPRING_HEALTH_PORT": "70000"},
     "WELLSPRING_HEALTH_PORT must be a port number from 1 to 65535 (leave it empty to turn the endpoint off), "
     "not '70000'"),
    ({"DISCORD_TOKEN": "abc", "DISCORD_TOKEN_FILE": "token"},
     "DISCORD_TOKEN and DISCORD_TOKEN_FILE are both set: keep one"),
    ({"DISCORD_TOKEN_FILE": "missing/token"},
     "DISCORD_TOKEN_FILE: cannot read missing/token (No such file or directory)"),
    ({"DATABASE_URL_FILE": "empty"}, "DATABASE_URL_FILE: empty is empty"),
    ({"DISCORD_TOKEN": "Bot s3cret.token"},
     "DISCORD_TOKEN has spaces, quotes or other characters a token never has; paste the token alone "
     "(its value is not shown here)"),
]


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty folder to start in, with a file where a folder is wanted and an empty secret."""
    (tmp_path / "afile").write_text("")
    (tmp_path / "empty").write_text("\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.mark.parametrize(("env", "message"), BAD, ids=[next(iter(env)) + f"-{i}" for i, (env, _) in enumerate(BAD)])
def test_each_bad_setting_is_one_exact_line(here: Path, env: dict[str, str], message: str) -> None:
    before = _listing(here)
    with pytest.raises(SettingsInvalid) as raised:
        load_settings(env, env_file=None, store=True)
    assert raised.value.problems == [message]
    assert "s3cret" not in str(raised.value)
    assert _listing(here) == before


def test_every_problem_is_reported_at_once(here: Path) -> None:
    env = {k: v for pairs, _ in BAD[8:18] for k, v in pairs.items() if k != "WELLSPRING_DB" or v == "afile/w.db"}
    with pytest.raises(SettingsInvalid) as raised:
        load_settings(env, env_file=None, store=True)
    assert len(raised.value.problems) == len({k for k in env}) and all("\n" not in p for p in raised.value.problems)


def test_secrets_are_read_from_files(here: Path) -> None:
    (here / "token").write_text("abc.def-ghi_j\n")
    (here / "url").write_text("sqlite:///data/w.db\n")
    settings = load_settings({"DISCORD_TOKEN_FILE": "token", "DATABASE_URL_FILE": "url"}, env_file=None, store=True)
    assert settings.token == "abc.def-ghi_j" and settings.store_target == "sqlite:///data/w.db"
    assert "abc.def" not in repr(settings)


def test_good_urls_pass_and_check_needs_no_writable_store(here: Path) -> None:
    for url in ("sqlite:///data/w.db", "sqlite:////tmp/w.db", "postgresql://u:pw@h:5432/db?pool_size=4",
                "postgres:///db?host=/run/postgresql"):
        assert load_settings({"DATABASE_URL": url}, env_file=None).database_url == url
    # `wellspring check` and `graph` run from any folder, even where the default store could not be made.
    assert load_settings({"WELLSPRING_DB": "afile/w.db"}, env_file=None).db == Path("afile/w.db")


def test_the_command_exits_2_with_one_line_each_no_traceback_nothing_made(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("")
    env = clean_env(DATABASE_URL="postgres//user:s3cret@host:5432/db", WELLSPRING_LOG_LEVEL="LOUD",
                    DISCORD_TOKEN="t0ken")
    for command in ("run", "console", "stats"):
        result = wellspring(command, cwd=tmp_path, env=env)
        assert result.returncode == 2, result.stderr
        assert result.stderr.splitlines() == [
            f"wellspring: {NO_SCHEME}",
            "wellspring: WELLSPRING_LOG_LEVEL must be DEBUG, INFO, WARNING, ERROR or CRITICAL, not 'LOUD'",
        ]
        assert result.stdout == ""
    assert _listing(tmp_path) == ["afile"]


def test_the_database_is_private(tmp_path: Path) -> None:
    db = tmp_path / "new" / "deeper" / "w.db"
    prepare_sqlite(db)
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert stat.S_IMODE(db.parent.stat().st_mode) == 0o700
    old = tmp_path / "old.db"
    old.write_text("")
    old.chmod(0o644)
    prepare_sqlite(f"sqlite:///{old}")
    assert stat.S_IMODE(old.stat().st_mode) == 0o600
