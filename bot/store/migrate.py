"""Numbered migrations, shipped as SQL files and recorded in the database's version."""

from __future__ import annotations

import re
from importlib import resources

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def migrations(dialect: str) -> list[tuple[int, str, str]]:
    """Every migration of a dialect as (number, name, sql), in order; numbers must run 1, 2, 3..."""
    folder = resources.files("bot.store") / "migrations" / dialect
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort()
    for expected, (number, name, _) in enumerate(found, start=1):
        if number != expected:
            raise RuntimeError(f"migration {name} is out of sequence: expected {expected:04d}")
    return found


def statements(sql: str) -> list[str]:
    """Split a migration into statements (our migrations keep `;` out of strings)."""
    body = "\n".join(line for line in sql.splitlines() if not line.strip().startswith("--"))
    return [part.strip() for part in body.split(";") if part.strip()]
