"""Retention: erase the people who have not been back for N days (WELLSPRING_RETENTION_DAYS).

Who is inactive is the store's question (`inactive_people`: the last time anything of theirs was
written, their place, an event, a journey, a safety-plan answer or a reminder's due time, is older
than the cut-off); the erasure is the store's public one, `forget`, the same as /forget. Each person
is erased holding their turn lock when one is given, and only if they have still not been back.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from typing import Any

DAY_S = 86_400.0
PAGE = 200  # people asked for, and erased together (one write batch on SQLite), at a time


async def erase_inactive(store: Any, days: int, now: float, *,
                         hold: Callable[[str], AbstractAsyncContextManager[Any]] | None = None) -> int:
    """Erase everyone whose last activity is more than `days` days before `now`; how many were erased."""
    if days < 1:
        raise ValueError("retention is a whole number of days, at least 1")
    cutoff = now - days * DAY_S
    erased, skipped = 0, set[str]()

    async def one(person_id: str) -> bool:
        if hold is None:
            return await _erase_if_still_inactive(store, person_id, cutoff)
        async with hold(person_id):
            return await _erase_if_still_inactive(store, person_id, cutoff)

    while True:
        found = [pid for pid in await store.inactive_people(cutoff, PAGE + len(skipped)) if pid not in skipped]
        if not found:
            return erased
        done = await asyncio.gather(*(one(pid) for pid in found[:PAGE]))
        erased += sum(done)
        skipped.update(pid for pid, gone in zip(found[:PAGE], done, strict=True) if not gone)


async def _erase_if_still_inactive(store: Any, person_id: str, cutoff: float) -> bool:
    """Forget one person unless they came back meanwhile (their place was written since the cut-off)."""
    state = await store.load(person_id)
    if state is not None and state.updated_at >= cutoff:
        return False
    await store.forget(person_id)
    return True
