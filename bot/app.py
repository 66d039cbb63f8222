"""The composition root: content, store and service built from Settings."""

from __future__ import annotations

import logging
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from bot.config import Settings
from bot.content import ContentError, ContentInvalid
from bot.journey.engine import Engine
from bot.journey.loader import load_book
from bot.journey.model import Book
from bot.journey.turns import Inbound
from bot.service import Language, Service
from bot.store import open_store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Content:
    """Everything in a dialogues folder, validated."""

    book: Book
    language: Language


def load_content(folder: Path, region: str = "all") -> Content:
    """Load and validate the stages, reframes and crisis files; ContentInvalid lists every problem."""
    from bot.care.content import load_care
    from bot.language.assess import assess
    from bot.language.reframes import load_reframes

    errors: list[ContentError] = []
    parts: dict[str, Any] = {}
    for name, loader, arg in (("book", load_book, folder),
                              ("reframes", load_reframes, folder / "reframes.yaml"),
                              ("care", load_care, folder)):
        try:
            parts[name] = loader(arg)
        except ContentInvalid as exc:
            errors.extend(exc.errors)
    if errors:
        raise ContentInvalid(errors)
    return Content(parts["book"], Language(assess, parts["reframes"], parts["care"], region))


@asynccontextmanager
async def open_service(settings: Settings, content: Content | None = None,
                       markup: str = "discord") -> AsyncIterator[Service]:
    """A ready Service over the configured store; the store is closed on the way out."""
    from bot.language.worker import Listener

    content = content or load_content(settings.dialogues, settings.crisis_region)
    store = await open_store(settings.store_target)
    listener = Listener()  # the model runs on its own thread, batched, never on the event loop
    try:
        language = replace(content.language, assess=listener.assess)
        service = Service(Engine(content.book), store, language, markup=markup)
        # The first message of all must be checked as fast as any other: load the model now.
        await service.assess(Inbound("warm-up", text="warming up"))
        from bot.language.worker import language_status

        status = language_status()
        log.info("%s", status)
        if not listener.available:  # said plainly, not only in a log nobody reads
            print(f"wellspring: {status}", file=sys.stderr)
        yield service
    finally:
        listener.close()
        await store.close()
