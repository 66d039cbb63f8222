"""A person's queue is bounded: the oldest waiting narration goes, the newest answer and crisis care stay."""

from __future__ import annotations

import asyncio

from bot.discord.courier import Courier
from bot.discord.queue_bound import MAX_QUEUED_MESSAGES, over_bound
from bot.discord.render import render
from bot.journey.turns import Reply


class Channel:
    def __init__(self) -> None:
        self.sent: list[str] = []

    async def send(self, content, **kwargs):
        await asyncio.sleep(0)
        self.sent.append(content)

    def typing(self):
        class Typing:
            def __await__(self):
                return asyncio.sleep(0).__await__()

        return Typing()


def batch(prefix: str, n: int, kind: str = "narration"):
    return render([Reply(f"{prefix} {i}", kind) for i in range(n)])


async def test_typing_far_ahead_of_the_narration_keeps_the_queue_bounded_and_the_newest_answer():
    courier, channel = Courier(pacing=1.0), Channel()
    futures = [courier.deliver("p", channel, batch(f"turn{t}", 10)) for t in range(20)]
    lane = courier._lanes["p"]
    waiting = sum(len(b.messages) for b in lane.queue)
    assert waiting <= MAX_QUEUED_MESSAGES
    assert lane.queue[-1].messages[0].content == "turn19 0"  # the answer to what they said last
    courier.pacing = 0.0
    await courier.drain(timeout=10)
    assert all(f.done() and f.result() for f in futures)  # dropped batches report True: superseded, not failed
    assert "turn19 9" in channel.sent and len(channel.sent) <= MAX_QUEUED_MESSAGES + 10
    assert courier.preempted >= 200 - MAX_QUEUED_MESSAGES - 10


async def test_crisis_care_is_never_dropped_by_the_bound():
    class Item:
        def __init__(self, n, urgent=False):
            self.messages, self.urgent = [object()] * n, urgent

    from collections import deque

    care = Item(5, urgent=True)
    queue = deque([Item(30), care, Item(30), Item(30)])
    newest = queue[-1]
    dropped = over_bound(queue, limit=40)
    assert care in queue and newest in queue and len(dropped) == 2
    assert sum(len(b.messages) for b in queue) <= 40
    assert over_bound(deque([Item(100)]), limit=40) == []  # one big batch alone stays whole
