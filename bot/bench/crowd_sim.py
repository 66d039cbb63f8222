"""Simulated people for the capacity bench: mid-journey readers who click, type now and then, and sometimes
need help, each watched from the moment they act to the first message the bot sends them back.

A level is a crowd in steady state: most people are already somewhere in their journey (placed there
through the service, as if this process had walked them so far), a few
arrive during the window and say hi, and a few are in crisis. Everyone reads between steps. Times
run `speed` times faster than life; latencies are reported in life's milliseconds.
"""

from __future__ import annotations

import asyncio
import random
import time
from array import array
from dataclasses import dataclass, field
from typing import Any

from bot.discord.render import view_of
from bot.journey.turns import Inbound, Reply

PROMPT_MARK = "-# Type a few words"  # render's hint under a step that asks for words
THINK_S = (3.0, 10.0)  # reading a step and choosing, in life's seconds
TYPE_SHARE = 0.15  # of choices made by typing the option's number instead of tapping
CRISIS_SHARE = 0.03  # of people who say they are in crisis during the window (at least two in any crowd)
CRISIS_WORDS = "i want to die"
WORDS = ("a warm light", "a quiet lake", "I'm not good enough", "soft rain on a roof")
WAIT_S = 60.0  # a person gives up waiting on the bot after this (life's seconds): counted as an error


@dataclass
class Measured:
    """What a window saw: first-reply latencies (life's seconds), crisis ones apart, and errors."""

    first: array = field(default_factory=lambda: array("d"))
    by_kind: dict[str, list[float]] = field(default_factory=dict)  # "tap", "typed", "hello" -> latencies
    crisis: array = field(default_factory=lambda: array("d"))
    actions: int = 0
    errors: int = 0
    completed: int = 0


