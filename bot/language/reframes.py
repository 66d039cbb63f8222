"""The inner-wisdom figure's answers: reframes composed from what was understood, and acknowledgements.

A reframe opens, when the message tells what happened apart from the doubt, by saying that back in the
person's own words (ReframeBook.reflect: reflect.event_of, in a frame of `reflections:`; doubts only, never
a check, crisis, abuse or grief), then is composed (ReframeBook.compose) from three pools of
dialogues/reframes.yaml:
  1. an acknowledgement of the theme that names the struggle, and the area of life when known
     ("Feeling like a failure at work cuts deep."), quoting the person's own doubt when there is one;
     or, when their wording names the thinking trap plainly (traps.explicit_trap), the trap's own
     acknowledgement (`feelings:`), which fits the words better than a theme the model guessed;
  2. a perspective that answers the thinking trap (in that area when an entry is written for it), or,
     when the trap is not known, a truer view of the theme;
  3. sometimes one small, concrete step for today (for the trap the wording names, else for the area
     when one is written, else any).
answer() reads the trap (traps.trap_of: a plain cue over the model's), the area (area.area_of, the doubt's
own sentence first) and the quote (a whole clause of theirs, or none) from the message itself.
The figure never asks: the journey doesn't wait for an answer, so no text holds a question.

Shapes, and the "That helped" / "Not really" answer (`helped`):
  - "view" is acknowledgement + perspective; "step" is acknowledgement + step; "view+step" is all three.
  - With no answer (None): every third reframe of a person is "view+step", the others "view"; a
    person's first reframe is "view+step" for about half the messages (answer()'s salt).
  - "That helped" (True): the same shape as the last reframe.
  - "Not really" (False): a different shape. After a shape with a perspective, "step" (no arguing, one
    small thing to do); after "step", "view". The texts are fresh either way (no repeats, below).
  The last shape is read from `seen`: the ids after the last acknowledgement id are the last reframe's.

Repeats: each pool (a theme's acknowledgements, a theme's views, a trap's perspectives in an area, an
area's steps, a weight's acknowledgements) gives a person every text once before any text again, and
then starts over without the one they saw last. Which fresh text: the book's rng's choice, else the
one a number made from the message points at (answer() passes it), else the first. `seen` is the ids
remembered per person, oldest first; an entry may join several ids with "+" (what `choose` returns for
old callers).

Quoting: `phrase_of(text, matched)` finds the person's own words for the doubt the detector matched
(`Assessment.matched` is normalized text) in their message; `compose(..., phrase=...)` quotes them once:
markup="discord" (default) escapes them once for Discord's markdown and mentions (quote_phrase) and sets
them in italics; markup="plain" (the console, `wellspring classify`) gives the same words unescaped in
quotation marks. `unescape()` turns a Discord-escaped quote back into plain text.
"""

from __future__ import annotations

import functools
import random
import re
import zlib
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path
from typing import Any

import bot.language.tiers as tiers
from bot.content import ContentError, ContentInvalid
from bot.language.area import area_of
from bot.language.assess import THEMES
from bot.language.normalize import normalize
from bot.language.quote import phrase_of, quote, quote_phrase, unescape
from bot.language.reflect import EVENT_LIMIT, event_of, say_back
from bot.language.reframe_file import (
    ACKS,
    AREAS,
    GENERAL,
    MAX_TEXT,
    MIN_PER_THEME,
    MIN_PER_TRAP,
    SHAPES,
    TRAPS,
    Piece,
    Reframe,
    read_reframes,
)
from bot.language.situation_file import read_situations
from bot.language.traps import cue_words, explicit_trap, labels_named, trap_of
from bot.language.weight import KINDS, OVER_DOUBT, weigh

__all__ = ["AREAS", "GENERAL", "MAX_TEXT", "MIN_PER_THEME", "MIN_PER_TRAP", "Piece", "Reframe", "ReframeBook", "SHAPES",
           "TRAPS", "area_of", "load_reframes", "phrase_of", "points_at_a_word", "quote", "quote_phrase", "unescape"]

