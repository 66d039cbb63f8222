"""Make a short excerpt of a person's own words safe to echo back in a Discord message."""

from __future__ import annotations

import re
import unicodedata

ZWSP = "\u200b"
ELLIPSIS = "\u2026"

# Discord's angle-bracket tokens: user, role and channel mentions, custom emoji, timestamps, commands.
_DISCORD_TOKEN = re.compile(r"<(?:@[!&]?\d*|#\d*|a?:\w*:\d*|t:[^>]*|/[^>]*)>?")
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\x00-\x1f\x7f-\x9f]")
# Everything that can start markdown in Discord, including the backslash that escapes it.
_MARKDOWN = re.compile(r"([\\*_`~|>\[\]()#<:-])")
_SPACES = re.compile(r"\s+")
_MEANINGFUL = re.compile(r"\w")


def _truncate(text: str, limit: int) -> str:
    """Cut text to at most `limit` characters at a word boundary, marking the cut with an ellipsis."""
    if len(text) <= limit:
        return text
    room = max(limit - 1, 1)
    cut = text[:room]
    space = cut.rfind(" ")
    if space > room // 3:  # keep a whole word unless that would throw most of the excerpt away
        cut = cut[:space]
    return cut.rstrip(" ,;:.-") + ELLIPSIS


def quote_phrase(text: str, limit: int = 60) -> str | None:
    """Return a short, escaped excerpt of `text` that cannot mention, link or format; None if empty."""
    if not isinstance(text, str) or limit < 1:
        return None
    text = unicodedata.normalize("NFKC", text[: limit * 8])
    text = _DISCORD_TOKEN.sub(" ", text)
    text = _SPACES.sub(" ", _INVISIBLE.sub(" ", text)).strip()
    if not _MEANINGFUL.search(text):
        return None
    text = _truncate(text, limit)
    text = _MARKDOWN.sub(r"\\\1", text)
    # A zero-width space after @ stops @everyone, @here and @name from pinging anyone.
    return text.replace("@", "@" + ZWSP)