class Crowd:
    """`count` people on one fake Discord and one bot; `run(window)` lets them act for `window` seconds."""

    def __init__(self, fake: Any, bot: Any, count: int, *, speed: float, newcomer_share: float, seed: int = 7):
        self.fake, self.bot, self.speed = fake, bot, speed
        self.random = random.Random(seed)
        self.users = [fake.add_user(f"reader{i}") for i in range(count)]
        self.roles: dict[str, str] = {}  # user id -> "crisis", "new" (arrives in the window) or "reader"
        crisis = max(2, round(count * CRISIS_SHARE))
        for i, user in enumerate(self.users):
            self.roles[user["id"]] = "crisis" if i < crisis else \
                "new" if self.random.random() < newcomer_share else "reader"
        self.measured = Measured()
        self._expect: dict[str, tuple[float, str]] = {}  # DM channel id -> (acted at, what they did)
        self._ready: dict[str, asyncio.Event] = {}  # DM channel id -> the bot is waiting for them
        self._latest: dict[str, dict] = {}  # DM channel id -> the newest message with choices or a prompt
        self._watch()

    def _watch(self) -> None:
        """Time the first bot message after each action and notice when a step waits for the person."""
        fake, store = self.fake, self.fake._store_bot_message

        def watched(channel: dict, body: dict, files: list, via: str = "rest", **extra: Any) -> dict:
            message = store(channel, body, files, via=via, **extra)
            cid = channel["id"]
            acted = self._expect.pop(cid, None)
            if acted is not None:
                seconds = (time.monotonic() - acted[0]) * self.speed
                (self.measured.crisis if acted[1] == "crisis" else self.measured.first).append(seconds)
                self.measured.by_kind.setdefault(acted[1], []).append(seconds)
            content = message.get("content") or ""
            if _choices(message) or PROMPT_MARK in content or "journey is complete" in content:
                self._latest[cid] = message
                event = self._ready.get(cid)
                if event is not None:
                    event.set()
            return message

        fake._store_bot_message = watched

    async def place(self, clicks: int) -> None:
        """Put each person somewhere in the journey through the service (no Discord traffic), and show
        their current step in their DM as the bot last sent it."""
        service = self.bot.service
        for user in self.users:
            if self.roles[user["id"]] == "new":
                continue
            key = f"discord:{user['id']}"
            replies: tuple[Reply, ...] = await service.handle(Inbound(key, text="hi"))
            for _ in range(self.random.randrange(max(1, clicks))):
                last = replies[-1] if replies else None
                if last is None or not (last.options or last.expects_text):
                    break
                inbound = Inbound(key, choice=(last.step, last.options[0].index)) if last.options \
                    else Inbound(key, text=self.random.choice(WORDS))
                replies = await service.handle(inbound)
            self._show(user, replies)

    def _show(self, user: dict, replies: tuple[Reply, ...]) -> None:
        dm = self.fake.dm_channel_of(user)
        waiting = next((r for r in reversed(replies) if r.options or r.expects_text), None)
        if waiting is None:
            return
        view = view_of(waiting)
        body = {"content": waiting.text + (f"\n{PROMPT_MARK}." if waiting.expects_text else ""),
                "components": view.to_components() if view is not None else []}
        self.fake._store_bot_message(dm, body, [])

    async def run(self, window: float) -> Measured:
        """Everyone acts until `window` seconds have passed (not life's seconds: the run's)."""
        deadline = time.monotonic() + window
        tasks = [asyncio.ensure_future(self._person(user, deadline)) for user in self.users]
        await asyncio.sleep(window)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        return self.measured

    async def _think(self, low: float, high: float) -> None:
        await asyncio.sleep(self.random.uniform(low, high) / self.speed)

    async def _person(self, user: dict, deadline: float) -> None:
        cid = self.fake.dm_channel_of(user)["id"]
        self._ready[cid] = event = asyncio.Event()
        role = self.roles[user["id"]]
        window = deadline - time.monotonic()
        if role == "crisis":  # at some moment in the window, they say they are not safe
            await asyncio.sleep(self.random.uniform(0, window * 0.8))
            await self._act(cid, lambda: self.fake.user_sends_dm(user, CRISIS_WORDS), "crisis")
            return
        read = False  # whether they have read the step on screen already
        if role == "new":  # they arrive during the window and say hi
            await asyncio.sleep(self.random.uniform(0, window * 0.8))
            await self._act(cid, lambda: self.fake.user_sends_dm(user, "hi"), "hello")
        elif cid in self._latest:
            event.set()  # their current step is on screen, and they are part-way through reading it
            await self._think(0, THINK_S[1])
            read = True
        while time.monotonic() < deadline:
            if not await self._waited(event):
                continue
            event.clear()
            latest = self._latest.get(cid)
            if latest is None or "journey is complete" in (latest.get("content") or ""):
                self.measured.completed += latest is not None
                return
            if not read:
                await self._think(*THINK_S)
            read = False
            await self._act(cid, *self._next_move(user, latest))

    async def _waited(self, event: asyncio.Event) -> bool:
        try:
            await asyncio.wait_for(event.wait(), timeout=WAIT_S / self.speed)
            return True
        except TimeoutError:
            self.measured.errors += 1
            return False

    def _next_move(self, user: dict, latest: dict) -> Any:
        choices = _choices(latest)
        if not choices:
            return (lambda: self.fake.user_sends_dm(user, self.random.choice(WORDS))), "words"
        pick = self.random.randrange(len(choices))
        if self.random.random() < TYPE_SHARE:
            return (lambda: self.fake.user_sends_dm(user, str(pick + 1))), "typed"
        return (lambda: self.fake.click(user, latest, choices[pick])), "tap"

    async def _act(self, cid: str, move: Any, kind: str) -> None:
        self._expect[cid] = (time.monotonic(), kind)
        self.measured.actions += 1
        try:
            await move()
        except (KeyError, AssertionError):  # the step's message vanished under them: counted, never fatal
            self._expect.pop(cid, None)
            self.measured.errors += 1


def _choices(message: dict) -> list[str]:
    return [c["custom_id"] for row in message.get("components") or [] for c in row.get("components", [])
            if str(c.get("custom_id", "")).startswith("ws:c:")]
