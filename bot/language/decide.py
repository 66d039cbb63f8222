"""Decide what a message says from the rules and, beside them, a learned model's reading.

With the semantic model (bot/language/heads.py on the e5 encoder; see docs/language.md) the two run
side by side and neither gates the other (`combine`): a help request or a crisis the rules find is a
crisis, unless the speaker plainly denies every crisis phrase ("i'm not suicidal, just tired":
bot/language/denial.py), when the model decides (and, with no model reading, the bot asks); the
model's crisis probability alone can make any message a crisis or a check at the tiers in
bot/language/tiers.py; a model that failed on the message makes it a check (fail closed); then a
usage question; then a doubt if the rules find one held by the speaker or the model's doubt
probability reaches its tier (the rules still veto a doubt they are sure is denied or someone
else's). The theme comes from the rules when they fire, else from the model's theme head.

Where the encoder cannot run (no wheel for the platform), `decide(text, model)` is the rules-only
path below, with the small pure-Python model.bin as the doubt helper, as before:
Crisis if the rules say crisis or the model's crisis probability reaches its threshold; the model
never reads the everyday idioms the rules set aside ("this commute is killing me"), so those stay
none. A doubt if the rules find one held by the speaker, or the model's doubt probability reaches
its threshold, unless the rules are certain the message denies a doubt ("i do not think i am a
burden") or reports someone else's ("my brother thinks he is a failure"). The theme comes from the
rules when they fire, else from the model's theme weights.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import bot.language.registry as registry
import bot.language.tiers as tiers
from bot.language.crisis_languages import read_stated
from bot.language.crisis_patterns import IDIOMS, find_crisis
from bot.language.denial import crisis_reading
from bot.language.doubt_patterns import ANY_DOUBT, DENIED, FIRST_PERSON, REPORTED, THEME_PATTERNS
from bot.language.kindness import KINDNESS
from bot.language.model import Model
from bot.language.normalize import CLAUSE_MARK, mark_clauses, normalize

if TYPE_CHECKING:
    from bot.language.heads import Reading

THEMES: tuple[str, ...] = (
    "not_enough",
    "failure",
    "unlovable",
    "worthless",
    "burden",
    "self_blame",
    "comparison",
    "impostor",
    "hopeless",
    "appearance",
    "not_belonging",
)

CRISIS = "crisis"
# Between a clear crisis and nothing: the bot asks one direct, caring question first.
CHECK = "check"
DOUBT = "doubt"
NONE = "none"
# What find_doubt says when the rules found doubts but the speaker held none of them.
DENIED_DOUBT = "denied"
# The old pure-Python model's crisis vote stays off (rules-only path): it called 14 of 40 everyday sentences
# with a time or place in them a crisis ("tonight i'm going to the movies"). It only adds doubts, where a false
# alarm costs a gentle reframe; turn it on again once it passes that list.
MODEL_DECIDES_CRISIS = False
# The semantic model's crisis vote is on: out of fold it takes over few everyday plans at CRISIS_AT
# (docs/language.md; tests/language/test_everyday.py holds everyday.tsv to it).
SEMANTIC_DECIDES_CRISIS = True
# How many of the message's words a model finding quotes as what matched.
_QUOTED_WORDS = 12


@dataclass(frozen=True, slots=True)
class Assessment:
    """What a message says: its kind, the doubt's theme, and the normalized words that matched.

    kind is crisis (care at once), check (ask one caring question first), doubt or none. `help` is
    set for a plain request for help or a statement of not being safe (always crisis); `usage` for a
    question about using the bot ("help, how do i go back?"), answered with the help text. `lang` is
    the message's language code when it is not English (None for English or unknown), so the crisis
    reply can be given in it. `family` names the rule family or "model" that decided.
    """

    kind: str
    theme: str | None
    matched: tuple[str, ...]
    trap: str | None = None
    family: str | None = None
    help: bool = False
    usage: bool = False
    lang: str | None = None
    other: bool = False  # the crisis the rules found is someone else's ("my friend says she wants to die")
    situations: tuple[tuple[str, float], ...] = ()  # written situations nearest a doubt (situations.py), best first


NOTHING = Assessment(NONE, None, ())
# Not enough of a thing, not of oneself ("i don't have enough time", "never enough money"): the model
# alone hears "not enough" as the doubt of that name. A doubt the rules find ("i'm not enough") still stands.
_LACKING = re.compile(r" (?:do not|dont|never|not|barely|hardly) (?:have |get |got |had |getting )?enough "
                      r"(?:time|hours|money|cash|sleep|rest|energy|space|room|battery|staff|people|players|food|days|"
                      r"chairs|coffee|milk|water|storage|followers|parking|light)\b"
                      r"(?! (?:for|to) (?:anyone|anybody|them|him|her)\b)")
_JUDGED = re.compile(r" (?:i am|i will never|i always|i never do|my fault|i hate myself|what is wrong with me"
                     r"|i feel like a) ")


# The theme of each ANY_DOUBT family, by index.
_THEME_NAMES = tuple(theme for theme, _ in THEME_PATTERNS)


def _held(marked: str, clause_start: int, match: re.Match[str]) -> bool:
    """Whether the speaker holds the matched belief, rather than denying or reporting it."""
    if DENIED.search(marked, clause_start, match.start()):
        return False  # "i do not think i am a burden": the belief is denied in its own clause
    if _WHISPERED.search(marked, 0, match.start()):
        # "the tunnel voices said i'm a burden": the exercise's whispers, reported (the model still reads it)
        return False
    # "my friend thinks everyone else has it together": their words, not the speaker's.
    return not (REPORTED.search(marked, clause_start, match.start()) and not FIRST_PERSON.search(match.group()))


# The tunnel's whispers reported as what they say: an answer to the exercise, not a belief held.
_WHISPERED = re.compile(r"\b(?:whispers?|whispering|voices?|tunnel)\b(?:(?! \| ).){0,40}?\b(?:say|says|said|saying|"
                        r"whisper|whispers|whispered|tell me|told me|tells me|call me|called me)\b"
                        r"|\b(?:whispers?|voices?|tunnel)\b.{0,60}?\bthey (?:say|said|whisper|whispered|tell me|told "
                        r"me)\b")


def find_doubt(marked: str) -> tuple[str, str] | str | None:
    """Return (theme, matched words) for the earliest clause holding a doubt; DENIED_DOUBT if doubts
    were found but none held; else None.

    One pass of ANY_DOUBT finds the earliest clause where some rule matches (most messages have
    none and stop there); within that clause the themes are tried in THEME_PATTERNS order, so the
    more specific wins. A match may run past its clause (comparisons do), so none is cut short.
    No rule matches in the clause before the hit, so each theme's matches are read from there:
    the same pass goes on from the hit to the clause's end (ANY_DOUBT.clause_by_family), rather
    than a search for the hit and a second pass from it.
    """
    pos = 0
    unheld = None
    while True:
        start, found = ANY_DOUBT.clause_by_family(marked, pos, CLAUSE_MARK)
        if start < 0:
            return unheld
        clause_start = marked.rfind(CLAUSE_MARK, 0, start) + 1
        clause_end = marked.find(CLAUSE_MARK, start + 1)
        for index in sorted(found):  # the themes that matched, in THEME_PATTERNS order
            for match in found[index]:
                if _held(marked, clause_start, match):
                    return _THEME_NAMES[index], match.group().strip()
                unheld = DENIED_DOUBT
        pos = clause_end


def model_text(normalized: str) -> str:
    """The words the model reads: normalized text without the idioms the rules set aside, nor kindness to oneself."""
    padded = f" {normalized} "
    found = False
    if IDIOMS.search(padded) is not None:
        padded, found = IDIOMS.sub(" ", padded), True
    if " myself " in padded and KINDNESS.search(padded) is not None:  # most messages skip the search
        padded, found = KINDNESS.sub(" ", padded), True
    return " ".join(padded.split()) if found else normalized


def _about_others_only(normalized: str) -> bool:
    """Whether a message reports someone else's words and never says "i", "me" or "my"."""
    return not FIRST_PERSON.search(normalized) and REPORTED.search(f" {normalized} ") is not None