# The area an acknowledgement would name twice: "feeling bad about how you look about your body".
_IMPLIED_AREA = {"appearance": "body"}
PHRASE_SLOT = "{phrase}"
# A situation's view of these traps may name the label it answers ("Stupid is a word for..."); it is said only
# to a person who used that word (situated).
NAMING = ("labeling", "mind_reading")
_names = functools.lru_cache(maxsize=None)(labels_named)  # for the book's own texts only, never a person's
OPENINGS = (*ACKS, "situation_acks")  # the sections a reframe opens with (a person's reframes are counted by them)
# Words that judge oneself: a mishap told with them ("i forgot her birthday, i'm an awful friend") is a doubt.
_SELF_JUDGED = re.compile(r" (?:i am|i always|i never|i will never|i ruin|i mess|i must be|i should|my fault|"
                          r"i cannot do|"
                          r"i do everything wrong|i can never|i hate myself|what is wrong with me) ")


def _salt(text: str) -> int:
    """A number from the message's words: the same message gets the same answer, different ones differ."""
    return zlib.crc32(normalize(text).encode("utf-8"))


# Words that point at a word of theirs ("a word like that", "that should"): only after the word is quoted.
_POINTING = re.compile(r"\b(?:that word|a word like that|those words|that should|that label|calling yourself that|"
                       r"that name|those names)\b", re.IGNORECASE)


def points_at_a_word(piece: Piece) -> bool:
    """Whether a text points at the person's word without quoting it ("A word like that is a label")."""
    return bool(_POINTING.search(piece.text.replace(PHRASE_SLOT, "")))


def _pointing_ok(pool: Sequence[Piece], quoted: bool) -> list[Piece]:
    """The pool, without the texts that point at a word, when no word of theirs is quoted (if any are left)."""
    return list(pool) if quoted else [p for p in pool if not points_at_a_word(p)] or list(pool)


def _expand(seen: Collection[str]) -> list[str]:
    """The ids in `seen`, oldest first; an entry of several ids joined with "+" counts as each of them."""
    ids: list[str] = []
    for entry in seen:
        if isinstance(entry, str):
            ids.extend(entry.split("+"))
    return ids


