"""`wellspring bench --capacity`: how many people one bot serves at once within Discord's real limits.

Each path runs against the fake Discord of the repository's tests/e2e with Discord's limits on, through
the real discord.py adapter: the interaction path (a click's answer as its interaction's followups;
everything else within one fair budget) and, in the same run, the baseline (every line a channel
message and a "typing…", the path before the budget). For each path, crowds of growing size read, tap,
type and sometimes say they're in crisis; a crowd is served when the p99 time from an action to the
first message back stays within 1 s (and, for the interaction path, with no global 429).

Two factors make it fit a few minutes on two cores, documented in docs/performance.md: `speed` (time
runs that many times faster: pauses, reading, the per-route buckets; latencies are reported in life's
milliseconds) and `scale` (the crowd and Discord's global limit both shrunk by it: the global limit is
the only thing people share, so capacity grows with it in proportion). Reported people are life-size.
"""

from __future__ import annotations

import asyncio
import logging
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.bench.checkout import load_fake
from bot.bench.crowd_sim import THINK_S, WORDS, Crowd
from bot.bench.load import percentile

SPEED, SCALE, WINDOW_S = 2.0, 5.0, 30.0
TARGET_S = 1.0  # the p99 from an action to its first reply, in life's seconds
DISCORD_GLOBAL_PER_S = 50.0


@dataclass
class CapacityOptions:
    people: int = 1000  # the first crowd the interaction path tries (life-size)
    speed: float = SPEED
    scale: float = SCALE
    window: float = WINDOW_S  # run seconds per crowd
    steps: int = 2  # at most this many doublings above the first crowd (halvings below, for a path that fails it)


class _Bot:
    """One fake Discord and one bot on it, with the courier set up for `path`."""

    def __init__(self, content: Any, folder: Path, path: str, pacing: float, speed: float, scale: float,
                 limits: bool):
        self.content, self.folder, self.path = content, folder, path
        self.pacing, self.speed, self.scale, self.limits = pacing, speed, scale, limits

    async def __aenter__(self) -> _Bot:
        from bot.discord.budget import GlobalBudget
        from bot.discord.client import build_bot
        from bot.journey.engine import Engine
        from bot.service import Service
        from bot.store.sqlite import SqliteStore

        self.fake = load_fake()(limits=self.limits, scale=self.scale, speed=self.speed)
        await self.fake.start()
        self.fake.install()
        self.store = await SqliteStore.open(self.folder / f"{self.path}-{time.monotonic_ns()}.db")
        service = Service(Engine(self.content.book), self.store, self.content.language)
        self.bot = build_bot(service, pacing=self.pacing, guild_ready_timeout=0.05)
        interactions = self.path == "interactions"
        self.bot.courier.via_interactions = interactions
        self.bot.courier.budget = GlobalBudget(DISCORD_GLOBAL_PER_S * self.speed / self.scale) if interactions else None
        self.client = asyncio.ensure_future(self.bot.start("bench-token"))
        deadline = time.monotonic() + 20
        while not self.bot.is_ready():
            if self.client.done():
                self.client.result()
                raise RuntimeError("the Discord client stopped before it was ready")
            if time.monotonic() > deadline:
                raise RuntimeError("the Discord client was not ready in time")
            await asyncio.sleep(0.01)
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.bot.close()
        self.client.cancel()
        await asyncio.gather(self.client, return_exceptions=True)
        await self.store.close()
        self.fake.uninstall()
        await self.fake.close()


async def journey_cost(content: Any, folder: Path, path: str) -> dict[str, Any]:
    """One person walks the whole journey (a tap at every step, words where asked): requests that count
    against the global limit, and how long the journey takes at a reading pace."""
    from bot.pacing import pause_after

    async with _Bot(content, folder, path, pacing=0.001, speed=1.0, scale=1.0, limits=False) as run:
        fake, bot = run.fake, run.bot
        seen: list[Any] = []
        turn = bot.turn

        async def watched(inbound: Any, guild_id: Any = None) -> Any:
            replies = await turn(inbound, guild_id)
            seen.extend(replies)
            return replies

        bot.turn = watched  # type: ignore[method-assign]  # the bench watches the adapter's turns on purpose
        person = fake.add_user("walker")
        since = len(fake.requests)
        actions = 0
        before = len(fake.messages_to(person))
        await fake.user_sends_dm(person, "hi")
        for _ in range(400):
            latest = await _settled(fake, bot, person, before)
            before = len(fake.messages_to(person))
            if "journey is complete" in latest["content"]:
                break
            choices = [c["custom_id"] for row in latest.get("components", []) for c in row["components"]
                       if c.get("custom_id", "").startswith("ws:c:")]
            actions += 1
            if choices:
                await fake.click(person, latest, choices[0])
            else:
                await fake.user_sends_dm(person, WORDS[0])
        else:
            raise RuntimeError("the journey did not end")
        spent = fake.global_requests(since)
        reading = sum(pause_after(reply, 1.0) for reply in seen) + actions * sum(THINK_S) / 2
        return {"global": len(spent), "requests": len(fake.requests) - since, "actions": actions,
                "typing": sum(1 for _, p in spent if p.endswith("/typing")), "journey_s": reading}


