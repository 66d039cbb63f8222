"""Persistence: the only package that speaks SQL."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from bot.config import SettingsError
from bot.store.base import Event, Slot, Store

POSTGRES_SCHEMES = ("postgresql", "postgres")


def store_kind(target: str | Path) -> str:
    """Which engine a setting names: "sqlite" (a path or sqlite:/// URL) or "postgres"."""
    text = str(target)
    scheme = text.split("://", 1)[0].lower() if "://" in text else ""
    if scheme in POSTGRES_SCHEMES:
        return "postgres"
    if scheme in ("", "sqlite"):
        return "sqlite"
    raise SettingsError(f"unsupported store {scheme!r}: use a SQLite file path, sqlite:///path, "
                        "or postgresql://user:password@host/database")


def sqlite_path(target: str | Path) -> Path:
    """The file a SQLite setting names: `sqlite:///data/w.db` is relative, `sqlite:////srv/w.db` absolute."""
    text = str(target)
    return Path(text[len("sqlite:///"):] if text.startswith("sqlite:///") else text)


def redact(target: str | Path) -> str:
    """The setting with any password hidden, for logs and printed reports."""
    text = str(target)
    if "://" not in text:
        return text
    parts = urlsplit(text)
    if parts.password is None:
        return text
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


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
    url, pool_size = _pool_size(str(target))
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


def _pool_size(url: str) -> tuple[str, int]:
    # `?pool_size=N` is ours, not the driver's (asyncpg would send it to the server as a setting).
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    sizes = [value for key, value in query if key == "pool_size"]
    if not sizes:
        return url, 10
    if not sizes[-1].isdigit() or int(sizes[-1]) < 1:
        raise SettingsError(f"pool_size in DATABASE_URL must be a positive whole number, not {sizes[-1]!r}")
    rest = urlencode([(key, value) for key, value in query if key != "pool_size"])
    return urlunsplit(parts._replace(query=rest)), int(sizes[-1])


__all__ = ["Event", "Slot", "Store", "open_store", "redact", "sqlite_path", "store_kind"]