def _help_finder():
    """bot.language.help_requests.find_help if another part of the project provides it, else None."""
    try:
        from bot.language.help_requests import find_help
    except Exception:  # noqa: BLE001 - absent or broken: the rules and the model still read everything
        return None
    return find_help


def _language_finder():
    """bot.language.langid's detector if present, else None."""
    try:
        import bot.language.langid as langid
    except Exception:  # noqa: BLE001
        return None
    return getattr(langid, "detect", None) or getattr(langid, "detect_language", None)


_FIND_HELP = _help_finder()
_DETECT = _language_finder()


def _help_of(text: str) -> tuple[bool, bool]:
    """(help, usage) as find_help reads the message; (False, False) when it is absent or fails."""
    if _FIND_HELP is None:
        return False, False
    try:
        found = _FIND_HELP(text)
    except Exception:  # noqa: BLE001 - a bug there must not hide a crisis here
        return False, False
    return found == "help", found == "usage"  # find_help answers "help", "usage" or None


def _lang_of(text: str) -> str | None:
    if _DETECT is None:
        return None
    try:
        code = _DETECT(text)
    except Exception:  # noqa: BLE001
        return None
    if isinstance(code, tuple):
        code = code[0] if code else None
    code = getattr(code, "lang", code)
    return None if not code or code in ("en", "und", "unknown") else str(code)