async def _settled(fake: Any, bot: Any, person: dict, before: int, timeout: float = 20.0) -> dict:
    """The newest message once the bot has answered (more than `before` messages) and finished sending."""
    deadline = time.monotonic() + timeout
    while True:
        await asyncio.sleep(0.005)
        messages = fake.messages_to(person)
        if len(messages) > before and not bot.courier.busy():
            await asyncio.sleep(0.02)  # a worker about to start for a batch just handed over
            if not bot.courier.busy() and len(fake.messages_to(person)) == len(messages):
                return messages[-1]
        if time.monotonic() > deadline:
            raise RuntimeError("the bot did not finish answering")


async def crowd_level(content: Any, folder: Path, path: str, people: int, opts: CapacityOptions,
                      cost: dict[str, Any]) -> dict[str, Any]:
    """One crowd of `people` (life-size) on one path for one window; what it measured."""
    simulated = max(2, round(people / opts.scale))
    life_window = opts.window * opts.speed
    async with _Bot(content, folder, path, pacing=1.0 / opts.speed, speed=opts.speed, scale=opts.scale,
                    limits=True) as run:
        fake, bot = run.fake, run.bot
        crowd = Crowd(fake, bot, simulated, speed=opts.speed,
                      newcomer_share=min(0.5, life_window / max(1.0, cost["journey_s"])))
        fake.limits.enabled = False  # placing people mid-journey is not part of the measure
        await crowd.place(cost["actions"])
        fake.limits.enabled = True
        await asyncio.sleep(1.1)  # the global window empties
        before = (fake.limits.global_requests, fake.limits.global_429, fake.limits.route_429, len(fake.requests))
        measured = await crowd.run(opts.window)
        spent = fake.limits.global_requests - before[0]
        result = {
            "path": path, "people": people, "simulated": simulated,
            "first_reply_p99_ms": round(percentile(measured.first, 99) * 1000, 1),
            "first_reply_p50_ms": round(percentile(measured.first, 50) * 1000, 1),
            "crisis_reply_p99_ms": round(percentile(measured.crisis, 99) * 1000, 1),
            "replies": len(measured.first), "crisis_replies": len(measured.crisis), "actions": measured.actions,
            "errors": measured.errors, "global_429": fake.limits.global_429 - before[1],
            "route_429": fake.limits.route_429 - before[2], "requests": len(fake.requests) - before[3],
            "global_requests": spent,
            "global_per_s_life": round(spent * opts.scale / life_window, 1),
            "p99_ms_by_action": {kind: round(percentile(values, 99) * 1000, 1)
                                 for kind, values in sorted(measured.by_kind.items())},
        }
    result["served"] = bool(measured.first) and percentile(measured.first, 99) <= TARGET_S and \
        measured.errors == 0 and (path != "interactions" or result["global_429"] == 0)
    return result


async def find_capacity(content: Any, folder: Path, path: str, first: int, opts: CapacityOptions,
                        cost: dict[str, Any]) -> list[dict[str, Any]]:
    """Crowds from `first` up by doubling while served, or down by halving until one is; then one crowd
    halfway between the largest served and the smallest not."""
    levels = [await crowd_level(content, folder, path, first, opts, cost)]
    step = 2 if levels[0]["served"] else 0.5
    for _ in range(opts.steps if step == 2 else opts.steps + 2):
        people = int(levels[-1]["people"] * step)
        if people < opts.scale * 2:
            break
        levels.append(await crowd_level(content, folder, path, people, opts, cost))
        if levels[-1]["served"] != levels[0]["served"]:
            served = max(level["people"] for level in levels if level["served"])
            failed = min(level["people"] for level in levels if not level["served"])
            middle = (served + failed) // 2  # one step between the last crowd served and the first not
            if middle / opts.scale >= 2 and middle not in (served, failed):
                levels.append(await crowd_level(content, folder, path, middle, opts, cost))
            break
    return levels


