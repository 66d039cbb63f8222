"""Guess which of the bot's supported non-English languages a chat message is written in.

`detect(text)` returns one of es, pt, fr, de, it, nl, pl, tr, id, tl, hi (Hindi typed in Latin
letters, Hinglish) or ja, and None for English, for anything else, and whenever the evidence is
thin. It is a small, table-driven scorer (stdlib only; well under 50 µs a short message, and
words are cached):

* Japanese is told by its script: any hiragana or katakana. Devanagari reads as Hindi.
* Latin-script text is folded to plain lowercase ASCII (accents dropped, so "nao" and "não" are
  the same word) and every word is looked up in per-language tables of function words, pronouns,
  everyday verbs, chat abbreviations and help words. A word scores 3 when it settles the language
  on its own ("ayuda", "hilfe", "nahi", "ako"), 2 or 1 when it is shared or ambiguous, and little
  or nothing when it is also an everyday English word ("me", "no", "a", "die", "was", "to").
  Words several languages share are listed once more in _SHARED with their lower score, and
  phrases English borrows whole ("c'est la vie", "hasta la vista") are dropped first.
* Unknown words of five letters or more add a capped point for a telling ending or letter group
  (Turkish "-iyorum", Polish "rz"/"cz", Dutch "ij"...).
* Letters only one or two languages use (ñ ¿ ã ß ł ş ğ ı ...) add a little, capped.
* English function words are counted too; the best language must reach 3 points, beat the
  runner-up by a point, and outscore English, so one loanword ("fiesta", "ciao", "danke" in an
  English sentence) or one ambiguous word is never enough. Each distinct word counts once.

The tables it reads (words, shared words, shapes, letters, English, loans, laughs) are in
langid_tables.py; this module merges them and scores a message.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bot.language.langid_tables import (
    _ENGLISH,
    _LAUGHS,
    _LETTER_CAP,
    _LETTERS,
    _LOANS,
    _PREFIXES,
    _SHAPE_CAP,
    _SHAPE_CAP_DEFAULT,
    _SHAPES,
    _SHARED,
    _TABLES,
)

LANGS = ("es", "pt", "fr", "de", "it", "nl", "pl", "tr", "id", "tl", "hi", "ja")

THRESHOLD = 3.0  # points the best language needs
MARGIN = 1.0  # points it must lead the runner-up by

_RUN3 = re.compile(r"(.)\1\1+")
_RUN2 = re.compile(r"(.)\1+")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)*")


def _parse(table: str) -> list[tuple[str, float]]:
    pairs = []
    for chunk in re.split(r"\n\s*(?=\d+(?:\.\d+)?:)", table.strip()):
        weight, _, words = chunk.partition(":")
        for word in words.split():
            pairs.append((word, float(weight)))
    return pairs


def _build() -> tuple[dict[str, tuple[tuple[str, float], ...]], dict[str, float]]:
    merged: dict[str, dict[str, float]] = {}
    for lang, table in _TABLES.items():
        for word, weight in _parse(table):
            slot = merged.setdefault(word, {})
            slot[lang] = max(slot.get(lang, 0.0), weight)
    for item in _SHARED.split():
        word, _, rest = item.partition(":")
        langs, _, shared_weight = rest.partition("=")
        for lang in langs.split(","):
            merged.setdefault(word, {})[lang] = float(shared_weight)
    lexicon = {word: tuple((lang, w) for lang, w in by.items() if w > 0) for word, by in merged.items()}
    english: dict[str, float] = {}
    for word, weight in _parse(_ENGLISH):
        english[word] = max(english.get(word, 0.0), weight)
    return lexicon, english


_LEXICON, _EN = _build()


def _fold_table() -> dict[int, str]:
    """Latin letters with marks -> plain lowercase ASCII, plus the letters that do not decompose."""
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFKD", chr(code))
        plain = "".join(c for c in base if not unicodedata.combining(c)).lower()
        if plain.isascii() and plain.isalpha():
            table[code] = plain
    table.update({ord(k): v for k, v in {
        "ł": "l", "Ł": "l", "ı": "i", "İ": "i", "ß": "ss", "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae",
        "œ": "oe", "Œ": "oe", "đ": "d", "Đ": "d", "’": "'", "‘": "'", "`": "'", "´": "'",
    }.items()})
    return table


_FOLD = _fold_table()


def _script(text: str) -> str | None:
    """Japanese by kana, Hindi by Devanagari; None when neither appears."""
    for ch in text:
        o = ord(ch)
        if 0x3040 <= o <= 0x30FF or 0x31F0 <= o <= 0x31FF or 0xFF66 <= o <= 0xFF9F:
            return "ja"
        if 0x0900 <= o <= 0x097F:
            return "hi"
    return None


def _lookup(token: str) -> tuple[tuple[str, float], ...] | None:
    hit = _LEXICON.get(token)
    if hit is None and len(token) > 3 and _RUN2.search(token):
        hit = _LEXICON.get(_RUN3.sub(r"\1", token))  # "ayudaaa" -> "ayuda"
        if hit is None:
            hit = _LEXICON.get(_RUN2.sub(r"\1", token))  # "nahii" -> "nahi"
    return hit


@lru_cache(maxsize=65536)
def _token(token: str) -> tuple[float, tuple[tuple[str, float], ...], tuple[tuple[str, float], ...]]:
    """What one folded word says: (English points, word points, shape points), cached per word."""
    e = _EN.get(token)
    english = e or 0.0
    hit = _lookup(token)
    if hit is None and "'" in token:
        parts = token.split("'")
        if e is None:
            english = sum(_EN.get(part, 0.0) for part in parts)
        hit = tuple(pair for part in parts for pair in _LEXICON.get(part, ()))
    if hit or e is not None or len(token) <= 3:
        return english, hit or (), ()
    for pattern, lang, w in _LAUGHS:
        if pattern.fullmatch(token):
            return english, ((lang, w),), ()
    if len(token) < 5 or "'" in token:
        return english, (), ()
    seen: dict[str, float] = {}
    for lang, w, endings, groups in _SHAPES:
        if w > seen.get(lang, 0.0) and (token.endswith(endings) or (groups and groups.search(token))):
            seen[lang] = w
    for lang, w, starts in _PREFIXES:
        if w > seen.get(lang, 0.0) and token.startswith(starts):
            seen[lang] = w
    return english, (), tuple(seen.items())


def scores(text: str) -> tuple[dict[str, float], float]:
    """Points per language and for English (exposed for tests and tuning)."""
    points: dict[str, float] = {}
    if not text.isascii():
        letters: dict[str, float] = {}
        for ch in set(text.lower()) | ({"İ"} if "İ" in text else set()):
            for lang, w in _LETTERS.get(ch, ()):
                letters[lang] = letters.get(lang, 0.0) + w
        for lang, w in letters.items():
            points[lang] = min(w, _LETTER_CAP)
        text = text.translate(_FOLD)
    english = 0.0
    shapes: dict[str, float] = {}
    low = text.lower()
    low = _LOANS.sub(" ", low)
    for token in set(_WORD.findall(low)):  # each word counts once: "la la la" is one "la"
        e, hit, shape = _token(token)
        english += e
        for lang, w in hit:
            points[lang] = points.get(lang, 0.0) + w
        for lang, w in shape:
            shapes[lang] = shapes.get(lang, 0.0) + w
    for lang, w in shapes.items():
        points[lang] = points.get(lang, 0.0) + min(w, _SHAPE_CAP.get(lang, _SHAPE_CAP_DEFAULT))
    return points, english


def detect(text: str) -> str | None:
    """The supported non-English language `text` is in, or None (English, unknown or unsure)."""
    if not text:
        return None
    script = None if text.isascii() else _script(text)
    if script is not None:
        return script
    points, english = scores(text)
    if not points:
        return None
    ranked = sorted(points.items(), key=lambda kv: kv[1], reverse=True)
    best, top = ranked[0]
    runner = ranked[1][1] if len(ranked) > 1 else 0.0
    if top < THRESHOLD or top - runner < MARGIN or top <= english:
        return None
    return best
