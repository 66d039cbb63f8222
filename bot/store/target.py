"""What a store setting names, read without opening anything: the engine, SQLite's file, the pool size, and the
setting with its password hidden. A leaf module, so the store's own modules can use it without importing the
package that opens stores."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from bot.config import SettingsError

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


def split_pool_size(url: str) -> tuple[str, int]:
    """The URL without `?pool_size=N`, and N (10 when it's not given)."""
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
