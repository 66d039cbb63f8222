"""Reframes: the real file validates, choices do not repeat, quotes are safe, bad files are refused."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.content import ContentInvalid
from bot.language.assess import THEMES
from bot.language.reframes import MIN_PER_THEME, ReframeBook, load_reframes, quote_phrase

ROOT = Path(__file__).resolve().parents[2]
REFRAMES = ROOT / "dialogues" / "reframes.yaml"
MARKDOWN = set("*_`~|>[]()#")


@pytest.fixture(scope="module")
def book() -> ReframeBook:
    return load_reframes(REFRAMES)


def test_real_file_has_every_theme(book: ReframeBook) -> None:
    assert book.themes == THEMES
    for theme in THEMES:
        assert len(book.pool(theme)) >= MIN_PER_THEME


@pytest.mark.parametrize("theme", THEMES)
def test_voice_second_person_invitation_no_toxic_positivity(book: ReframeBook, theme: str) -> None:
    for reframe in book.pool(theme):
        text = reframe.text.lower()
        assert re.search(r"\byou", text), reframe.id
        assert reframe.text.rstrip().endswith("?"), f"{reframe.id} should end with an invitation"
        for banned in ("think positive", "just think", "don't feel", "do not feel", "cheer up", "will get better", "i promise"):
            assert banned not in text, (reframe.id, banned)


@pytest.mark.parametrize("theme", THEMES)
def test_no_repeat_until_the_pool_is_used_up(book: ReframeBook, theme: str) -> None:
    seen: list[str] = []
    pool = {r.id for r in book.pool(theme)}
    for _ in pool:
        rid, text = book.choose(theme, seen, phrase="I always fail")
        assert rid not in seen and rid in pool and text
        seen.append(rid)
    assert set(seen) == pool
    rid, _ = book.choose(theme, seen)
    assert rid in pool and rid != seen[-1]  # starts over, not with the one seen last


def test_phrase_is_quoted_escaped(book: ReframeBook) -> None:
    quoting = [r for r in book.pool("failure") if r.quotes]
    assert quoting, "at least one failure reframe should quote the person"
    others = [r.id for r in book.pool("failure") if not r.quotes]
    rid, text = book.choose("failure", others, phrase="I *always* fail @everyone <@123>")
    assert rid == quoting[0].id
    assert "\\*always\\*" in text and "@\u200beveryone" in text and "<@123>" not in text
    assert "{phrase}" not in text


def test_without_a_phrase_prefers_whole_reframes(book: ReframeBook) -> None:
    for theme in THEMES:
        rid, text = book.choose(theme, [])
        assert "{phrase}" not in text
        assert not next(r for r in book.pool(theme) if r.id == rid).quotes


def test_without_a_phrase_a_quoting_reframe_drops_its_quote(book: ReframeBook) -> None:
    quoting = next(r for r in book.pool("not_enough") if r.quotes)
    seen = [r.id for r in book.pool("not_enough") if r.id != quoting.id]
    rid, text = book.choose("not_enough", seen)
    assert rid == quoting.id and "{phrase}" not in text and text.strip()


def test_unknown_theme_is_an_error(book: ReframeBook) -> None:
    with pytest.raises(ValueError):
        book.choose("nonsense", [])


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("I always fail", "I always fail"),
        ("hi @everyone", "hi @\u200beveryone"),
        ("<@!1234> you <#55> <@&9> <:smile:123>", "you"),
        ("**bold** _it_ `code` ~~s~~ ||spoiler|| > quote", "\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~ \\|\\|spoiler\\|\\| \\> quote"),
        ("[link](https://x.y) # head", "\\[link\\]\\(https\\:...\\) \\# head"),
        ("line one\n\nline two", "line one line two"),
        ("", None),
        ("   \n\t ", None),
        ("<@123>", None),
        ("\U0001F480\U0001F480", None),
    ],
)
def test_quote_phrase_table(raw: str, expected: str | None) -> None:
    if expected is not None and "..." in expected:
        # URL parts are escaped too; check the shape, not every character.
        result = quote_phrase(raw)
        assert result is not None and result.startswith("\\[link\\]\\(https\\:") and result.endswith("\\# head")
        return
    assert quote_phrase(raw) == expected


def test_quote_phrase_truncates_at_a_word_boundary() -> None:
    result = quote_phrase("I always fail at every single thing that I try to do today", limit=30)
    assert result is not None and result.endswith("\u2026") and len(result) <= 30
    assert result[:-1].rstrip() == result[:-1] and "I always fail at every" in result


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_quote_phrase_is_always_safe(raw: str) -> None:
    result = quote_phrase(raw)
    if result is None:
        return
    assert "\n" not in result and "<@" not in result and "<#" not in result
    assert all(result[i + 1 : i + 2] == "\u200b" for i, ch in enumerate(result) if ch == "@")
    for i, ch in enumerate(result):
        if ch in MARKDOWN:
            assert result[i - 1] == "\\", (raw, result)


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "reframes.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def _valid_yaml(per_theme: int = 4, extra: str = "") -> str:
    lines = ["themes:"]
    for theme in THEMES:
        lines.append(f"  {theme}:")
        for n in range(1, per_theme + 1):
            lines.append(f"    - id: {theme}.{n}")
            lines.append(f"      text: \"You are not alone in this. What would you tell a friend? {n}\"")
    return "\n".join(lines) + "\n" + extra


def test_a_minimal_valid_file_loads(tmp_path: Path) -> None:
    assert load_reframes(_write(tmp_path, _valid_yaml())).themes == THEMES


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda y: y + "  bad: [\n", "invalid YAML"),
        (lambda y: y + "  jealousy:\n    - id: jealousy.1\n      text: hi\n", "unknown theme"),
        (lambda y: y.replace("  appearance:", "  appearance_gone:"), "theme is missing"),
        (lambda y: y.replace("    - id: burden.4\n", "    - id: burden.3\n"), "duplicate id"),
        (lambda y: y.replace("friend? 2\"", "friend? {name}\"", 1), "unknown placeholder"),
        (lambda y: y.replace("friend? 1\"", "friend? " + "x" * 2001 + "\"", 1), "at most 2000"),
        (lambda y: y.replace("\"You are not alone in this. What would you tell a friend? 1\"", "\"{phrase} is all.\"", 1), "without {phrase}"),
    ],
)
def test_invalid_files_are_refused_naming_file_and_line(tmp_path: Path, mutate, message: str) -> None:
    path = _write(tmp_path, mutate(_valid_yaml()))
    with pytest.raises(ContentInvalid) as raised:
        load_reframes(path)
    errors = raised.value.errors
    assert any(message in e.message for e in errors), [str(e) for e in errors]
    assert all(e.file == str(path) for e in errors)
    assert all(e.line > 0 for e in errors if "missing" not in e.message)


def test_too_few_per_theme_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ContentInvalid) as raised:
        load_reframes(_write(tmp_path, _valid_yaml(per_theme=3)))
    assert len([e for e in raised.value.errors if "at least 4" in e.message]) == len(THEMES)
