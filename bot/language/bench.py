"""The language bench: the rules' statements per second on one core, and the semantic model behind the
batching Listener under offered load (latency per message from arrival, p50/p99, and messages/s)."""

from __future__ import annotations

import time

from bot.language.assess import assess_rules

# A mix like real traffic: short journey answers, chat, doubts, figures of speech, and a long message.
SAMPLES: tuple[str, ...] = (
    "yes",
    "work",
    "a warm light",
    "i feel calmer",
    "my mum",
    "I'm not enough.",
    "im such a failure lol",
    "nobody could love me",
    "this homework is killing me",
    "I'm not a failure",
    "my brother thinks he's a failure",
    "the movie was a failure",
    "I've been busy with work lately and I'm a bit nervous about tomorrow, but okay.",
    "honestly i dont know, everything feels heavy today and i cant really explain it",
    "i want to go for a walk later and maybe call my sister",
    "It's all my fault, I should have known better.",
    ("so today was long. " * 30).strip(),
)


def bench_classify(seconds: float = 2.0, model_seconds: float = 3.0) -> dict:
    """Run the rules (assess_rules) over a fixed mix for about `seconds`; return counts and statements
    per second; then, if the semantic model loads, the Listener at 100 fresh messages/s ("model").

    The rate is CPU time of this process (one core), so other load on the machine does not skew
    it; the wall-clock rate is reported beside it.
    """
    count = 0
    chars = 0
    wall_start = time.perf_counter()
    cpu_start = time.process_time()
    deadline = wall_start + max(seconds, 0.01)
    while True:
        for text in SAMPLES:
            assess_rules(text)
            chars += len(text)
        count += len(SAMPLES)
        if time.perf_counter() >= deadline:
            break
    cpu = max(time.process_time() - cpu_start, 1e-9)
    wall = max(time.perf_counter() - wall_start, 1e-9)
    return {
        "statements": count,
        "cpu_seconds": round(cpu, 3),
        "wall_seconds": round(wall, 3),
        "statements_per_s": round(count / cpu),
        "wall_statements_per_s": round(count / wall),
        "mean_us": round(cpu / count * 1e6, 1),
        "chars_per_s": round(chars / cpu),
        "model": bench_listener(100.0, model_seconds, fresh=True) if model_seconds > 0 else None,
    }


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def bench_listener(rate: float = 100.0, seconds: float = 5.0, fresh: bool = True) -> dict:
    """Offer `rate` free-text messages a second to the batching Listener for `seconds` (open loop) and
    measure each message's latency from its arrival to its assessment.

    fresh: every message is new to the encoder's memo (the honest worst case: each one is embedded);
    otherwise the SAMPLES repeat, as journey answers do, and most are remembered.
    """
    import asyncio

    from bot.language.worker import Listener, semantic

    engine = semantic()
    if engine.encoder is not None:
        engine.encoder.clear_cache()
    latencies: list[float] = []

    async def run() -> tuple[Listener, float, float]:
        listener = Listener()
        await listener.assess("warm up")
        loop = asyncio.get_running_loop()
        start = loop.time()
        cpu = time.process_time()
        tasks = []
        total = max(1, int(rate * seconds))

        async def one(text: str, due: float) -> None:
            await listener.assess(text)
            latencies.append(loop.time() - due)

        for i in range(total):
            due = start + i / rate
            delay = due - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            text = SAMPLES[i % len(SAMPLES)]
            if fresh:
                text = f"{text} ({i})"
            tasks.append(asyncio.create_task(one(text, due)))
        await asyncio.gather(*tasks)
        wall = loop.time() - start
        listener.close()
        return listener, wall, time.process_time() - cpu

    listener, wall, cpu = asyncio.run(run())
    count = len(latencies)
    return {
        "model": engine.available,
        "offered_per_s": rate,
        "fresh": fresh,
        "messages": count,
        "handled_per_s": round(count / wall, 1),
        "p50_ms": round(_percentile(latencies, 0.50) * 1000, 1),
        "p99_ms": round(_percentile(latencies, 0.99) * 1000, 1),
        "max_ms": round(max(latencies) * 1000, 1),
        "batches": listener.batches - 1,
        "mean_batch": round((listener.messages - 1) / max(1, listener.batches - 1), 1),
        "cpu_s_per_message_ms": round(cpu / max(count, 1) * 1000, 2),
    }


def bench_language(seconds: float = 5.0) -> dict:
    """The language bench: the Listener at 50 and 100 messages/s, fresh and repeated text."""
    found: dict[str, object] = {"statements_per_s_single_thread": None}
    runs = []
    for rate, fresh in ((50.0, True), (100.0, True), (100.0, False)):
        runs.append(bench_listener(rate, seconds, fresh))
    found["runs"] = runs
    return found
