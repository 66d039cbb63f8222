"""Storage problems in one line a person running the bot can act on: which file or server, and what to do.

`storage_problem(store, exc)` names the problem when `exc` comes from the storage (SQLite or PostgreSQL)
and says what to do; None for anything else. Never any row content: SQLite's and the OS's messages name
conditions ("database or disk is full"), not data.
"""

from __future__ import annotations

import errno
import sqlite3
from typing import Any

# (words in SQLite's or the OS's message, what to do); the first match wins.
_SQLITE_HINTS = (
    (("disk is full", "no space"), "is out of disk space: free some space (turns fail until then; "
                                   "everyone's place is kept)"),
    (("readonly", "read-only"), "can't be written: check that this user may write the file and its folder "
                                "(SQLite writes -wal and -shm beside it) and that the disk isn't read-only"),
    (("unable to open",), "can't be opened: check that its folder exists and this user may write there"),
    (("locked", "busy"), "stayed locked by another process for over 5 s: only one wellspring should serve a "
                         "SQLite file (use PostgreSQL for more)"),
    (("disk i/o", "i/o error"), "hit a disk I/O error: check the disk and its free space"),
    (("malformed", "not a database", "corrupt"), "is damaged: stop the bot, keep a copy, restore a backup "
                                                 "(wellspring backup makes one)"),
)


def storage_problem(store: Any, exc: BaseException) -> str | None:
    """One line naming the store and what to do, when `exc` is a storage failure; None otherwise."""
    where = _where(store)
    if isinstance(exc, sqlite3.Error) or (isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EROFS,
                                                                                      errno.EACCES, errno.EIO)):
        text = str(exc).lower() or type(exc).__name__.lower()
        if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
            text = "disk is full"
        for words, hint in _SQLITE_HINTS:
            if any(w in text for w in words):
                return f"the database {where} {hint}"
        return f"the database {where} failed ({type(exc).__name__}): check the disk, its free space and permissions"
    if type(exc).__module__.startswith("asyncpg") or (isinstance(exc, OSError) and "postgres" in where):
        return (f"PostgreSQL {where} failed ({type(exc).__name__}): check that the server is up and reachable "
                "and that the disk under it has room")
    return None


def _where(store: Any) -> str:
    path = getattr(store, "path", None)
    if path is not None:
        return str(path)
    try:
        from bot.store.target import redact

        url = getattr(store, "url", None)
        return redact(url) if url else "(postgres)"
    except Exception:
        return "(the store)"