@dataclass(frozen=True, slots=True)
class RulesReading:
    """What the rules make of a message, before any model: read once, combined with any reading."""

    normalized: str
    crisis: str | None  # the crisis phrase the rules found
    family: str | None  # which crisis family it came from (registry.py); for other_crisis only when "stated"
    doubt: tuple[str | None, str] | None  # (theme, words) of a doubt the speaker holds
    denied: bool  # doubts found, none held (denied or someone else's)
    about_others: bool  # reports someone else's words and never says i / me / my
    help: bool = False
    usage: bool = False
    lang: str | None = None
    denied_crisis: str | None = None  # a crisis phrase the speaker plainly denied, when none is held
    other_crisis: str | None = None  # a crisis phrase said of someone else, when the speaker holds none


def _with_stated(text: str, crisis: str | None, other: str | None,
                 family: str | None) -> tuple[str | None, str | None, str | None]:
    """(crisis, other, family) with the other languages' plain statements read in (crisis_languages.py)."""
    stated, stated_other = read_stated(text)
    if crisis is not None and stated is None and stated_other is not None and crisis in stated_other:
        return None, crisis, registry.STATED  # "mon frère veut se suicider": theirs, not the speaker's
    if crisis is None and stated is not None:
        return stated, other, registry.STATED
    if crisis is None and other is None and stated_other is not None:
        return None, stated_other, registry.STATED
    return crisis, other, family


def read_rules(text: str) -> RulesReading | None:
    """The rules' reading of a message; None when it has no words at all."""
    normalized = normalize(text)
    help_, usage = _help_of(text)
    if not normalized and not help_:
        return None
    crisis, denied, other = crisis_reading(normalized, find_crisis) if normalized else (None, None, None)
    family = registry.family_of(normalized, crisis) if crisis is not None else None
    crisis, other, family = _with_stated(text, crisis, other, family)
    found = find_doubt(f" | {mark_clauses(normalized)} | ") if normalized and crisis is None else None
    doubt = found if isinstance(found, tuple) else None
    return RulesReading(normalized, crisis, family, doubt, found == DENIED_DOUBT,
                        _about_others_only(normalized), help_, usage, _lang_of(text), denied, other)


