"""The Discord scenario: simulated people DM and click through the real adapter and discord.py.

The other end is the test suite's fake Discord (tests/e2e), REST and gateway on loopback, so
this needs the repository checkout. Every turn is real discord.py work: a gateway event parsed
into a Message or Interaction, the adapter's turn through the service, an interaction callback
for clicks, and one REST POST per reply message.
"""

from __future__ import annotations

import asyncio
import time
from array import array
from pathlib import Path
from typing import Any

from bot.bench.checkout import load_fake
from bot.bench.load import Run
from bot.bench.people import NEUTRAL, Person, crowd

PEOPLE = 200  # each turn is several HTTP requests on this one loop; more people only queue longer
TURN_TIMEOUT = 10.0


async def run_discord(folder: Path, content: Any, options: Any) -> dict[str, Any]:
    """Closed loop through the adapter for the run's seconds (at most 10); turns/s and latency."""
    FakeDiscord = load_fake()
    from bot.discord.client import build_bot
    from bot.journey.engine import Engine
    from bot.service import Service
    from bot.store.sqlite import SqliteStore

    fake = FakeDiscord()
    await fake.start()
    fake.install()
    store = await SqliteStore.open(folder / "discord.db")
    bot = build_bot(Service(Engine(content.book), store, content.language), pacing=0.0,
                    guild_ready_timeout=0.05)
    client = asyncio.create_task(bot.start("bench-token"))
    try:
        await _ready(bot, client)
        walk = _Walk(fake, bot, min(options.people, PEOPLE))
        seconds = min(options.seconds or 10.0, 10.0)
        run = await walk.run(seconds, options.turns)
    finally:
        await bot.courier.drain(timeout=5)
        await bot.close()
        client.cancel()
        await asyncio.gather(client, return_exceptions=True)
        await store.close()
        fake.uninstall()
        await fake.close()
    return {"discord_turns_per_s": run.turns_per_s, "discord_p50_ms": run.percentile_ms(50),
            "discord_p99_ms": run.percentile_ms(99), "discord_people": len(walk.people),
            "discord_messages_per_s": walk.messages / run.seconds if run.seconds else 0.0,
            "discord_errors": run.errors,
            "discord_note": f"{len(walk.people)} people, real discord.py against the fake Discord on loopback"}


async def _ready(bot: Any, client: asyncio.Task, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not bot.is_ready():
        if client.done():
            client.result()
            raise RuntimeError("the Discord client stopped before it was ready")
        if time.monotonic() > deadline:
            raise RuntimeError("the Discord client was not ready in time")
        await asyncio.sleep(0.01)


class _Walk:
    """People acting through the fake; a turn ends when the bot has delivered all its replies."""

    def __init__(self, fake: Any, bot: Any, count: int):
        self.fake, self.bot = fake, bot
        self.users = [fake.add_user(f"bench{i}") for i in range(count)]
        self.people = crowd(count, "discord")
        for person, user in zip(self.people, self.users, strict=True):
            person.id = f"discord:{user['id']}"  # the adapter's id for this Discord user
        self.waiting: dict[str, asyncio.Future[None]] = {}
        self.replies: dict[str, Any] = {}
        self.buttons: dict[str, dict] = {}  # DM channel id -> newest bot message with buttons
        self.messages = 0
        self._hook()

    def _hook(self) -> None:
        """Watch the adapter's turns and deliveries, and the fake's stored messages (read-only)."""
        bot, fake = self.bot, self.fake
        turn, deliver, store_message = bot.turn, bot.courier.deliver, fake._store_bot_message

        async def watched_turn(inbound, guild_id=None):
            replies = await turn(inbound, guild_id)
            self.replies[inbound.person_id] = replies
            return replies

        def watched_deliver(key, channel, messages):
            done = deliver(key, channel, messages)
            waiter = self.waiting.pop(key, None)
            if waiter is not None:
                def wake(_: object) -> None:
                    if not waiter.done():
                        waiter.set_result(None)

                done.add_done_callback(wake)
            return done

        def watched_store(channel, body, files, via="rest", **extra):
            message = store_message(channel, body, files, via=via, **extra)
            self.messages += 1
            if message.get("components"):
                self.buttons[channel["id"]] = message
            return message

        bot.turn, bot.courier.deliver, fake._store_bot_message = watched_turn, watched_deliver, watched_store

    async def run(self, seconds: float, turns: int | None) -> Run:
        """Everyone walks until the time (or the turn budget) runs out."""
        latencies = array("d")
        errors = [0]
        budget = [turns if turns is not None else -1]
        clock = time.perf_counter
        start = clock()
        deadline = start + seconds

        async def walk(person: Person, user: dict[str, Any]) -> None:
            channel = self.fake.dm_channel_of(user)["id"]
            while clock() < deadline and budget[0] != 0:
                budget[0] -= 1
                began = clock()
                try:
                    await self.act(person, user, channel)
                except (TimeoutError, KeyError, AssertionError):
                    errors[0] += 1
                    continue
                latencies.append(clock() - began)
                person.saw(self.replies.pop(person.id, ()))

        await asyncio.gather(*(walk(p, u) for p, u in zip(self.people, self.users, strict=True)))
        return Run(len(latencies), clock() - start, latencies, errors[0])

    async def act(self, person: Any, user: dict, channel: str) -> None:
        """One turn: a DM or a button click, then wait for the bot's replies to be delivered."""
        inbound = person.next() if person.offer is not None else None
        waiter = asyncio.get_running_loop().create_future()
        self.waiting[person.id] = waiter
        if inbound is None:
            await self.fake.user_sends_dm(user, "hi")  # a first DM begins the journey
        elif inbound.choice is not None:
            step, index = inbound.choice
            await self.fake.click(user, self.buttons[channel], f"ws:c:{step}:{index}")
        elif inbound.command is not None and inbound.command != "status":
            await self.fake.click(user, self.buttons[channel], f"ws:cmd:{inbound.command}")
        else:  # /status answers in the interaction, not in DMs: a neutral line instead
            await self.fake.user_sends_dm(user, inbound.text or NEUTRAL[0])
        await asyncio.wait_for(waiter, TURN_TIMEOUT)
