"""Storage problems in one line naming the file and what to do; a damaged file refuses to start plainly."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from bot.config import SettingsError
from bot.store import open_store
from bot.store.problems import storage_problem


class AtPath:
    path = Path("/srv/wellspring/w.db")


@pytest.mark.parametrize("error, words", [
    (sqlite3.OperationalError("database or disk is full"), "free some space"),
    (OSError(errno.ENOSPC, "No space left on device"), "free some space"),
    (sqlite3.OperationalError("attempt to write a readonly database"), "may write the file and its folder"),
    (sqlite3.OperationalError("unable to open database file"), "folder exists"),
    (sqlite3.OperationalError("database is locked"), "only one wellspring"),
    (sqlite3.DatabaseError("file is not a database"), "restore a backup"),
    (sqlite3.OperationalError("something new"), "check the disk"),
])
def test_each_storage_failure_names_the_file_and_what_to_do(error, words):
    line = storage_problem(AtPath(), error)
    assert line is not None and "/srv/wellspring/w.db" in line and words in line and "\n" not in line


def test_other_failures_are_not_storage_problems():
    assert storage_problem(AtPath(), ValueError("no")) is None
    assert storage_problem(AtPath(), KeyError("x")) is None


async def test_a_damaged_file_refuses_to_open_in_one_line(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database, just some words " * 20)
    with pytest.raises(SettingsError) as caught:
        await open_store(bad)
    assert str(bad) in str(caught.value) and "backup" in str(caught.value)