async def run_capacity(content: Any, opts: CapacityOptions) -> dict[str, Any]:
    """Both paths, costs and crowds; one JSON-ready dict."""
    quiet = [logging.getLogger(name) for name in ("bot", "discord")]
    saved = [logger.level for logger in quiet]
    for logger in quiet:
        logger.setLevel(logging.ERROR)  # the baseline's 429s are expected; the report counts them
    started = time.monotonic()
    try:
        with tempfile.TemporaryDirectory(prefix="wellspring-capacity-") as tmp:
            folder = Path(tmp)
            cost = await journey_cost(content, folder, "interactions")
            baseline_cost = await journey_cost(content, folder, "baseline")
            ours = await find_capacity(content, folder, "interactions", opts.people, opts, cost)
            # the baseline starts lower: a quarter of the crowd (it searches up or down from there)
            first = max(int(opts.scale * 2), opts.people // 4)
            theirs = await find_capacity(content, folder, "baseline", first, opts, baseline_cost)
    finally:
        for logger, level in zip(quiet, saved, strict=True):
            logger.setLevel(level)
    return summarize(opts, cost, baseline_cost, ours, theirs, time.monotonic() - started)


def summarize(opts: CapacityOptions, cost: dict[str, Any], baseline_cost: dict[str, Any],
              ours: list[dict[str, Any]], theirs: list[dict[str, Any]], seconds: float) -> dict[str, Any]:
    """The report: capacity of each path (the largest crowd served), and the measures at it."""
    def best(levels: list[dict[str, Any]]) -> dict[str, Any] | None:
        served = [level for level in levels if level["served"]]
        return max(served, key=lambda level: level["people"]) if served else None

    top, base = best(ours), best(theirs)
    capacity = top["people"] if top else 0
    baseline = base["people"] if base else 0
    # "under full load": every crowd up to the capacity (crowds beyond it are reported, not judged)
    loaded = [level for level in ours if level["people"] <= max(capacity, ours[0]["people"])]
    crisis = [level["crisis_reply_p99_ms"] for level in loaded if level["crisis_replies"]]
    shown = top or ours[0]
    return {
        "capacity_people": capacity,
        "capacity_baseline_people": baseline,
        "capacity_ratio": round(capacity / baseline, 1) if baseline else None,
        "capacity_is_lower_bound": top is not None and top["people"] == max(level["people"] for level in ours),
        "global_requests_per_journey": cost["global"],
        "baseline_global_requests_per_journey": baseline_cost["global"],
        "requests_per_journey": cost["requests"], "baseline_requests_per_journey": baseline_cost["requests"],
        "journey_minutes": round(cost["journey_s"] / 60, 1),
        "first_reply_p99_ms": shown["first_reply_p99_ms"],
        "crisis_reply_p99_ms": max(crisis) if crisis else 0.0,
        "rate_limited_429": sum(level["global_429"] for level in loaded),
        "rate_limited_429_beyond_capacity": sum(level["global_429"] for level in ours if level not in loaded),
        "baseline_rate_limited_429": sum(level["global_429"] for level in theirs),
        "targets": {"vs_baseline_10x": bool(baseline) and capacity >= 10 * baseline,
                    "no_global_429": all(level["global_429"] == 0 for level in loaded),
                    "crisis_p99_1s": bool(crisis) and max(crisis) <= TARGET_S * 1000},
        "levels": ours + theirs,
        "speed": opts.speed, "scale": opts.scale, "window_s": opts.window, "seconds": round(seconds, 1),
        "note": (f"time ran {opts.speed:g}x faster and the crowd and Discord's global limit were shrunk "
                 f"{opts.scale:g}x; people and latencies are life-size"),
    }


def main(content: Any, opts: CapacityOptions, as_json: bool) -> int:
    """Run and print (JSON, or a few lines for a person)."""
    import json

    result = asyncio.run(run_capacity(content, opts))
    if as_json:
        print(json.dumps(result))
        return 0
    print(f"people served at once: {result['capacity_people']} (baseline {result['capacity_baseline_people']}, "
          f"ratio {result['capacity_ratio']})")
    print(f"global requests per journey: {result['global_requests_per_journey']} "
          f"(baseline {result['baseline_global_requests_per_journey']})")
    print(f"first reply p99: {result['first_reply_p99_ms']} ms; crisis reply p99: {result['crisis_reply_p99_ms']} ms; "
          f"global 429s: {result['rate_limited_429']} (baseline {result['baseline_rate_limited_429']})")
    for level in result["levels"]:
        print(f"  {level['path']:>12} {level['people']:>6} people: p99 {level['first_reply_p99_ms']:>8} ms, "
              f"429 {level['global_429']:>4}, {'served' if level['served'] else 'not served'}")
    print(result["note"])
    return 0