class ReframeBook:
    """Every pool of the figure's answers; composes reframes and acknowledgements a person hasn't seen yet."""

    def __init__(self, pieces: Sequence[Piece], where: Mapping[str, str] | None = None,
                 rng: random.Random | None = None):
        self._pools: dict[tuple[str, str], tuple[Piece, ...]] = {}
        for piece in pieces:
            self._pools[(piece.section, piece.key)] = (*self._pools.get((piece.section, piece.key), ()), piece)
        self._by_id: dict[str, Piece] = {p.id: p for p in pieces}
        self.where: dict[str, str] = dict(where or {})
        self.themes: tuple[str, ...] = tuple(t for t in THEMES if self._pools.get(("themes", t)))
        self._rng = rng

    # -- pools ------------------------------------------------------------------------------------------
    def pool(self, theme: str, section: str = "themes") -> tuple[Piece, ...]:
        """Every text of one pool, in file order: a theme's acknowledgements unless `section` says otherwise."""
        key = (section, theme)
        if key not in self._pools:
            raise ValueError(f"unknown {section} pool {theme!r}")
        return self._pools[key]

    def pools(self, section: str) -> dict[str, tuple[Piece, ...]]:
        """Every pool of a section (themes, views, traps, steps, weights), by key."""
        return {key: pool for (sec, key), pool in self._pools.items() if sec == section}

    def piece(self, piece_id: str) -> Piece | None:
        return self._by_id.get(piece_id)

    # -- choosing -----------------------------------------------------------------------------------------
    def _pick(self, pool: Sequence[Piece], seen: Sequence[str], prefer: Any = None, salt: int | None = None) -> Piece:
        """A text of `pool` not in `seen`; once all are seen, any but the one seen last. `prefer` narrows, if it can.

        Which of the fresh texts: the book's rng's choice; else the one `salt` (a number from the message)
        points at, so different messages get different texts; else the first."""
        seen_set = set(seen)
        fresh = [p for p in pool if p.id not in seen_set]
        if not fresh:
            ids = {p.id for p in pool}
            last = next((i for i in reversed(seen) if i in ids), None)
            fresh = [p for p in pool if p.id != last] or list(pool)
        if prefer is not None:
            fresh = [p for p in fresh if prefer(p)] or fresh
        if self._rng:
            return self._rng.choice(fresh)
        return fresh[salt % len(fresh)] if salt is not None else fresh[0]

    def last_shape(self, seen: Collection[str]) -> str | None:
        """The shape of the person's last reframe, read from `seen`; None before their first."""
        ids = _expand(seen)
        starts = [i for i, pid in enumerate(ids) if (p := self._by_id.get(pid)) is not None and p.section in OPENINGS]
        if not starts:
            return None
        after = [self._by_id[pid] for pid in ids[starts[-1] + 1:] if pid in self._by_id]
        view = any(p.section in ("views", "traps", "situation_views") for p in after)
        step = any(p.section in ("steps", "situation_steps") for p in after)
        return "view+step" if view and step else "step" if step else "view"

    def shape(self, seen: Collection[str], helped: bool | None = None, salt: int | None = None) -> str:
        """Which shape the next reframe takes (see the module's docstring for the rule)."""
        last = self.last_shape(seen)
        if last is not None and helped is False:
            return "view" if last == "step" else "step"
        if last is not None and helped is True:
            return last
        count = sum(1 for pid in _expand(seen) if (p := self._by_id.get(pid)) is not None and p.section in OPENINGS)
        if count == 0 and salt is not None and salt % 2 == 0:
            return "view+step"  # a person's first reframe: half the messages get a step too
        return "view+step" if count % 3 == 2 else "view"

    def compose(self, theme: str | None, trap: str | None, area: str | None, seen: Collection[str],
                phrase: str | None, helped: bool | None = None, *, markup: str = "discord",
                feeling: bool = False, salt: int | None = None) -> tuple[tuple[str, ...], str]:
        """The figure's answer to a doubt: (the ids used, to remember in `seen`; the text).

        `theme` and `trap` come from the assessment (unknown ones fall back to the general pools and the
        theme's views), `area` from area_of(text), `phrase` is the person's own words for the doubt
        (phrase_of(text, assessment.matched)), raw: it is escaped here, once, for `markup`. With `feeling`
        (the wording names the trap plainly but the theme is only the model's guess), the acknowledgement
        is the trap's (`feelings:`), which fits the wording, rather than the theme's. `salt` (answer()
        passes one from the message) picks among fresh texts, whether to quote (about half the time) and
        whether a first reframe carries a step; without it, the first fresh text, always quoting.
        """
        return self._compose(theme, trap, area, seen, quote(phrase, markup), helped, feeling, salt)

    def _compose(self, theme: str | None, trap: str | None, area: str | None, seen: Collection[str],
                 quoted: str | None, helped: bool | None, feeling: bool = False,
                 salt: int | None = None) -> tuple[tuple[str, ...], str]:
        ids = _expand(seen)
        key = theme if theme is not None and ("themes", theme) in self._pools else GENERAL
        if theme is not None and key == GENERAL and theme not in THEMES:
            raise ValueError(f"unknown theme {theme!r}")
        area = area if area in AREAS else None
        where = "" if area is None or _IMPLIED_AREA.get(key) == area else self.where.get(area, "")
        salts = (None, None, None, None) if salt is None else (salt, salt // 7, salt // 49, salt // 343)
        if quoted is not None and salt is not None and salt // 2401 % 2:
            quoted = None  # quote about half the time: always quoting is a tic a reader hears
        prefer_quote = (lambda p: p.quotes) if quoted is not None \
            else (lambda p: not p.quotes and not points_at_a_word(p))
        acks = self._pools.get(("feelings", trap)) if feeling and trap is not None else None
        ack = self._pick(acks or self._pools[("themes", key)], ids, prefer_quote, salts[0])
        quoted_any = quoted is not None and ack.quotes  # "a word like that" needs the word said in this answer
        used, parts = [ack], [ack.render(quoted, where)]
        shape = self.shape(seen, helped, salts[3])
        if "view" in shape:
            if trap is not None and ("traps", trap) in self._pools:
                fits = [p for p in self._pools[("traps", trap)]
                        if not p.areas or (area is not None and area in p.areas)]
                view = self._pick(_pointing_ok(fits, quoted_any), ids, lambda p: bool(p.areas), salts[1])
            else:
                views = self._pools.get(("views", key)) or self._pools[("views", GENERAL)]
                view = self._pick(_pointing_ok(views, quoted_any), ids, None, salts[1])
            used.append(view)
            parts.append(view.text)
        if "step" in shape:
            step = self._step(trap if feeling else None, area, ids, salts[2])
            used.append(step)
            parts.append(step.text)
        return tuple(p.id for p in used), " ".join(parts)

    def _step(self, trap: str | None, area: str | None, ids: Sequence[str], salt: int | None) -> Piece:
        """A step for the trap the wording names, else for the area (or any), preferring the narrower."""
        if trap is not None and ("steps", trap) in self._pools:
            return self._pick(self._pools[("steps", trap)], ids, None, salt)
        steps = (*self._pools.get(("steps", area or "any"), ()), *self._pools[("steps", "any")]) \
            if area not in (None, "any") else self._pools[("steps", "any")]
        return self._pick(tuple(dict.fromkeys(steps)), ids, lambda p: p.key != "any", salt)

    def acknowledge(self, kind: str, seen: Collection[str]) -> tuple[str, str]:
        """An acknowledgement of a heavy message that is not a doubt (weight.KINDS): (id, text)."""
        if ("weights", kind) not in self._pools:
            raise ValueError(f"unknown weight {kind!r} (known: {', '.join(KINDS)})")
        piece = self._pick(self._pools[("weights", kind)], _expand(seen))
        return piece.id, piece.text

    def answer(self, text: str, assessment: Any, seen: Collection[str], helped: bool | None = None, *,
               markup: str = "discord") -> tuple[tuple[str, ...], str, str] | None:
        """What the figure says to free text that is not a crisis: (ids, text, event label), or None.

        Abuse is acknowledged over any doubt, with resources (never a reframe of self-blame for being
        hurt). Grief is acknowledged over any doubt too; when the grieving words show a thinking trap
        plainly ("i should be over it by now"), the acknowledgement is followed by that trap's gentle
        perspective written for grief, never an argument. A doubt is reframed, unless the model (not a
        rule) read it from a mishap or bad luck told without judging oneself ("i burnt the potatoes";
        "i burnt dinner, i'm useless" is still a doubt); other weights are acknowledged; anything else is
        None (the journey takes the text as before). Call it only after the crisis check.

        When the message tells an event apart from the doubt, the answer opens by saying it back
        (reflect()); a written situation then joins only from tiers.SITUATION_REFLECTED_AT.
        What the reframe answers: the trap the wording names (traps.trap_of: an explicit cue over the
        model's trap), the area of the doubt's own sentence (area_of), and a whole clause of theirs to
        quote (phrase_of over the rules' match, else the trap cue's words; the model's first words only
        guess where the doubt is, so they are never quoted).
        """
        kind = weigh(text)
        theme = getattr(assessment, "theme", None)
        doubt = bool(theme) and getattr(assessment, "kind", None) in ("doubt", "check")
        trap = trap_of(text, getattr(assessment, "trap", None))
        small = (kind in ("mishap", "bad_luck") and getattr(assessment, "family", None) == "model"
                 and not _SELF_JUDGED.search(f" {normalize(text)} "))  # "i burnt the potatoes", read as a doubt
        named = explicit_trap(text)
        if kind == "grief" and named is not None:  # "it's a year since dad died, i should be over it by now"
            return self._grieving(named, seen)
        if kind is not None and (kind in OVER_DOUBT or not doubt or small):
            piece_id, said = self.acknowledge(kind, seen)
            return (piece_id,), said, f"weight:{kind}"
        if not doubt:
            return None
        cue = cue_words(text)
        matched = tuple(m for m in getattr(assessment, "matched", ()) if isinstance(m, str))
        ruled = getattr(assessment, "family", None) == "rules"
        where_words = matched[0] if ruled and matched else cue
        candidates = (*matched, *((cue,) if cue else ())) if ruled else ((cue,) if cue else ())
        # The trap's acknowledgement fits the wording; but a label the rules read as a theme ("im such a
        # burden") is answered best by that theme's own acknowledgement.
        feeling = named is not None and named == trap and not (ruled and named == "labeling")
        phrase = phrase_of(text, candidates)
        # A comparison said back ("Your sister is so pretty") reads as agreeing with it: not said back.
        says_back = getattr(assessment, "kind", None) == "doubt" and trap != "comparing"
        reflection = self.reflect(text, phrase, seen, markup) if says_back else None
        # Said back, the event is theirs; a written situation must then be nearer still to join it.
        bar = tiers.SITUATION_REFLECTED_AT if reflection else tiers.SITUATION_AT
        situation = self.situation_of(text, getattr(assessment, "situations", ()), where_words, bar)
        fitted = self.situated(situation, trap, seen, helped, _salt(text), text) if situation else None
        if fitted is not None:
            ids, said = fitted
        else:
            ids, said = self.compose(theme, trap, area_of(text, where_words), seen, phrase, helped, markup=markup,
                                     feeling=feeling, salt=_salt(text))
        if reflection is not None:
            ids, said = (reflection[0], *ids), f"{reflection[1]} {said}"
        return ids, said, f"reframe:{theme}"

    def reflect(self, text: str, phrase: str | None, seen: Collection[str],
                markup: str = "discord") -> tuple[str, str] | None:
        """What happened, said back in the person's words (reflect.event_of), in a frame they haven't seen
        lately: (id, text), or None when the message tells no event apart from the doubt (or the book has
        no reflections). Escaped once for Discord's markdown; plain in the console."""
        frames = self._pools.get(("reflections", "any"))
        event = event_of(text, phrase) if frames else None
        if not frames or event is None:
            return None
        escaped = quote_phrase(event, EVENT_LIMIT + 10) if markup == "discord" else event
        if escaped is None:
            return None
        frame = self._pick(frames, _expand(seen), None, _salt(text) // 16807)
        return frame.id, say_back(frame.text, escaped)

    def situation_of(self, text: str, near: Sequence[tuple[str, float]], where_words: str | None = None,
                     at: float | None = None) -> str | None:
        """The written situation a doubt comes from: of the nearest (id, cosine) pairs, the best whose area
        is the one the message names (area_of), if close enough (tiers.SITUATION_AT); when it names none,
        the best of all if closer still (SITUATION_UNPLACED_AT) and ahead of every other area's by
        SITUATION_LEAD (a bare "i'm such a failure" sits as near a job, an exam and a firing: no one
        of them is what was said); else None. `at` raises the bar (never lowers it)."""
        placed_at = max(tiers.SITUATION_AT, at or 0.0)
        unplaced_at = max(tiers.SITUATION_UNPLACED_AT, at or 0.0)
        known = [(sid, score) for sid, score in near if ("situation_acks", sid) in self._pools]
        if not known:
            return None
        area = area_of(text, where_words)
        if area in (None, "other"):  # close enough, and plainly nearer to it than to any other area's
            sid, score = known[0]
            own = self._pools[("situation_acks", sid)][0].areas
            rival = max((s for i, s in known if self._pools[("situation_acks", i)][0].areas != own), default=0.0)
            return sid if score >= unplaced_at and score - rival >= tiers.SITUATION_LEAD else None
        for sid, score in known:
            if self._pools[("situation_acks", sid)][0].areas == (area,):
                return sid if score >= placed_at else None
        return None

    def situated(self, situation: str, trap: str | None, seen: Collection[str], helped: bool | None = None,
                 salt: int | None = None, said: str = "") -> tuple[tuple[str, ...], str] | None:
        """The answer written for a situation (situations.yaml): its acknowledgement, its view for the trap
        (else its `any` view, else another) and, by the shape, its step; (ids, text). None when the book has
        no such situation or the person has seen all its acknowledgements (the pools answer instead).
        A view that names a label the person's words (`said`) don't ("Stupid is a word..." to "i'm
        useless", "You can't know they think you're incompetent" to "they must think im an idiot") is left out."""
        ids = _expand(seen)
        acks = self._pools.get(("situation_acks", situation), ())
        if not acks or all(p.id in ids for p in acks):
            return None
        salts = (None, None, None, None) if salt is None else (salt, salt // 7, salt // 49, salt // 343)
        used = [self._pick(acks, ids, None, salts[0])]
        shape = self.shape(seen, helped, salts[3])
        own = labels_named(said)
        views = [p for p in self._pools.get(("situation_views", situation), ())
                 if p.trap not in NAMING or not _names(p.text) or _names(p.text) & own]
        if "view" in shape and views:
            fits = [p for p in views if p.trap == trap] or [p for p in views if p.trap == "any"] or list(views)
            used.append(self._pick(fits, ids, None, salts[1]))
        if "step" in shape:
            steps = self._pools.get(("situation_steps", situation), ())
            used.append(self._pick(steps, ids, None, salts[2]) if steps else self._step(None, None, ids, salts[2]))
        return tuple(p.id for p in used), " ".join(p.text for p in used)

    def _grieving(self, trap: str, seen: Collection[str]) -> tuple[tuple[str, ...], str, str]:
        """Grief's acknowledgement, then the trap's perspective written for grief (else none)."""
        ids = _expand(seen)
        piece_id, said = self.acknowledge("grief", seen)
        fits = [p for p in self._pools[("traps", trap)] if "grief" in p.areas]
        if not fits:
            return (piece_id,), said, "weight:grief"
        view = self._pick(fits, ids)
        return (piece_id, view.id), f"{said} {view.text}", "weight:grief"

    def choose(self, theme: str, seen: Collection[str], phrase: str | None = None) -> tuple[str, str]:
        """Old callers: (ids joined with "+", text) for a doubt of `theme`.

        `phrase` is what old callers pass: already escaped by quote_phrase, so it is not escaped again.
        New callers use compose() (or answer()) with the raw phrase.
        """
        if theme not in THEMES or ("themes", theme) not in self._pools:
            raise ValueError(f"unknown theme {theme!r}")
        quoted = f"*{phrase.strip()}*" if phrase is not None and phrase.strip() else None
        ids, text = self._compose(theme, None, None, seen, quoted, None)
        return "+".join(ids), text



def load_reframes(path: Path, rng: random.Random | None = None) -> ReframeBook:
    """Read and validate reframes.yaml (reframe_file.read_reframes) and, beside it, situations.yaml when
    there is one (situation_file.read_situations); raise ContentInvalid listing every problem of both."""
    errors: list[ContentError] = []
    pieces: list[Piece] = []
    where: dict[str, str] = {}
    try:
        pieces, where = read_reframes(Path(path))
    except ContentInvalid as exc:
        errors += exc.errors
    situations = Path(path).with_name("situations.yaml")
    if situations.exists():
        try:
            pieces = [*pieces, *read_situations(situations)[0]]
        except ContentInvalid as exc:
            errors += exc.errors
    if errors:
        raise ContentInvalid(errors)
    return ReframeBook(pieces, where, rng)