def combine(rules: RulesReading | None, reading: Reading | None, failed: bool = False,
            crisis_at: float | None = None, check_at: float | None = None, doubt_at: float | None = None,
            doubt_veto: float | None = None, sure: tuple[float, float] | None = None) -> Assessment:
    """The verdict of the rules and the semantic model together (reading None and failed: the model
    failed on this message, so the bot asks rather than passes). `sure` is (SURE_DOUBT_AT,
    SURE_DOUBT_BELOW): in the check band, a doubt the speaker holds with doubt probability at least the
    first and crisis probability below the second, and no crisis the rules found, is answered as a doubt."""
    if rules is None:
        return NOTHING
    asked: Assessment | None = None
    crisis_at = tiers.CRISIS_AT if crisis_at is None else crisis_at
    check_at = tiers.CHECK_AT if check_at is None else check_at
    doubt_at = tiers.DOUBT_AT if doubt_at is None else doubt_at
    doubt_veto = tiers.DOUBT_VETO if doubt_veto is None else doubt_veto
    sure_at, sure_below = (tiers.SURE_DOUBT_AT, tiers.SURE_DOUBT_BELOW) if sure is None else sure
    lang = rules.lang
    if rules.help:  # "my son posted about ending it, who do i call": help, for someone else
        other = rules.crisis is None and rules.other_crisis is not None
        return Assessment(CRISIS, None, (_quoted(rules.normalized),), family=registry.HELP_REQUEST, help=True,
                          lang=lang, other=other)
    if rules.crisis is not None:
        return Assessment(CRISIS, None, (rules.crisis,), family=rules.family, lang=lang)
    if rules.other_crisis is not None:  # care, worded for someone worried about another person
        family = rules.family or registry.family_of(rules.normalized, rules.other_crisis)
        return Assessment(CRISIS, None, (rules.other_crisis,), family=family, lang=lang, other=True)
    if reading is None:
        if failed:
            return Assessment(CHECK, None, (), family=registry.MODEL_FAILED, lang=lang)
        if rules.denied_crisis is not None:  # a denial no model has read: ask, never pass
            return Assessment(CHECK, None, (rules.denied_crisis,), family=registry.DENIED, lang=lang)
        reading_crisis = reading_doubt = 0.0
    else:
        reading_crisis, reading_doubt = reading.crisis, reading.doubt
        if SEMANTIC_DECIDES_CRISIS and reading_crisis >= crisis_at:
            return Assessment(CRISIS, None, (_quoted(reading.piece),), family=registry.MODEL, lang=lang)
        if reading_crisis >= check_at:  # asked first; a doubt it also holds is answered after a "no"
            held = reading.doubt >= doubt_at and not rules.denied and not rules.about_others
            theme = ((rules.doubt[0] if rules.doubt is not None else None) or reading.theme) if held else None
            asked = Assessment(CHECK, theme, (_quoted(reading.piece),), trap=reading.trap if held else None,
                               family=registry.MODEL, lang=lang, situations=reading.situations if held else ())
            if not (held and reading.doubt >= sure_at and reading_crisis < sure_below):
                return asked
            # "im a terrible husband" (crisis 0.13, doubt 0.99): a doubt the model is sure of, answered
            # as one; the check stands if no doubt verdict comes of it below.
    if rules.usage:
        return asked or Assessment(NONE, None, (), usage=True, lang=lang)
    trap = reading.trap if reading is not None else None
    situations = reading.situations if reading is not None else ()
    # A doubt the rules find stands unless the model is all but sure there is none (a past or
    # outgrown doubt: "back then i thought i wasn't good enough"); never a crisis, so never a risk.
    if rules.doubt is not None and not (reading is not None and reading_doubt < doubt_veto):
        return Assessment(DOUBT, rules.doubt[0], (rules.doubt[1],), trap=trap, family="rules", lang=lang,
                          situations=situations)
    if (reading is not None and reading_doubt >= doubt_at and not rules.denied and not rules.about_others
            and not (_LACKING.search(f" {rules.normalized} ") and not _JUDGED.search(f" {rules.normalized} "))):
        return Assessment(DOUBT, reading.theme, (_quoted(reading.piece),), trap=trap, family=registry.MODEL, lang=lang,
                          situations=situations)
    return asked or (Assessment(NONE, None, (), lang=lang) if lang else NOTHING)


