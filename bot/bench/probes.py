"""Measurements that need a fresh process: start-up time and memory per active session.

Run as `python -m bot.bench.probes startup|memory ...`; each prints one JSON object. A fresh
process keeps the numbers honest: no warm import cache for start-up, and no memory freed by an
earlier load run waiting to be reused (which would hide growth).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path


def rss_bytes() -> int:
    """Resident set size of this process now (Linux /proc; peak RSS elsewhere)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return peak_rss_bytes()


def peak_rss_bytes() -> int:
    """Largest resident set size this process has had."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # bytes on macOS, KiB on Linux


async def startup(dialogues: Path) -> dict[str, float]:
    """Time imports, loading and validating the dialogues, and opening a fresh file (migrations)."""
    began = time.perf_counter()
    from bot.app import load_content
    from bot.store.sqlite import SqliteStore

    imported = time.perf_counter()
    load_content(dialogues)
    loaded = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="wellspring-bench-") as folder:
        store = await SqliteStore.open(Path(folder) / "startup.db")
        opened = time.perf_counter()
        await store.close()
    ms = 1000.0
    return {"import_ms": (imported - began) * ms, "load_ms": (loaded - imported) * ms,
            "migrate_ms": (opened - loaded) * ms, "startup_ms": (opened - imported) * ms}


async def memory(dialogues: Path, people: int, traced: bool, gc_threshold: int | None) -> dict[str, float]:
    """Memory growth with `people` mid-journey (each a live task between turns), per person."""
    import tracemalloc

    from bot.app import load_content
    from bot.bench.people import Person, crowd
    from bot.journey.engine import Engine
    from bot.service import Service, tune_gc
    from bot.store.sqlite import SqliteStore

    content = load_content(dialogues)
    with tempfile.TemporaryDirectory(prefix="wellspring-bench-") as folder:
        store = await SqliteStore.open(Path(folder) / "memory.db")
        service = Service(Engine(content.book), store, content.language)
        if gc_threshold:  # as `wellspring run` tunes the collector once started
            tune_gc(gc_threshold)
        try:
            for person in crowd(200, "warm"):  # warm statement caches and the allocator first
                for _ in range(6):
                    person.saw(await service.handle(person.next()))
            gc.collect()
            if traced:
                tracemalloc.start()
            before = rss_bytes()
            release = asyncio.Event()
            parked = [0]
            rng = random.Random(3)
            # People arrive over time, not all in one instant: a cap on turns in flight keeps a
            # one-off burst of 10,000 simultaneous turns from being counted as per-session memory.
            in_flight = asyncio.Semaphore(64)

            async def walk(person: Person) -> None:
                for _ in range(rng.randint(3, 12)):  # somewhere mid-journey
                    async with in_flight:
                        person.saw(await service.handle(person.next()))
                parked[0] += 1
                await release.wait()  # alive, between turns, as an active person is

            walkers = crowd(people, "mem")
            tasks = [asyncio.create_task(walk(p)) for p in walkers]
            while parked[0] < people:
                await asyncio.sleep(0.05)
            gc.collect()
            after = rss_bytes()
            result = {"people": people, "rss_before_bytes": before, "rss_after_bytes": after,
                      "rss_bytes_per_session": (after - before) / people}
            if traced:
                result["traced_bytes_per_session"] = tracemalloc.get_traced_memory()[0] / people
                tracemalloc.stop()
            release.set()
            await asyncio.gather(*tasks)
        finally:
            await store.close()
    result["peak_rss_bytes"] = peak_rss_bytes()
    return result


def main(argv: list[str] | None = None) -> int:
    """Run one probe and print its JSON."""
    parser = argparse.ArgumentParser(prog="python -m bot.bench.probes")
    parser.add_argument("probe", choices=("startup", "memory"))
    parser.add_argument("--dialogues", type=Path, required=True)
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--traced", action="store_true", help="count with tracemalloc instead of RSS")
    parser.add_argument("--gc-threshold", type=int, default=0,
                        help="tune the GC as `wellspring run` does (0: leave it)")
    args = parser.parse_args(argv)
    if args.probe == "startup":
        result = asyncio.run(startup(args.dialogues))
    else:
        result = asyncio.run(memory(args.dialogues, args.people, args.traced, args.gc_threshold))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
