"""How long to rest after a message, so narration arrives at a reading pace."""

from __future__ import annotations

from bot.journey.turns import Reply

READING_CHARS_PER_S = 18.0  # a slow, reflective reading speed
MIN_PAUSE, MAX_PAUSE = 0.8, 6.0  # bounds of a pause computed from a line's length
MAX_WRITTEN_PAUSE = 30.0  # a `pause:` written in the dialogues is honoured up to this (the loader refuses more)


def pause_after(reply: Reply, pacing: float) -> float:
    """Seconds to wait after `reply`: its own written pause, or one set by its length; 0 when pacing is 0.

    Only the computed pause is held between MIN_PAUSE and MAX_PAUSE: a written `pause: 10` rests ten
    seconds (times `pacing`), because whoever wrote it meant it.
    """
    if pacing <= 0 or reply.options or reply.expects_text:
        return 0.0  # nobody waits after a question: the person answers when ready
    if reply.pause is not None:
        return max(0.0, min(MAX_WRITTEN_PAUSE, reply.pause)) * pacing
    base = len(reply.text) / READING_CHARS_PER_S
    return max(MIN_PAUSE, min(MAX_PAUSE, base)) * pacing if base else 0.0
