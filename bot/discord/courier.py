"""Deliver each person's messages in order, paced, without holding up anyone else."""

from __future__ import annotations

import asyncio
import logging
from typing import Protocol

import discord

from bot.discord.render import Outgoing
from bot.pacing import pause_after

log = logging.getLogger(__name__)


class Sendable(Protocol):
    """A channel we can type in and send to (a DM, in practice)."""

    async def send(self, content: str, **kwargs) -> discord.Message: ...

    def typing(self): ...


class Courier:
    """One queue per person: their messages go out in order while others' go out in parallel.

    A person typing while the bot is still narrating simply queues the next answer behind the
    current narration, so the flow is never interleaved or broken.
    """

    def __init__(self, pacing: float):
        self.pacing = pacing
        self._queues: dict[str, list[tuple[Sendable, list[Outgoing], asyncio.Future[bool]]]] = {}
        self._workers: dict[str, asyncio.Task[None]] = {}
        self.undeliverable = 0

    def deliver(self, key: str, channel: Sendable, messages: list[Outgoing]) -> asyncio.Future[bool]:
        """Queue messages for one person; the future says whether they all went out."""
        done: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._queues.setdefault(key, []).append((channel, messages, done))
        if key not in self._workers or self._workers[key].done():
            self._workers[key] = asyncio.create_task(self._work(key), name=f"courier:{key}")
        return done

    async def _work(self, key: str) -> None:
        queue = self._queues[key]
        try:
            while queue:
                channel, messages, done = queue.pop(0)
                ok = await self._send_all(channel, messages)
                if not done.done():
                    done.set_result(ok)
        finally:
            if not queue:
                self._queues.pop(key, None)
                self._workers.pop(key, None)

    async def _send_all(self, channel: Sendable, messages: list[Outgoing]) -> bool:
        previous: Outgoing | None = None
        for message in messages:
            delay = pause_after(previous.reply, self.pacing) if previous else 0.0
            try:
                if delay:
                    await channel.typing()  # shows "is typing…" while the person reads
                    await asyncio.sleep(delay)
                await channel.send(message.content, view=message.view)
            except discord.Forbidden as exc:
                # DMs closed (50007) or blocked: their place is already saved; stop quietly.
                log.info("cannot DM a person (code %s); their place is kept", exc.code)
                self.undeliverable += 1
                return False
            except discord.NotFound:
                log.info("a DM channel vanished; their place is kept")
                self.undeliverable += 1
                return False
            except discord.HTTPException as exc:  # 429s are retried inside discord.py
                log.warning("sending failed (%s %s); going on with the next message", exc.status, exc.code)
            previous = message
        return True

    async def drain(self, timeout: float = 10.0) -> None:
        """Wait for everything queued to be sent (used on shutdown and in tests)."""
        workers = [w for w in self._workers.values() if not w.done()]
        if workers:
            await asyncio.wait(workers, timeout=timeout)
