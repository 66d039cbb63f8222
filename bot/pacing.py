"""How long to rest after a message, so narration arrives at a reading pace."""

from __future__ import annotations

from bot.journey.engine import Reply

READING_CHARS_PER_S = 18.0  # a slow, reflective reading speed
MIN_PAUSE, MAX_PAUSE = 0.8, 6.0


def pause_after(reply: Reply, pacing: float) -> float:
    """Seconds to wait after `reply`: its own pause, or one set by its length; 0 when pacing is 0."""
    if pacing <= 0 or reply.options or reply.expects_text:
        return 0.0  # nobody waits after a question: the person answers when ready
    base = reply.pause if reply.pause is not None else len(reply.text) / READING_CHARS_PER_S
    return max(MIN_PAUSE, min(MAX_PAUSE, base)) * pacing if base else 0.0
