"""Owner tools against a real SQLite file: erase a person everywhere, back up while open, aggregate stats."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from bot import owner
from bot.config import SettingsError
from bot.journey.model import PersonState
from bot.store import open_store
from bot.store.base import Event

from .helpers import clean_env, wellspring


def person(pid: str) -> PersonState:
    return PersonState(pid, "candle", "warmth", vars={"figure": "a friend"}, started_at=10.0, updated_at=11.0, step=4)


async def fill(target: str, people: dict[str, int]) -> None:
    """Each person begins (an event) and reaches the candle; `people` says how many of each id prefix."""
    store = await open_store(target)
    try:
        for prefix, count in people.items():
            for n in range(count):
                pid = f"{prefix}{n}"
                async with store.person(pid) as slot:
                    await slot.commit(person(pid), [Event("begin", 1.0, "g1"), Event("stage:candle", 2.0, "g1")])
        await store.save_plan_item("discord:42", "reasons", "my sister's laugh", 3.0)
        await store.set_reminder("discord:42", 99.0, 3.0)
    finally:
        await store.close()


async def test_erase_removes_the_person_and_their_safety_plan_from_every_store(tmp_path: Path, capsys) -> None:
    first, second = str(tmp_path / "a.db"), f"sqlite:///{tmp_path / 'b.db'}"
    for target in (first, second):
        await fill(target, {"discord:4": 3})  # discord:40..42
    assert await owner.erase("discord:42", [first, second]) == 0
    out = capsys.readouterr().out
    assert out.count("erased discord:42 from sqlite") == 2 and "a safety plan" in out and "a reminder" in out
    assert "sister" not in out
    for target in (first, second):
        store = await open_store(target)
        try:
            record = await store.export("discord:42")
            assert record["state"] is None and not record["events"] and not record["safety_plan"]
            assert record["reminder"] is None and not record["journeys"]
            assert await store.load("discord:41") is not None  # nobody else
        finally:
            await store.close()
    assert await owner.erase("discord:42", [first]) == 0
    assert "nothing stored about discord:42" in capsys.readouterr().out


def test_user_ids_are_discord_ids_or_full_person_ids() -> None:
    assert owner.person_id(" 1234 ") == "discord:1234"
    assert owner.person_id("console:ana") == "console:ana"
    with pytest.raises(SettingsError):
        owner.person_id("ana")


def test_erase_command_from_the_shell(tmp_path: Path) -> None:
    import asyncio

    db = tmp_path / "w.db"
    asyncio.run(fill(str(db), {"discord:4": 3}))
    result = wellspring("erase", "--user", "42", cwd=tmp_path, env=clean_env(WELLSPRING_DB=str(db)))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"erased discord:42 from sqlite {db}: a place in the journey, 1 journey, 2 events")


async def test_backup_copies_an_open_store_privately_and_never_overwrites(tmp_path: Path, capsys) -> None:
    db = tmp_path / "w.db"
    await fill(str(db), {"discord:": 7})
    live = await open_store(str(db))  # the bot still running, with the WAL holding recent pages
    try:
        async with live.person("discord:late") as slot:
            await slot.commit(person("discord:late"))
        copy = tmp_path / "backups" / "w-copy.db"
        assert owner.backup(str(db), copy) == 0
    finally:
        await live.close()
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    with sqlite3.connect(copy) as restored:
        assert restored.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert restored.execute("SELECT COUNT(*) FROM people").fetchone() == (8,)
    with pytest.raises(SettingsError, match="already exists"):
        owner.backup(str(db), copy)
    with pytest.raises(SettingsError, match="no SQLite file"):
        owner.backup(str(tmp_path / "none.db"), tmp_path / "x.db")


def test_backup_of_postgres_is_a_pg_dump_note_without_the_password(tmp_path: Path, capsys) -> None:
    assert owner.backup("postgresql://u:s3cret@db.example/wellspring", tmp_path / "dump") == 1
    err = capsys.readouterr().err
    assert "pg_dump --format=custom" in err and "u:***@db.example" in err and "s3cret" not in err
    assert not (tmp_path / "dump").exists()


async def test_stats_prints_counts_with_small_cells_hidden(tmp_path: Path, capsys) -> None:
    db = tmp_path / "w.db"
    await fill(str(db), {"discord:": 6})
    store = await open_store(str(db))
    try:
        for n in range(3):
            async with store.person(f"discord:{n}") as slot:
                await slot.commit(person(f"discord:{n}"), [Event("crisis", 5.0, None)])
    finally:
        await store.close()
    assert await owner.stats(str(db)) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"wellspring stats: sqlite {db}")
    assert [line.split() for line in lines[1:]] == [["begin", "6"], ["crisis", "<5"], ["stage:candle", "6"]]
    assert owner.shown(0) == "0" and owner.shown(4) == "<5" and owner.shown(5) == "5"


async def test_erase_and_stats_on_postgresql_too(pg_url: str, tmp_path: Path, capsys) -> None:
    sqlite = str(tmp_path / "old.db")  # e.g. the SQLite file left after migrate-store
    for target in (pg_url, sqlite):
        await fill(target, {"discord:4": 3})
    assert await owner.erase("discord:42", [pg_url, sqlite]) == 0
    out = capsys.readouterr().out
    assert "erased discord:42 from postgres" in out and "erased discord:42 from sqlite" in out
    assert "a safety plan" in out
    store = await open_store(pg_url)
    try:
        assert not (await store.export("discord:42"))["safety_plan"]
    finally:
        await store.close()
    assert await owner.stats(pg_url) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split() for line in lines[1:]] == [["begin", "<5"], ["stage:candle", "<5"]]
