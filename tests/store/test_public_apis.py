"""The bot uses other libraries through their public APIs only: no private names, no process-wide adapters.

aiosqlite's `Connection._execute` and `._conn` changed between 0.20 and 0.22, json's `c_make_encoder`
and `scan_once` are the C accelerator's internals, and `sqlite3.register_adapter` changes how every
connection in the process binds a type. A grep over bot/**/*.py, so a new use anywhere fails here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parents[2] / "bot"

FORBIDDEN = {
    "aiosqlite's private Connection._execute": re.compile(r"\._execute\s*\("),
    "aiosqlite's private Connection._conn": re.compile(r"\._conn\b"),
    "json's private C encoder (c_make_encoder)": re.compile(r"\bc_make_encoder\b"),
    "json's private scanner (scan_once)": re.compile(r"\bscan_once\b"),
    "a process-wide sqlite3 adapter (register_adapter)": re.compile(r"\bregister_adapter\b"),
}


def uses(text: str) -> list[tuple[int, str]]:
    """(line number, what) for every forbidden name in `text`."""
    return [(number, what) for number, line in enumerate(text.splitlines(), start=1)
            for what, pattern in FORBIDDEN.items() if pattern.search(line)]


@pytest.mark.parametrize("line, found", [
    ("results = await conn._execute(fn, *args)", True),
    ("self._writer_conn = writer._conn", True),
    ("from json.encoder import c_make_encoder", True),
    ("_decode = json.JSONDecoder().scan_once", True),
    ("sqlite3.register_adapter(type(None), lambda value: None)", True),
    ("self._connection.execute(sql)", False),
    ("await self._writer.run(write_batch, ops)", False),
    ("json.JSONEncoder(ensure_ascii=False).encode", False),
])
def test_the_grep_tells_private_names_from_public_ones(line, found):
    assert bool(uses(line)) is found


def test_bot_uses_no_private_api_of_another_library():
    files = sorted(BOT.rglob("*.py"))
    assert len(files) > 20  # the package itself, not an empty folder
    found = [f"{path.relative_to(BOT.parent)}:{number}: {what}"
             for path in files for number, what in uses(path.read_text(encoding="utf-8"))]
    assert not found, "private APIs in use:\n" + "\n".join(found)
