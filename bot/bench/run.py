"""`wellspring bench`: every measurement in one run, ours beside the naive baseline."""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from bot.bench.load import Run, closed_loop, merge, open_loop, start_all
from bot.bench.people import crowd
from bot.bench.probes import peak_rss_bytes
from bot.bench.report import DEFAULT_PEOPLE, TARGETS, table

if TYPE_CHECKING:
    from bot.store.base import Store

PROJECT_ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Options:
    """What to run and for how long."""

    dialogues: Path
    people: int = DEFAULT_PEOPLE
    seconds: float | None = 10.0
    turns: int | None = None
    rate: float = 2_000.0
    latency_seconds: float = 10.0
    rounds: int = 2  # closed-loop rounds per store, alternated, so noise hits both alike
    memory_people: int | None = None
    startup_runs: int = 3
    raw_seconds: float = 1.0
    discord: bool = True
    gc_threshold: int | None = None  # None: what `wellspring run` sets (bot.service.GC_THRESHOLD)
    gc_tuning: bool = True  # freeze start-up and raise the threshold, as `wellspring run` does
    quick: bool = False
    as_json: bool = False
    store: str | None = None  # another store to measure beside SQLite (bench --store URL)

    @classmethod
    def from_args(cls, args: Any, settings: Any) -> Options:
        """Defaults, then --quick's smaller sizes, then whatever was given explicitly."""
        values: dict[str, Any] = {"dialogues": args.dialogues or settings.dialogues, "as_json": args.json}
        if args.quick:
            values.update(people=300, seconds=1.0, rate=500.0, latency_seconds=1.0, rounds=1,
                          startup_runs=1, raw_seconds=0.2, discord=False, quick=True)
        for name in ("people", "seconds", "turns", "rate", "latency_seconds", "discord", "store", "gc_threshold",
                     "gc_tuning"):
            if getattr(args, name, None) is not None:
                values[name] = getattr(args, name)
        if args.turns is not None and args.seconds is None:
            values["seconds"] = None
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in known})


def main(options: Options) -> int:
    """Measure, then print the JSON object or the table."""
    for name in ("bot", "discord", "aiohttp"):  # migrations on temp files and loopback HTTP are not news
        logging.getLogger(name).setLevel(logging.WARNING)
    result = asyncio.run(measure(options))
    if options.as_json:
        print(json.dumps(result, sort_keys=True))
    else:
        print(table(result))
    return 0


async def measure(options: Options) -> dict[str, Any]:
    """Run every measurement and gather the numbers into one flat dict."""
    from bot.app import load_content

    result: dict[str, Any] = {"people": options.people, "machine": machine()}
    result.update(startup(options))
    result.update(memory(options))
    content = load_content(options.dialogues)
    gc_settings(options)  # the same garbage collection as `wellspring run`, for every store measured
    result.update(gc_threshold=gc.get_threshold()[0], gc_frozen=gc.get_freeze_count())
    with tempfile.TemporaryDirectory(prefix="wellspring-bench-") as folder:
        result.update(raw_sqlite(Path(folder), options))
        result.update(await throughput_and_latency(Path(folder), content, options))
        if options.store:
            from bot.bench.other_store import measure_store

            result.update(await measure_store(options.store, content, options))
        if options.discord:
            result.update(await discord_scenario(Path(folder), content, options))
        else:
            result.update(discord_turns_per_s=None, discord_note="skipped")
    result["peak_rss_bytes"] = peak_rss_bytes()
    result["ratio"] = result["turns_per_s"] / result["baseline_turns_per_s"]
    result["targets"] = {name: check(result) for name, (_, check) in TARGETS.items()}
    return result


