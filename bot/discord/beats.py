"""Fewer, fuller messages when Discord's global limit is what the narration waits for.

Through the DM channel every message costs one request of the bot's global budget. When the budget is
pressed (see GlobalBudget.pressed), the next few lines of a narration go out as one message (a beat),
and the pause after it is the reading time of all its lines, so the journey keeps its reading pace at
a fraction of the requests. Crisis care is never merged (it has no pauses to keep), nor are followups
of a live interaction (they cost the global limit nothing).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.discord.render import LIMIT, Outgoing

BEAT_LINES = 4  # at most this many lines in one message


def beat(messages: Sequence[Outgoing], index: int, most: int = BEAT_LINES) -> tuple[Outgoing, int]:
    """The message to send at `index`, holding it and up to `most - 1` of the lines after it (never past a
    message with buttons, which ends the beat and keeps its buttons), and how many lines it took."""
    first = messages[index]
    if first.view is not None:
        return first, 1
    parts, length, last, end = [first.content], len(first.content), first, index + 1
    while end < len(messages) and end - index < most:
        following = messages[end]
        if length + 2 + len(following.content) > LIMIT:
            break
        parts.append(following.content)
        length += 2 + len(following.content)
        last, end = following, end + 1
        if following.view is not None:
            break
    if end == index + 1:
        return first, 1
    return Outgoing("\n\n".join(parts), last.view, last.reply), end - index
