"""Owner tools, run beside the bot: `wellspring erase --user ID`, `wellspring backup FILE`, `wellspring stats`.

They go through the store module like the bot does, and print counts and labels only, never anyone's words.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

from bot.config import Settings, SettingsError, prepare_sqlite
from bot.store import open_store, redact, sqlite_path, store_kind

SMALL = 5  # a count under this is shown as "<5": in a small server a small number can point at a person


def add_arguments(sub: Any) -> None:
    """The owner subcommands, on the `wellspring` parser."""
    erase = sub.add_parser("erase", help="erase everything stored about one person (as /forget does, safety plan too)")
    erase.add_argument("--user", required=True, metavar="ID",
                       help="a Discord user id (digits), or a stored person id such as console:NAME")
    erase.add_argument("--store", action="append", default=[], metavar="TARGET",
                       help="another store to erase from as well (a SQLite path or postgresql://...); repeatable")
    backup = sub.add_parser("backup", help="copy the SQLite store to FILE while the bot runs (SQLite's online "
                                           "backup); for PostgreSQL, says how to use pg_dump")
    backup.add_argument("file", type=Path, metavar="FILE")
    sub.add_parser("stats", help="aggregate counts: how many people reached each event (under 5 shown as <5)")


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Run one owner subcommand; the exit code."""
    if args.command == "erase":
        return asyncio.run(erase(person_id(args.user), [settings.store_target, *args.store]))
    if args.command == "backup":
        return backup(settings.store_target, args.file)
    return asyncio.run(stats(settings.store_target))


def person_id(user: str) -> str:
    """The store's id for a person: `discord:<digits>` for a Discord user id; a full id as given."""
    user = user.strip()
    if user.isdigit():
        return f"discord:{user}"
    if ":" in user and user.split(":", 1)[1]:
        return user
    raise SettingsError(f"--user must be a Discord user id (digits) or a person id such as console:NAME, not {user!r}")


def _describe(target: str) -> str:
    return f"{store_kind(target)} {redact(target)}"


def _held(record: dict[str, Any]) -> str:
    """What an export held, as counts."""
    parts = []
    if record.get("state") is not None:
        parts.append("a place in the journey")
    for key, label in (("journeys", "journey"), ("events", "event")):
        if record.get(key):
            count = len(record[key])
            parts.append(f"{count} {label}{'s' if count != 1 else ''}")
    if record.get("reminder"):
        parts.append("a reminder")
    if record.get("safety_plan"):
        parts.append("a safety plan")
    return ", ".join(parts)


async def erase(person: str, targets: list[str]) -> int:
    """Erase a person from every store named, then check nothing is left; 0 when nothing is."""
    left = 0
    for target in dict.fromkeys(targets):
        if store_kind(target) == "sqlite":
            prepare_sqlite(target)
        store = await open_store(target)
        try:
            held = _held(await store.export(person))
            await store.forget(person)
            after = _held(await store.export(person))
        finally:
            await store.close()
        if after:
            left += 1
            print(f"wellspring: {person} is still in {_describe(target)} ({after})", file=sys.stderr)
        elif held:
            print(f"erased {person} from {_describe(target)}: {held}")
            if store_kind(target) == "sqlite":
                print("  if the bot is running on this file, restart it: it keeps recent places in memory, "
                      "and their next message could bring the old place back")
        else:
            print(f"nothing stored about {person} in {_describe(target)}")
    return 1 if left else 0


def backup(target: str, file: Path) -> int:
    """Copy a SQLite store to `file` (0600) with SQLite's online backup API, safe while the bot writes."""
    if store_kind(target) != "sqlite":
        print("wellspring: the store is PostgreSQL; back it up with its own tool, e.g.\n"
              f"  pg_dump --format=custom --file {file} '{redact(target)}'\n"
              "(and restore with pg_restore --dbname ... FILE). Nothing was written.", file=sys.stderr)
        return 1
    source = sqlite_path(target)
    if str(source) == ":memory:" or not source.is_file():
        raise SettingsError(f"no SQLite file at {source} to back up")
    if file.exists():
        raise SettingsError(f"{file} already exists; name a new file (a backup never overwrites)")
    if file.resolve() == source.resolve():
        raise SettingsError("the backup file is the store itself")
    file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.close(os.open(file, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    live, copy = sqlite3.connect(source, timeout=10), sqlite3.connect(file)
    try:
        # All pages in one step: in WAL mode that reads one snapshot while the bot's writer carries on (a
        # stepped backup would restart whenever the bot commits meanwhile).
        live.backup(copy)
    except sqlite3.Error as exc:
        copy.close()
        file.unlink(missing_ok=True)
        print(f"wellspring: backup of {source} failed: {exc}", file=sys.stderr)
        return 1
    finally:
        live.close()
        copy.close()
    print(f"backed up {source} to {file} ({file.stat().st_size:,} bytes; restore by stopping the bot and "
          f"copying it back over {source})")
    return 0


def shown(count: int) -> str:
    """A count as printed: under SMALL it is "<5"."""
    return f"<{SMALL}" if 0 < count < SMALL else str(count)


async def stats(target: str) -> int:
    """Print how many distinct people reached each event label; no ids, no words."""
    store = await open_store(target)
    try:
        counts = await store.count_events()  # type: ignore[attr-defined]
    finally:
        await store.close()
    print(f"wellspring stats: {_describe(target)} — distinct people per event, counts under {SMALL} shown as <{SMALL}")
    if not counts:
        print("no events yet")
    width = max((len(kind) for kind in counts), default=0)
    for kind in sorted(counts):
        print(f"  {kind.ljust(width)}  {shown(counts[kind])}")
    return 0
