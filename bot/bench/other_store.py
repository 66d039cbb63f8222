"""`wellspring bench --store URL`: the same load on another store (e.g. PostgreSQL), in the same run."""

from __future__ import annotations

from typing import Any


async def measure_store(url: str, content: Any, options: Any) -> dict[str, Any]:
    """Closed-loop throughput and open-loop latency of the service over the store `url` names."""
    from bot.bench.load import closed_loop, open_loop, start_all
    from bot.bench.people import crowd
    from bot.bench.run import merge
    from bot.journey.engine import Engine
    from bot.service import Service
    from bot.store import open_store, redact, store_kind

    store = await open_store(url)
    try:
        service = Service(Engine(content.book), store, content.language)
        people = crowd(options.people, "bench-store")
        await start_all(service.handle, people)
        per_round = options.seconds / options.rounds if options.seconds is not None else None
        turns = -(-options.turns // options.rounds) if options.turns is not None else None
        closed = merge([await closed_loop(service.handle, people, per_round, turns)
                        for _ in range(options.rounds)])
        latency = await open_loop(service.handle, people, options.rate, options.latency_seconds)
    finally:
        await store.close()
    return {
        "store": redact(url),
        "store_kind": store_kind(url),
        "store_turns_per_s": closed.turns_per_s,
        "store_closed_p50_ms": closed.percentile_ms(50),
        "store_closed_p99_ms": closed.percentile_ms(99),
        "store_achieved_rate": latency.turns_per_s,
        "store_p50_ms": latency.percentile_ms(50),
        "store_p95_ms": latency.percentile_ms(95),
        "store_p99_ms": latency.percentile_ms(99),
        "store_max_ms": latency.percentile_ms(100),
        "store_errors": closed.errors + latency.errors,
    }


def rows(r: dict[str, Any]) -> list[tuple[str, str, str]]:
    """Table rows for the other store, placed beside SQLite's own numbers."""
    if not r.get("store"):
        return []
    kind = r["store_kind"]
    return [
        (f"{kind} store: throughput (closed loop)", f"{r['store_turns_per_s']:,.0f} turns/s",
         f"SQLite above: {r['turns_per_s']:,.0f} turns/s; {r['store']}"),
        (f"  {kind} closed-loop p50 / p99", f"{r['store_closed_p50_ms']:,.0f} / {r['store_closed_p99_ms']:,.0f} ms",
         f"{r['people']:,} turns in flight at once"),
        (f"  {kind} at {r['offered_rate']:,.0f} turns/s offered: p50", f"{r['store_p50_ms']:.2f} ms",
         f"achieved {r['store_achieved_rate']:,.0f} turns/s"),
        (f"  {kind} p95 / p99 / max",
         f"{r['store_p95_ms']:.2f} / {r['store_p99_ms']:.2f} / {r['store_max_ms']:.1f} ms",
         f"SQLite p99 above: {r['p99_ms']:.2f} ms"),
    ] + ([(f"  {kind} ERRORS during load", str(r["store_errors"]), "")] if r.get("store_errors") else [])
