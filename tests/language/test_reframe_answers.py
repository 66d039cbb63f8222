"""Reframes: their words quoted once, phrase_of and area_of, weights and answer(), and bad files refused."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.content import ContentInvalid
from bot.language.assess import THEMES, Assessment
from bot.language.reframes import (
    AREAS,
    GENERAL,
    TRAPS,
    ReframeBook,
    area_of,
    load_reframes,
    phrase_of,
    quote,
    quote_phrase,
    unescape,
)
from bot.language.weight import KINDS
from tests.language.reframe_book import book as book  # the fixture, found by name

MARKDOWN = set("*_`~|>[]()#")


# -- quoting once -----------------------------------------------------------------------------------------
QUOTES = [
    # raw, escaped once for Discord (inside the *...*), plain
    ("my co-worker hates me", r"my co\-worker hates me", "my co-worker hates me"),
    ("i'm useless :(", r"i'm useless \:\(", "i'm useless :("),
    ("I *always* fail", r"I \*always\* fail", "I *always* fail"),
    ("my_life is over", r"my\_life is over", "my_life is over"),
    ("`code` is all I am", r"\`code\` is all I am", "`code` is all I am"),
    ("[me](https://x.y) fails", r"\[me\]\(https\://x.y\) fails", "[me](https://x.y) fails"),
    ("see https://x.y/z I fail", r"see https\://x.y/z I fail", "see https://x.y/z I fail"),
    ("@everyone hates me", "@\u200beveryone hates me", "@everyone hates me"),
    ("<@123> says I'm a failure", "says I'm a failure", "says I'm a failure"),
    ("a \\ backslash", r"a \\ backslash", "a \\ backslash"),
    ("I always fail.", "I always fail", "I always fail"),
]


@pytest.mark.parametrize(("raw", "discord", "plain"), QUOTES)
def test_quote_is_escaped_once(raw: str, discord: str, plain: str) -> None:
    assert quote(raw) == f"*{discord}*"
    assert quote(raw, "plain") == f"\u201c{plain}\u201d"
    assert unescape(discord) == plain


@pytest.mark.parametrize(("raw", "discord", "plain"), QUOTES)
def test_compose_quotes_once_in_either_markup(book: ReframeBook, raw: str, discord: str, plain: str) -> None:
    _, text = book.compose("failure", "labeling", None, (), raw)
    assert f"*{discord}*" in text
    _, console = book.compose("failure", "labeling", None, (), raw, markup="plain")
    assert f"\u201c{plain}\u201d" in console and "\\" not in console.replace(plain, "")
    assert "\u200b" not in console


def test_unknown_markup_is_refused(book: ReframeBook) -> None:
    with pytest.raises(ValueError):
        book.compose("failure", None, None, (), "x", markup="html")


def test_old_choose_does_not_escape_twice(book: ReframeBook) -> None:
    joined, text = book.choose("failure", (), quote_phrase("my co-worker :( @everyone"))
    assert r"co\-worker \:\(" in text and r"\\\-" not in text and "@\u200beveryone" in text
    ids = joined.split("+")
    assert ids[0] in {p.id for p in book.pool("failure")} and len(ids) >= 2
    again, _ = book.choose("failure", (joined,), None)  # a joined entry counts as each of its ids
    assert again.split("+")[0] != ids[0]


def test_without_a_phrase_quoting_sentences_drop(book: ReframeBook) -> None:
    for theme in (*THEMES, GENERAL):
        for piece in book.pool(theme):
            text = piece.render(None, " at work")
            assert "{" not in text and text.strip() and " at work" in text, piece.id


PHRASES = [
    ("I'm such a co-worker failure :(", ("i am such a co worker failure .",), "I'm such a co-worker failure"),
    ("ugh. honestly I ALWAYS fail at this", ("i always fail",), "I ALWAYS fail at this"),
    ("Nobody could ever love me <@123> @everyone", ("nobody could ever love me",), "Nobody could ever love me"),
    ("today was long and i cant do anything right lol", ("i cannot do anything right",), "i cant do anything right"),
    ("i'm a burden.", "i am a burden", "i'm a burden"),
    ("hello there", ("i am worthless",), None),
    ("", ("i am worthless",), None),
    ("i am worthless", (), None),
]


@pytest.mark.parametrize(("text", "matched", "expected"), PHRASES)
def test_phrase_of_finds_the_doubt_in_their_words(text: str, matched, expected: str | None) -> None:
    assert phrase_of(text, matched) == expected


def test_quote_is_the_doubt_not_the_first_characters(book: ReframeBook) -> None:
    message = "so today my manager called me into a meeting and honestly i'm such a failure"
    ids, text = book.compose("failure", None, area_of(message), (), phrase_of(message, ("i am such a failure",)))
    assert "*i'm such a failure*" in text and "manager called" not in text and " at work" in text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_any_quote_is_safe_and_once_escaped(raw: str) -> None:
    result = quote(raw)
    if result is None:
        return
    inner = result[1:-1]
    assert "\n" not in inner and "<@" not in inner and "<#" not in inner
    assert all(inner[i + 1: i + 2] == "\u200b" for i, ch in enumerate(inner) if ch == "@")
    escaped = False
    for ch in inner:  # every markdown character is escaped by exactly one backslash
        if escaped:
            escaped = False
            continue
        if ch == "\\":
            escaped = True
            continue
        assert ch not in MARKDOWN, (raw, result)
    assert unescape(inner) == quote(raw, "plain")[1:-1]


# -- area_of ----------------------------------------------------------------------------------------------
AREA_TABLE = [
    ("not work, it's my family", "family"),
    ("it's not my family, it's work", "work"),
    ("my boss hates me", "work"),
    ("i failed my exam again", "school"),
    ("work is fine but my girlfriend left me", "partner"),
    ("it's not about school", None),
    ("nothing to do with my job, it's my friends", "friends"),
    ("i'm so ugly", "body"),
    ("i hate my job", "work"),
    ("nothing works out for me", None),
    ("my phone died and i'm useless", None),
    ("i have no friends", "friends"),
    ("i'm not good at my job", "work"),
    ("i'm broke again and i can't pay rent", "money"),
    ("since my dad died nothing matters", "grief"),
    ("weight loss is so hard for me", "body"),
    ("my parents don't accept that i'm gay", "identity"),
    ("i keep getting sick and missing everything", "health"),
    ("not my partner, my mum", "family"),
    ("instead of school it's my health that's the problem", "health"),
    ("I'm a failure", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "area"), AREA_TABLE)
def test_area_of(text: str, area: str | None) -> None:
    assert area_of(text) == area


# -- weights ----------------------------------------------------------------------------------------------
def test_acknowledgements_do_not_repeat(book: ReframeBook) -> None:
    for kind in KINDS:
        seen: list[str] = []
        for _ in book.pool(kind, "weights"):
            pid, text = book.acknowledge(kind, seen)
            assert pid not in seen and text and "?" not in text
            seen.append(pid)
    with pytest.raises(ValueError):
        book.acknowledge("nonsense", ())


def test_abuse_is_never_their_fault_and_names_resources(book: ReframeBook) -> None:
    for piece in book.pool("abuse", "weights"):
        text = piece.text.lower()
        assert "fault" in text or "didn't cause" in text, piece.id
        assert "/help-now" in text and "emergency" in text, piece.id
        for argue in ("but ", "should", "maybe you", "try "):
            assert argue not in text, (piece.id, argue)


def test_grief_and_abuse_are_not_argued_with(book: ReframeBook) -> None:
    for kind in ("grief", "abuse"):
        for piece in book.pool(kind, "weights"):
            assert not re.search(r"\b(?:should|at least|but|just think|move on|better place)\b",
                                 piece.text.lower()), piece.id


def test_small_things_stay_small(book: ReframeBook) -> None:
    for piece in book.pool("mishap", "weights"):
        assert not re.search(r"\b(?:pain|wound|hurt|deep|heavy|so sorry|grief)\b", piece.text.lower()), piece.id


DOUBT = Assessment("doubt", "self_blame", ("getting abused was my fault",), family="rules")


def test_answer_puts_abuse_and_grief_before_any_doubt(book: ReframeBook) -> None:
    ids, text, event = book.answer("getting abused was my fault", DOUBT, ())
    assert event == "weight:abuse" and ids[0].startswith("weight.abuse.") and "fault" in text
    grief = Assessment("doubt", "self_blame", ("it is my fault",), family="rules")
    _, _, event = book.answer("my mum died and it's my fault", grief, ())
    assert event == "weight:grief"


def test_answer_reframes_doubts_and_acknowledges_the_rest(book: ReframeBook) -> None:
    doubt = Assessment("doubt", "failure", ("i always fail",), trap="overgeneralizing", family="rules")
    ids, text, event = book.answer("ugh, at work I always fail", doubt, ())
    assert event == "reframe:failure" and ids[1].startswith("trap.overgeneralizing.")
    assert "*at work I always fail*" in text and " at work" in text
    nothing = Assessment("none", None, ())
    assert book.answer("i burnt dinner", nothing, ())[2] == "weight:mishap"
    assert book.answer("the sky is blue", nothing, ()) is None
    model = Assessment("doubt", "failure", ("i burnt the potatoes",), family="model")
    assert book.answer("i burnt the potatoes", model, ())[2] == "weight:mishap"
    judged = Assessment("doubt", "failure", ("i am an awful friend",), family="model")
    assert book.answer("i forgot her birthday, i'm an awful friend", judged, ())[2] == "reframe:failure"
    rules = Assessment("doubt", "failure", ("i am such an idiot",), trap="labeling", family="rules")
    assert book.answer("i burnt dinner, i'm such an idiot", rules, ())[2] == "reframe:failure"
    _, plain, _ = book.answer("ugh, at work I always fail", doubt, (), markup="plain")
    assert "\u201cat work I always fail\u201d" in plain and "*" not in plain


# -- bad files --------------------------------------------------------------------------------------------
def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "reframes.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def _valid_yaml(per_theme: int = 8) -> str:
    lines = ["areas:"] + [f'  {a}: " at {a}"' if a != "other" else '  other: ""' for a in AREAS]
    lines.append("themes:")
    for theme in (*THEMES, GENERAL):
        lines.append(f"  {theme}:")
        for n in range(1, per_theme + 1):
            lines += [f"    - id: {theme}.{n}", f'      text: "You feel it{{where}}, number {n}."']
    lines.append("feelings:")
    for trap in TRAPS:
        lines.append(f"  {trap}:")
        for n in range(1, 6):
            lines += [f"    - id: feeling.{trap}.{n}", f'      text: "It stings{{where}}, number {n}."']
    sections = {"views": ((*THEMES, GENERAL), "{key}.view.", 4), "traps": (TRAPS, "trap.{key}.", 4),
                "steps": (("any",), "step.{key}.", 4), "weights": (KINDS, "weight.{key}.", 3)}
    for section, (keys, prefix, count) in sections.items():
        lines.append(f"{section}:")
        for key in keys:
            lines.append(f"  {key}:")
            for n in range(1, count + 1):
                lines += [f"    - id: {prefix.format(key=key)}{n}", f'      text: "You are here, {section} {n}."']
    return "\n".join(lines) + "\n"


def test_a_minimal_valid_file_loads(tmp_path: Path) -> None:
    book = load_reframes(_write(tmp_path, _valid_yaml()))
    assert book.themes == THEMES
    assert book.compose("failure", "should", "work", (), "I fail")[1].startswith("You feel it at work")


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda y: y + "  bad: [\n", "invalid YAML"),
        (lambda y: y.replace("themes:\n", "themes:\n  jealousy:\n    - id: jealousy.1\n      text: hi\n", 1),
         "unknown themes key"),
        (lambda y: y.replace("  appearance:\n    - id: appearance.1", "  appearance_gone:\n    - id: appearance.1", 1),
         "pool is missing"),
        (lambda y: y.replace("    - id: burden.4\n", "    - id: burden.3\n"), "duplicate id"),
        (lambda y: y.replace("number 2.", "number {name}.", 1), "unknown placeholder"),
        (lambda y: y.replace("You are here, views 1.", "You are here{where}.", 1), "unknown placeholder"),
        (lambda y: y.replace("number 1.", "number " + "x" * 2001 + ".", 1), "at most 2000"),
        (lambda y: y.replace('"You feel it{where}, number 1."', '"{phrase}{where} is all."', 1), "without {phrase}"),
        (lambda y: y.replace("number 3.", "number 3, isn't it?", 1), "no question marks"),
        (lambda y: y.replace("You feel it{where}, number 4.", "You feel it, number 4.", 1), "exactly one {where}"),
        (lambda y: y.replace("number 5.", "number 5. You do not.", 1), "use contractions"),
        (lambda y: y.replace('  work: " at work"', '  work: "at work"'), "start the phrase with a space"),
        (lambda y: y.replace("    - id: trap.should.1\n", "    - id: should.1\n"), "id must start with"),
        (lambda y: y.replace("    - id: trap.should.1\n", "    - id: trap.should.1\n      areas: [moon]\n"),
         "areas must be"),
    ],
)
def test_invalid_files_are_refused_naming_file_and_line(tmp_path: Path, mutate, message: str) -> None:
    path = _write(tmp_path, mutate(_valid_yaml()))
    with pytest.raises(ContentInvalid) as raised:
        load_reframes(path)
    errors = raised.value.errors
    assert any(message in e.message for e in errors), [str(e) for e in errors]
    assert all(e.file == str(path) for e in errors)
    assert all(e.line > 0 for e in errors)


def test_too_few_per_theme_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ContentInvalid) as raised:
        load_reframes(_write(tmp_path, _valid_yaml(per_theme=7)))
    assert len([e for e in raised.value.errors if "at least 8" in e.message]) == len(THEMES)


def test_an_area_only_perspective_does_not_count_toward_a_trap(tmp_path: Path) -> None:
    body = _valid_yaml().replace("    - id: trap.should.4\n", "    - id: trap.should.4\n      areas: [grief]\n")
    with pytest.raises(ContentInvalid) as raised:
        load_reframes(_write(tmp_path, body))
    assert any("traps.should" in e.node and "any area" in e.message for e in raised.value.errors)


def test_a_text_opening_with_their_words_opens_with_a_capital(book: ReframeBook) -> None:
    opening = next(p for p in book.pool("not_enough") if p.text.startswith("{phrase}"))
    others = tuple(p.id for p in book.pool("not_enough") if p.id != opening.id)
    _, text = book.compose("not_enough", None, None, others, "i always fail")
    assert text.startswith("*I always fail*")
    _, text = book.compose("not_enough", None, None, others, "i always fail", markup="plain")
    assert text.startswith("\u201cI always fail\u201d")
    _, text = book.compose("not_enough", None, None, others, "_i fail")
    assert text.startswith("*\\_i fail*")  # an escape first: their words stay as they are