async def throughput_and_latency(folder: Path, content: Any, options: Options) -> dict[str, Any]:
    """Closed loop (ours and naive, alternated), the in-memory ceiling, then open-loop latency."""
    from bot.journey.engine import Engine
    from bot.service import Service
    from bot.store.naive import NaiveStore
    from bot.store.sqlite import SqliteStore

    per_round = options.seconds / options.rounds if options.seconds is not None else None
    turns = -(-options.turns // options.rounds) if options.turns is not None else None
    ours = await SqliteStore.open(folder / "ours.db")
    naive = await NaiveStore.open(folder / "naive.db")
    try:
        # The naive baseline keeps no delivered steps (no mark_delivered/undelivered); the service
        # looks those up with getattr, so the rest of the Store protocol is all it needs.
        stores: tuple[tuple[str, Store], ...] = (("ours", ours), ("naive", cast("Store", naive)))
        services = {name: Service(Engine(content.book), store, content.language) for name, store in stores}
        people = {name: crowd(options.people, name) for name in services}
        for name, service in services.items():
            await start_all(service.handle, people[name])
        runs: dict[str, list[Run]] = {"ours": [], "naive": []}
        ours_batches = (ours._writes.batches, ours._writes.items)
        for _ in range(options.rounds):
            for name in ("ours", "naive"):
                gc.collect()  # each round starts with the same heap, not the other store's leftovers
                runs[name].append(await closed_loop(services[name].handle, people[name], per_round, turns))
        ours_batches = (ours._writes.batches - ours_batches[0], ours._writes.items - ours_batches[1])
        gc.collect()
        latency = await open_loop(services["ours"].handle, people["ours"], options.rate, options.latency_seconds)
        gc.collect()
        base_latency = await open_loop(services["naive"].handle, people["naive"], options.rate,
                                       options.latency_seconds)
    finally:
        await ours.close()
        await naive.close()
    del services, people
    ceiling = await memory_ceiling(content, options, per_round, turns)
    closed = merge(runs["ours"])
    baseline = merge(runs["naive"])
    return {
        "turns_per_s": closed.turns_per_s,
        "baseline_turns_per_s": baseline.turns_per_s,
        "memory_store_turns_per_s": ceiling.turns_per_s,
        "closed_loop_turns": closed.turns,
        "baseline_closed_loop_turns": baseline.turns,
        "closed_p50_ms": closed.percentile_ms(50),
        "closed_p99_ms": closed.percentile_ms(99),
        "turns_per_commit": ours_batches[1] / max(1, ours_batches[0]),
        "offered_rate": options.rate,
        "achieved_rate": latency.turns_per_s,
        "p50_ms": latency.percentile_ms(50),
        "p95_ms": latency.percentile_ms(95),
        "p99_ms": latency.percentile_ms(99),
        "max_ms": latency.percentile_ms(100),
        "baseline_p50_ms": base_latency.percentile_ms(50),
        "baseline_p99_ms": base_latency.percentile_ms(99),
        "errors": sum(r.errors for r in (*runs["ours"], *runs["naive"], ceiling, latency, base_latency)),
    }


async def memory_ceiling(content: Any, options: Options, seconds: float | None, turns: int | None) -> Run:
    """The same load on the in-memory store: what the service costs with a store that costs nothing."""
    from bot.journey.engine import Engine
    from bot.service import Service
    from bot.store.memory import MemoryStore

    service = Service(Engine(content.book), MemoryStore(), content.language)

    async def handle(inbound: Any) -> Any:
        # Any store makes a turn wait at least once. Without this pass of the event loop the memory
        # store never does, and the first person would walk alone until the time ran out.
        await asyncio.sleep(0)
        return await service.handle(inbound)

    people = crowd(options.people, "memory")
    await start_all(handle, people)
    gc.collect()
    return await closed_loop(handle, people, seconds, turns)


def gc_settings(options: Options) -> None:
    """Tune the collector as `wellspring run` does after its start-up (or leave it, with --gc-default)."""
    from bot.service import GC_THRESHOLD, tune_gc

    threshold = options.gc_threshold or GC_THRESHOLD
    if options.gc_tuning:
        tune_gc(threshold)
    elif options.gc_threshold is not None:
        gc.set_threshold(threshold, *gc.get_threshold()[1:])


def raw_sqlite(folder: Path, options: Options) -> dict[str, float]:
    """SQLite's own pace through the stdlib, one upsert and commit per call."""
    from bot.journey.model import PersonState
    from bot.store.naive import raw_upsert_rate

    sample = PersonState(person_id="raw:0", stage="candle", node="warmth", vars={"figure": "a friend"},
                         reframes_seen=("not_enough.1",), step=12, started_at=time.time(), updated_at=time.time())
    return {"raw_sqlite_per_s": raw_upsert_rate(folder / "raw.db", sample, options.raw_seconds, options.people)}


def startup(options: Options) -> dict[str, float]:
    """Median of fresh-process start-ups: load and validate the dialogues, migrate a new file."""
    runs = [probe("startup", options) for _ in range(options.startup_runs)]
    median = lambda key: statistics.median(r[key] for r in runs)  # noqa: E731
    return {"startup_ms": median("startup_ms"), "startup_load_ms": median("load_ms"),
            "startup_migrate_ms": median("migrate_ms"), "startup_import_ms": median("import_ms")}


def memory(options: Options) -> dict[str, float]:
    """Bytes per active session: RSS growth in a fresh process, and the tracemalloc count."""
    people = options.memory_people or options.people
    from bot.service import GC_THRESHOLD

    tuning = ("--gc-threshold", str(options.gc_threshold or GC_THRESHOLD)) if options.gc_tuning else ()
    rss = probe("memory", options, "--people", str(people), *tuning)
    traced = probe("memory", options, "--people", str(min(people, 2_000)), "--traced", *tuning)
    return {"rss_bytes_per_session": rss["rss_bytes_per_session"], "memory_people": people,
            "traced_bytes_per_session": traced["traced_bytes_per_session"]}


def probe(name: str, options: Options, *extra: str) -> dict[str, Any]:
    """Run one probe in a fresh interpreter and read its JSON."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(PROJECT_ROOT), os.environ.get("PYTHONPATH")])))
    done = subprocess.run([sys.executable, "-m", "bot.bench.probes", name, "--dialogues", str(options.dialogues),
                           *extra], capture_output=True, text=True, env=env, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(f"bench probe {name} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


async def discord_scenario(folder: Path, content: Any, options: Options) -> dict[str, Any]:
    """Turns through the real Discord adapter against the test suite's fake Discord."""
    try:
        from bot.bench.discord_load import run_discord
    except ImportError as exc:  # needs the repository checkout (tests/e2e), not only the package
        return {"discord_turns_per_s": None, "discord_note": f"unavailable: {exc}"}
    return await run_discord(folder, content, options)


def machine() -> dict[str, Any]:
    """Where the numbers came from."""
    model = "unknown"
    try:
        with open("/proc/cpuinfo") as info:
            model = next((line.split(":", 1)[1].strip() for line in info if line.startswith("model name")), model)
    except OSError:
        model = platform.processor() or model
    return {"cpus": os.cpu_count(), "cpu": model, "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version, "platform": platform.platform(terse=True)}