def decide(text: str, model: Model | None, reading: Reading | None = None, failed: bool = False) -> Assessment:
    """Assess a message; may raise. With a semantic `reading` (or `failed`, the model failed on it),
    the rules and the model together (combine); else the rules with the old model as doubt helper."""
    if reading is not None or failed:
        return combine(read_rules(text), reading, failed)
    return decide_rules(text, model)


def decide_rules(text: str, model: Model | None) -> Assessment:
    """The rules-only path: rules and the pure-Python model.bin (rules alone if model is None)."""
    help_, usage = _help_of(text)
    normalized = normalize(text)
    if help_:
        return Assessment(CRISIS, None, (_quoted(normalized),), family=registry.HELP_REQUEST, help=True,
                          lang=_lang_of(text))
    if not normalized:
        return NOTHING
    crisis, denied, other = crisis_reading(normalized, find_crisis)
    family = registry.family_of(normalized, crisis) if crisis is not None else None
    crisis, other, family = _with_stated(text, crisis, other, family)
    if crisis is not None:
        return Assessment(CRISIS, None, (crisis,), family=family, lang=_lang_of(text))
    if other is not None:
        return Assessment(CRISIS, None, (other,), family=family or registry.family_of(normalized, other),
                          lang=_lang_of(text), other=True)
    if denied is not None:  # "i'm not suicidal, just tired": without the semantic model, ask
        return Assessment(CHECK, None, (denied,), family=registry.DENIED, lang=_lang_of(text))
    if usage:
        return Assessment(NONE, None, (), usage=True, lang=_lang_of(text))
    scores = None
    if model is not None and MODEL_DECIDES_CRISIS:
        read = model_text(normalized)
        scores = model.scores(read)
        if scores.crisis >= model.crisis_threshold:
            return Assessment(CRISIS, None, (_quoted(read),), family="old_model")  # crisis wins over any doubt
    found = find_doubt(f" | {mark_clauses(normalized)} | ")
    doubt: tuple[str | None, str] | None = found if isinstance(found, tuple) else None
    # The rules veto the model's doubt where they are sure: a doubt denied, or someone else's. The
    # model is read only when its vote can still count (scoring has no effect but its answer: its
    # word memo changes no score), so a message with no doubt at all never pays for it.
    if model is not None and found is None:
        read = model_text(normalized)
        if scores is None:
            scores = model.scores(read)
        if scores.doubt >= model.doubt_threshold and not _about_others_only(normalized):
            doubt = (model.theme(read), _quoted(read))
    if doubt is None:
        return NOTHING
    # A doubt can be the surface of a crisis ("they'd be better off with a different mum, and i've
    # thought about how"), and answering that with a reframe is the worst mistake this layer can
    # make. So a doubt (the rules' or the model's) that the model also reads as a crisis, at its own
    # trained threshold, is one. Only here: alone, its crisis vote took everyday plans for crises.
    if model is not None:
        if scores is None:
            scores = model.scores(model_text(normalized))
        if scores.crisis >= model.crisis_threshold:
            return Assessment(CRISIS, None, (doubt[1],), family="old_model")
    return Assessment(DOUBT, doubt[0], (doubt[1],))


def _quoted(read: str) -> str:
    """The first words of what the model read, as what matched."""
    return " ".join(read.split()[:_QUOTED_WORDS])
