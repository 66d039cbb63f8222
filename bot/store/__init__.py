"""Persistence: the only package that speaks SQL."""

from __future__ import annotations

from pathlib import Path

from bot.store.base import Event, Slot, Store


async def open_store(target: str | Path) -> Store:
    """Open the store a setting names: a SQLite path (default) or a sqlite:/// URL."""
    text = str(target)
    if text.startswith("sqlite:///"):
        text = text[len("sqlite:///"):]
    if "://" in text:
        raise ValueError(f"unsupported store {text.split('://')[0]!r}: use a SQLite file path")
    from bot.store.sqlite import SqliteStore

    return await SqliteStore.open(Path(text))


__all__ = ["Event", "Slot", "Store", "open_store"]
