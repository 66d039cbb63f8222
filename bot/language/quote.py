"""Make a short excerpt of a person's own words safe to echo back in a Discord message."""

from __future__ import annotations

import difflib
import functools
import math
import re
import unicodedata
from collections.abc import Sequence

from bot.language.normalize import normalize

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


# -- a whole clause of theirs ---------------------------------------------------------------------------------
CLAUSE_LIMIT = 70
# Where a clause ends: sentence marks, commas, semicolons, colons, a dash between spaces, a new line, or a
# joining word that starts a new clause ("..., but i always", "tired and i'm useless", "so now i").
_BOUNDARY = re.compile(r"[.!?;:,]+(?=\s|$)|\s[-\u2013\u2014]+\s|\n|\s\(|\)\s"
                       r"|\s(?=(?:but|so|because|cause|though|although|which means|"
                       r"and (?:now|then|so|i|i'm|im|i've|ive|"
                       r"she|he|they|it|it's|its|everyone|nobody|no one|my|that))\s)", re.IGNORECASE)
# A clause that starts with who it is about stands as a thought on its own.
_SUBJECT = re.compile(r"(?:i|i'm|im|i've|ive|i'd|id|i'll|ill|my|me|nobody|no one|everyone|everybody|people|he|she|they|"
                      r"it|it's|its|this|that|there's|theres|we|we're)\b", re.IGNORECASE)
_LEADING = re.compile(r"^(?:(?:and|but|so|because|cause|though|although|honestly|ugh|like|just|well|yeah|and now|"
                      r"which means|tbh|lol|seriously|okay|ok)\b[\s,]*)+", re.IGNORECASE)
_END_FILLER = re.compile(r"[\s,]+(?:lol|lmao|haha|tbh|seriously|honestly|ugh|idk|man|like)$", re.IGNORECASE)


def _bounds(text: str) -> list[tuple[int, int]]:
    """The clauses of `text` as (start, end) spans, leading and trailing space left out."""
    spans, start = [], 0
    for match in _BOUNDARY.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


_EDGE_NOISE = re.compile(r"^(?:\s*(?:<[^<>]*>|@\w+|[:;=]-?[()DPp/\\|]+))+|(?:\s*(?:<[^<>]*>|@\w+|[:;=]-?[()DPp/\\|]+|"
                         r"[\u2600-\u27bf\U0001f300-\U0001faff]+))+\s*$")
_SHORT_OK = re.compile(r"(?:i|i'm|im|i've|ive|i'll|ill|my|nobody|no one|everyone|everybody)\b", re.IGNORECASE)


def _tidy(clause: str) -> str:
    """A clause without joining words or filler at its edges, mentions or emoticons at its ends."""
    for _ in range(2):
        clause = _END_FILLER.sub("", _LEADING.sub("", _EDGE_NOISE.sub("", clause.strip()).strip())).strip()
    return clause


def whole_clause(text: str, start: int, end: int, limit: int = CLAUSE_LIMIT) -> str | None:
    """The whole clause (or clauses) of `text` that hold text[start:end], at most `limit` characters, or None.

    Never cut mid-word or mid-thought: when the clauses are too long, the matched words from their start
    to the clause's end are kept only if they start with who it's about ("i'm such a failure"); else None.
    A clause of fewer than four words is a quote only when it starts with who it's about ("i'm a burden",
    not "me getting fired"); mentions, emoticons and filler at its edges are left out.
    """
    if not isinstance(text, str) or not 0 <= start < end <= len(text):
        return None
    spans = [s for s in _bounds(text) if s[0] < end and s[1] > start]
    if not spans:
        return None
    first, last = spans[0][0], spans[-1][1]
    clause = _tidy(text[first:last])
    if len(clause) > limit:
        clause = _tidy(text[start:last]) if _SUBJECT.match(text[start:last].lstrip()) else ""
    words = len(clause.split())
    if not clause or len(clause) > limit or not _MEANINGFUL.search(clause) or words < 2 \
            or (words < 4 and not _SHORT_OK.match(clause)):
        return None
    return clause


QUOTE_LIMIT = CLAUSE_LIMIT  # phrase_of gives whole clauses this short: quote() never cuts them
_ESCAPED = re.compile(r"\\(.)", re.DOTALL)
_TRAILING = " \t\n.,;:!?-\u2026"


def unescape(escaped: str) -> str:
    """A quote escaped for Discord (quote_phrase) as plain text: no backslashes, no zero-width spaces."""
    return _ESCAPED.sub(r"\1", escaped).replace("@\u200b", "@")


def quote(phrase: str | None, markup: str = "discord", limit: int = QUOTE_LIMIT) -> str | None:
    """The person's words as the figure quotes them: escaped once, in italics (discord), or plain in quotes."""
    if phrase is None:
        return None
    escaped = quote_phrase(phrase.strip().rstrip(_TRAILING), limit)
    if escaped is None:
        return None
    if markup == "plain":
        return f"\u201c{unescape(escaped)}\u201d"
    if markup != "discord":
        raise ValueError(f"unknown markup {markup!r} (discord or plain)")
    return f"*{escaped}*"


_TOKEN = re.compile(r"\S+")
_WORD = re.compile(r"\w")


@functools.lru_cache(maxsize=8192)
def _words(text: str) -> tuple[str, ...]:
    """The normalized words of a token or phrase (cached: the same short tokens come again and again)."""
    return tuple(w for w in normalize(text).split() if _WORD.search(w))


def phrase_of(text: str, matched: str | Sequence[str] | None) -> str | None:
    """The person's own words for the doubt the detector matched (normalized), found in their message.

    The match is aligned word by word against the message ("i am such a failure" finds "I'm such a
    failure"), so their spelling and casing are kept, and widened to the whole clause that holds it
    (quote.whole_clause: never cut mid-word or mid-thought, at most CLAUSE_LIMIT characters). The first
    candidate that gives such a clause wins; None when none does (then nothing is quoted).
    """
    if not isinstance(text, str) or not text.strip() or not matched:
        return None
    candidates = (matched,) if isinstance(matched, str) else tuple(m for m in matched if isinstance(m, str))
    tokens = [(m.start(), m.end(), _words(m.group())) for m in _TOKEN.finditer(text[:4000])]
    flat = [(word, index) for index, (_, _, words) in enumerate(tokens) for word in words]
    words = [word for word, _ in flat]
    for candidate in candidates:
        want = _words(candidate)
        if not want or not words:
            continue
        matcher = difflib.SequenceMatcher(None, words, list(want), autojunk=False)
        blocks = [b for b in matcher.get_matching_blocks() if b.size]
        if not blocks or sum(b.size for b in blocks) < max(1, math.ceil(0.6 * len(want))):
            continue
        if blocks[-1].a + blocks[-1].size - blocks[0].a > len(want) + 4:  # scattered: keep the longest run
            blocks = [max(blocks, key=lambda b: b.size)]
        first, last = flat[blocks[0].a][1], flat[blocks[-1].a + blocks[-1].size - 1][1]
        clause = whole_clause(text, tokens[first][0], tokens[last][1])
        if clause is not None and _WORD.search(clause):
            return clause.rstrip(_TRAILING)
    return None
