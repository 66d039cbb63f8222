"""A bound on what one person can have queued: someone typing far faster than the narration plays.

Every turn's state is committed before its replies are queued, so a batch dropped here loses no place
in the journey, only lines the person would have read late. The oldest batches waiting go first; the
newest batch (the answer to what they said last) and crisis care always stay.
"""

from __future__ import annotations

from collections import deque
from typing import Any, Protocol

MAX_QUEUED_MESSAGES = 40  # messages waiting for one person (a whole stage's narration is about 20)


class Queued(Protocol):
    """What the courier queues per person: a batch of messages, urgent (crisis care) or not."""

    messages: list[Any]
    urgent: bool


def over_bound(queue: deque[Any], limit: int = MAX_QUEUED_MESSAGES) -> list[Any]:
    """Take the oldest non-urgent batches out of `queue` (in place) until at most `limit` messages wait;
    the batches taken out, for the caller to mark dropped. The newest batch is never taken."""
    waiting = sum(len(batch.messages) for batch in queue)
    if waiting <= limit:
        return []
    newest = queue[-1] if queue else None
    dropped: list[Any] = []
    kept: deque[Any] = deque()
    for batch in queue:
        if waiting > limit and batch is not newest and not batch.urgent:
            dropped.append(batch)
            waiting -= len(batch.messages)
        else:
            kept.append(batch)
    queue.clear()
    queue.extend(kept)
    return dropped
