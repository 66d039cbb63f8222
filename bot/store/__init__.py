"""Persistence: the only package that speaks SQL."""

from __future__ import annotations

from pathlib import Path

from bot.config import SettingsError
from bot.store.base import Event, Slot, Store
from bot.store.target import redact, split_pool_size, sqlite_path, store_kind


async def open_store(target: str | Path) -> Store:
    """Open the store a setting names: a SQLite path (the default), sqlite:///, or postgresql://."""
    if store_kind(target) == "sqlite":
        import sqlite3

        from bot.store.problems import storage_problem
        from bot.store.sqlite import SqliteStore

        path = sqlite_path(target)
        try:
            return await SqliteStore.open(path)
        except (sqlite3.Error, OSError) as exc:  # one clear line, not a traceback (exit 2)
            problem = storage_problem(_Named(path), exc)
            raise SettingsError(f"cannot open the database: {problem}" if problem else
                                f"cannot open the database {path}: {exc}") from exc
    try:
        from bot.store.postgres import PostgresStore
    except ImportError as exc:
        raise SettingsError("DATABASE_URL names PostgreSQL, but its driver is not installed: "
                            "install this project with its postgres extra: pip install -e '.[postgres]'") from exc
    url, pool_size = split_pool_size(str(target))
    try:
        return await PostgresStore.open(url, pool_size=pool_size)
    except (OSError, TimeoutError) as exc:
        raise SettingsError(f"cannot reach PostgreSQL at {redact(url)}: {exc}") from exc
    except Exception as exc:  # asyncpg's own errors: bad password, missing database, ...
        if type(exc).__module__.startswith("asyncpg"):
            raise SettingsError(f"PostgreSQL at {redact(url)} refused: {exc}") from exc
        raise


class _Named:
    """Just a path, for storage_problem's message before any store exists."""

    def __init__(self, path: Path):
        self.path = path


__all__ = ["Event", "Slot", "Store", "open_store", "redact", "sqlite_path", "store_kind"]
