"""`wellspring bench --store URL`: the same load on another store (e.g. PostgreSQL), in the same run."""

from __future__ import annotations

from typing import Any


async def measure_store(url: str, content: Any, options: Any) -> dict[str, Any]:
    """Closed-loop throughput and open-loop latency of the service over the store `url` names."""
    from bot.bench.load import closed_loop, merge, open_loop, start_all
    from bot.bench.people import crowd
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
