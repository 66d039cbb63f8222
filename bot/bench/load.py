"""Drive a service with simulated people: closed loop for throughput, open loop for latency."""

from __future__ import annotations

import asyncio
import math
import random
import time
from array import array
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from bot.bench.people import Person
from bot.journey.turns import Inbound, Reply

Handle = Callable[[Inbound], Awaitable[Sequence[Reply]]]


@dataclass(frozen=True)
class Run:
    """What one load run measured."""

    turns: int
    seconds: float
    latencies: array  # seconds per turn, in completion order
    errors: int = 0

    @property
    def turns_per_s(self) -> float:
        """Completed turns per second of wall time."""
        return self.turns / self.seconds if self.seconds > 0 else 0.0

    def percentile_ms(self, p: float) -> float:
        """The p-th percentile turn latency (nearest rank), in milliseconds."""
        return percentile(self.latencies, p) * 1000.0


def merge(runs: list[Run]) -> Run:
    """Several rounds of one store as one run: all turns over all the time they took."""
    latencies = array("d")
    for run in runs:
        latencies.extend(run.latencies)
    return Run(sum(r.turns for r in runs), sum(r.seconds for r in runs), latencies, sum(r.errors for r in runs))


def percentile(values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile of `values` (0 when empty)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100.0 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


async def start_all(handle: Handle, people: Sequence[Person], concurrency: int = 2000) -> None:
    """Each person's first turn (begin), so every run after this finds rows to read."""
    gate = asyncio.Semaphore(concurrency)

    async def first(person: Person) -> None:
        async with gate:
            person.saw(await handle(person.next()))

    await asyncio.gather(*(first(p) for p in people if p.offer is None))


async def closed_loop(handle: Handle, people: Sequence[Person], seconds: float | None,
                      turns: int | None = None) -> Run:
    """Everyone sends their next input as soon as the last one is answered, until time or turns run out."""
    clock = time.perf_counter
    latencies = array("d")
    budget = [turns if turns is not None else -1]
    errors = [0]
    start = clock()
    deadline = start + seconds if seconds is not None else math.inf

    async def walk(person: Person) -> None:
        while clock() < deadline and budget[0] != 0:
            budget[0] -= 1
            inbound = person.next()
            began = clock()
            try:
                replies = await handle(inbound)
            except Exception:  # counted and reported, never hidden
                errors[0] += 1
                continue
            latencies.append(clock() - began)
            person.saw(replies)

    await asyncio.gather(*(walk(p) for p in people))
    return Run(len(latencies), clock() - start, latencies, errors[0])


async def open_loop(handle: Handle, people: Sequence[Person], rate: float, seconds: float,
                    seed: int = 7) -> Run:
    """Turns arrive at `rate` per second (Poisson), whatever the service does; latency counts from arrival.

    Measuring from the scheduled arrival, not from when the turn got started, keeps a stalled
    loop from hiding its own delay (no coordinated omission).
    """
    loop = asyncio.get_running_loop()
    rng = random.Random(seed)
    latencies = array("d")
    errors = [0]
    busy: set[str] = set()
    pending: set[asyncio.Task] = set()
    cursor = 0

    async def one(person: Person, arrival: float) -> None:
        try:
            replies = await handle(person.next())
        except Exception:
            errors[0] += 1
        else:
            latencies.append(loop.time() - arrival)
            person.saw(replies)
        finally:
            busy.discard(person.id)

    start = loop.time()
    arrival = start
    end = start + seconds
    while True:
        arrival += rng.expovariate(rate)
        if arrival >= end:
            break
        delay = arrival - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)
        for _ in range(len(people)):  # the next person without a turn in flight
            person = people[cursor % len(people)]
            cursor += 1
            if person.id not in busy:
                break
        busy.add(person.id)
        task = loop.create_task(one(person, arrival))
        pending.add(task)
        task.add_done_callback(pending.discard)
    if pending:
        await asyncio.wait(pending)
    return Run(len(latencies), loop.time() - start, latencies, errors[0])
