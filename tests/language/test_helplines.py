"""Crisis lines as data: dialogues/helplines.yaml loads, is refused when broken, and renders a short reply."""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from bot.config import SettingsError, load_settings
from bot.content import ContentInvalid
from bot.language import helplines as module
from bot.language.helplines import (
    MAX_SEARCH,
    MAX_SHORT,
    Helplines,
    load_helplines,
    region_for_language,
    region_for_locale,
)

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "dialogues" / "helplines.yaml"
TEXT = SHIPPED.read_text(encoding="utf-8")
REQUIRED = ("us ca uk ie au nz fr de es it nl be pt br mx ar in ph id tr pl jp za intl").split()
# A number from each region that a person must see first (the brief's well-established national lines).
FIRST = {"us": "988", "ca": "988", "uk": "116 123", "ie": "116 123", "au": "13 11 14", "nz": "1737", "fr": "3114",
         "de": "0800 111 0 111", "es": "024", "nl": "113", "br": "188", "mx": "800 911 2000", "in": "14416",
         "pl": "800 70 2222", "intl": "findahelpline.com"}


@pytest.fixture(scope="module")
def shipped() -> Helplines:
    return load_helplines(SHIPPED)


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "helplines.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _line_of(text: str, needle: str, after: str = "") -> int:
    """1-based line of the first `needle` after the first `after`."""
    start = text.index(after) if after else 0
    return text.count("\n", 0, text.index(needle, start)) + 1


# -- the shipped file ------------------------------------------------------------------------------------------------

def test_shipped_file_loads_with_every_required_region(shipped: Helplines) -> None:
    assert set(REQUIRED) <= set(shipped.codes())
    assert shipped.default in shipped.codes() and shipped.directory in shipped.codes()
    for code in shipped.codes():
        region = shipped.region(code)
        assert region.name and region.lines and region.languages
        assert region.emergency or code == shipped.directory


def test_every_line_has_two_sources_or_says_so(shipped: Helplines) -> None:
    for code in shipped.codes():
        for line in shipped.region(code).lines:
            assert all(s.startswith("https://") for s in line.sources), (code, line.name)
            assert len(line.sources) >= 2 or line.one_source, (code, line.name)
            assert line.checked <= date(2026, 12, 1) and line.hours and line.languages and line.ways


@pytest.mark.parametrize(("code", "number"), FIRST.items())
def test_each_regions_first_line_is_its_national_line(shipped: Helplines, code: str, number: str) -> None:
    assert number in shipped.region(code).lines[0].text()


def test_python_names_no_region(shipped: Helplines) -> None:
    """Adding a country is a YAML edit: no region code is written in the module."""
    tree = ast.parse((ROOT / "bot" / "language" / "helplines.py").read_text(encoding="utf-8"))
    literals = {node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)}
    assert not literals & set(shipped.codes())


# -- the short reply ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("code", REQUIRED)
def test_short_is_short_and_starts_with_the_regions_own_line(shipped: Helplines, code: str) -> None:
    region = shipped.region(code)
    text = shipped.short(code)
    rows = text.split("\n")
    assert len(text) <= MAX_SHORT
    assert rows[0] == f"**{region.name}**"
    assert rows[1].startswith(region.lines[0].name + ":")
    if code == shipped.directory:
        assert len(rows) <= 4
    else:
        assert 2 <= len(rows) - 1 <= 4  # the region, then one line with the directory
        assert rows[-1].startswith(shipped.region(shipped.directory).name + ":") and "findahelpline.com" in rows[-1]
    assert "http://" not in text


def test_short_lines_read_like_name_how_and_hours(shipped: Helplines) -> None:
    assert shipped.short("us").split("\n")[1] == \
        "988 Suicide & Crisis Lifeline: call 988 / text 988 / chat at 988lifeline.org (24/7)"
    assert "Crisis Text Line: text HOME to 741741 (24/7)" in shipped.short("us")
    assert "call 113 or 0800 0113 / chat at 113.nl (24/7)" in shipped.short("nl")
    assert "In danger right now: call 999 or 112" in shipped.short("uk")


def test_unknown_region_falls_back(shipped: Helplines) -> None:
    assert shipped.short("zz") == shipped.short(shipped.default) == shipped.short(None)
    assert shipped.short("zz", fallback="fr") == shipped.short("fr")
    assert shipped.short("FR") == shipped.short(" fr ") == shipped.short("fr")  # stored labels may be upper case
    assert shipped.resolve(None, "xx", "DE", "fr") == "de"
    assert shipped.resolve("all") == shipped.default
    with pytest.raises(KeyError):
        shipped.region("zz")


# -- autocomplete, locales and languages -----------------------------------------------------------------------------

def test_search_matches_code_or_name_case_insensitively(shipped: Helplines) -> None:
    assert shipped.search("fr")[0] == ("fr", "France")
    assert shipped.search("FRANCE") == [("fr", "France")]
    assert [c for c, _ in shipped.search("united")] == ["uk", "us"]
    assert ("nz", "New Zealand") in shipped.search("zeal")
    assert shipped.search("uk")[0] == ("uk", "United Kingdom")
    assert shipped.search("no such place") == []
    assert len(shipped.search("")) == min(MAX_SEARCH, len(shipped.codes()))


def test_search_gives_at_most_25(tmp_path: Path) -> None:
    regions = "".join(
        f"  {a}{b}:\n    name: Place {a}{b}\n    emergency: [\"112\"]\n    languages: [en]\n    lines:\n"
        f"      - name: Line\n        ways: [{{how: call, to: \"116 123\"}}]\n        hours: 24/7\n"
        f"        languages: [en]\n        sources: [https://a.example.org/{a}{b}, https://b.example.org/{a}{b}]\n"
        f"        checked: 2026-12-01\n"
        for a in "ab" for b in "abcdefghijklmnopq")
    path = _write(tmp_path, f"default: aa\ndirectory: aa\nregions:\n{regions}")
    many = load_helplines(path)
    assert len(many.codes()) == 34
    assert len(many.search("")) == len(many.search("place")) == MAX_SEARCH
    assert len(many.search("place", limit=5)) == 5


@pytest.mark.parametrize(("locale", "region"), [
    ("en-US", "us"), ("en-GB", "uk"), ("es-ES", "es"), ("es-419", "mx"), ("pt-BR", "br"), ("fr", "fr"),
    ("de", "de"), ("it", "it"), ("nl", "nl"), ("pl", "pl"), ("tr", "tr"), ("id", "id"), ("ja", "jp"), ("hi", "in"),
    ("EN-us", "us"), ("en_GB", "uk"),
    ("uk", None),  # Ukrainian, not the United Kingdom
    ("ko", None), ("zh-CN", None), ("sv-SE", None), ("en-CA", None), ("", None), (None, None),
])
def test_discord_locale_table(shipped: Helplines, locale: str | None, region: str | None) -> None:
    assert region_for_locale(locale) == region
    assert shipped.region_for_locale(locale) == region


@pytest.mark.parametrize(("language", "region"), [
    ("es", "mx"), ("pt", "br"), ("fr", "fr"), ("de", "de"), ("it", "it"), ("nl", "nl"), ("pl", "pl"), ("tr", "tr"),
    ("id", "id"), ("tl", "ph"), ("hi", "in"), ("ja", "jp"), ("PT-br", "br"), ("en", None), ("xx", None), (None, None),
])
def test_language_table(shipped: Helplines, language: str | None, region: str | None) -> None:
    assert region_for_language(language) == region
    assert region_for_language(language, shipped) == region


# -- adding a country is a YAML edit ---------------------------------------------------------------------------------

DENMARK = """  dk:
    name: Denmark
    emergency: ["112"]
    languages: [da]
    lines:
      - name: Livslinien
        ways:
          - {how: call, to: "70 201 201"}
        hours: daily 11:00-05:00
        languages: [da]
        sources: [https://example.org/one, https://example.org/two]
        checked: 2026-12-01

  intl:
"""


def test_a_new_region_needs_only_yaml(tmp_path: Path) -> None:
    text = TEXT.replace("  intl:\n", DENMARK, 1).replace("  hi: in\n", "  hi: in\n  da: dk\n", 1)
    added = load_helplines(_write(tmp_path, text))
    assert "dk" in added.codes() and len(added.codes()) == len(load_helplines(SHIPPED).codes()) + 1
    assert added.short("dk").startswith("**Denmark**\nLivslinien: call 70 201 201 (daily 11:00-05:00)")
    assert added.search("den") == [("dk", "Denmark")]
    assert added.region_for_locale("da") == "dk" and region_for_locale("da", added) == "dk"
    assert region_for_locale("da") is None  # the shipped file has no Denmark


# -- broken files are refused, naming file, line and node ---------------------------------------------------------

BROKEN = {
    "bad number": ('{how: call, to: "3114"}', '{how: call, to: "31x4"}', "regions.fr.lines[0].ways[0].to",
                   "not a plausible phone number"),
    "number not in quotes": ('{how: call, to: "3114"}', "{how: call, to: 3114}", "regions.fr.lines[0].ways[0].to",
                             "in quotes"),
    "unknown how": ('{how: call, to: "3114"}', '{how: fax, to: "3114"}', "regions.fr.lines[0].ways[0].how",
                    "unknown `how` 'fax'"),
    "bad chat address": ("{how: chat, to: 113.nl}", "{how: chat, to: not an address}",
                         "regions.nl.lines[0].ways[2].to", "not a web address"),
    "missing source": ("          - https://3114.fr/que-se-passe-t-il-quand-je-contacte-le-3114/\n", "",
                       "regions.fr.lines[0].sources", "needs two sources"),
    "no sources": ("        sources:\n          - https://3114.fr/que-se-passe-t-il-quand-je-contacte-le-3114/\n"
                   "          - https://www.francetvinfo.fr/",
                   "        sourcez:\n          - https://www.francetvinfo.fr/",
                   "regions.fr.lines[0].sources", "needs `sources`"),
    "http source": ("https://3114.fr/", "http://3114.fr/", "regions.fr.lines[0].sources[0]", "https://"),
    "bad date": ("checked: 2026-12-01\n\n  de:", "checked: 2026-13-45\n\n  de:", "regions.fr.lines[0].checked",
                 "not a date"),
    "date as words": ("checked: 2026-12-01\n\n  de:", "checked: last week\n\n  de:", "regions.fr.lines[0].checked",
                      "YYYY-MM-DD"),
    "no hours": ("        hours: 24/7\n        languages: [fr]\n", "        languages: [fr]\n",
                 "regions.fr.lines[0].hours", "`hours`"),
    "duplicate line": ('{how: call, to: "0800 111 0 222"}', '{how: call, to: "0800 111 0 111"}',
                       "regions.de.lines[0].ways", "duplicate line"),
    "duplicate line name": ("      - name: 116 111 (children and young people)",
                            "      - name: 116 123 (adults in emotional crisis)",
                            "regions.pl.lines[2].name", "duplicate line"),
    "bad region code": ("  fr:\n    name: France", "  fra:\n    name: France", "regions.fra", "two lowercase letters"),
    "no lines": ("    languages: [es]\n    lines:\n      - name: Línea de la Vida",
                 "    languages: [es]\n    lineas:\n      - name: Línea de la Vida",
                 "regions.mx.lines", "at least one line"),
    "unknown locale target": ("  hi: in\n\n#", "  hi: zz\n\n#", "locales.hi", "unknown region 'zz'"),
}


def _first_difference(a: str, b: str) -> int:
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


@pytest.mark.parametrize("case", BROKEN, ids=list(BROKEN))
def test_broken_file_is_refused_naming_file_line_and_node(tmp_path: Path, case: str) -> None:
    old, new, node, message = BROKEN[case]
    assert old in TEXT, case
    broken = TEXT.replace(old, new, 1)
    path = _write(tmp_path, broken)
    with pytest.raises(ContentInvalid) as raised:
        load_helplines(path)
    errors = [e for e in raised.value.errors if e.node == node]
    assert errors, [str(e) for e in raised.value.errors]
    error = errors[0]
    assert error.file == str(path) and message in error.message
    assert str(error).startswith(f"{path}:{error.line}: {node}: ")
    assert error.line > 0
    if case in ("bad number", "number not in quotes", "unknown how", "bad date", "date as words", "http source",
                "bad chat address", "duplicate line name"):
        changed = broken.count("\n", 0, _first_difference(TEXT, broken)) + 1
        assert error.line == changed, str(error)


def test_duplicate_region_is_refused_with_its_line_and_node(tmp_path: Path) -> None:
    broken = TEXT.replace("  de:\n    name: Germany", "  fr:\n    name: Germany", 1)
    path = _write(tmp_path, broken)
    with pytest.raises(ContentInvalid) as raised:
        load_helplines(path)
    (error,) = raised.value.errors
    assert error.file == str(path) and error.node == "regions.fr" and "duplicate key 'fr'" in error.message
    assert error.line == _line_of(broken, "  fr:\n    name: Germany")


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    broken = (TEXT.replace('{how: call, to: "3114"}', '{how: fax, to: "3114"}', 1)
              .replace("https://www.nu.nl/", "http://www.nu.nl/", 1)
              .replace("default: intl", "default: xx", 1))
    with pytest.raises(ContentInvalid) as raised:
        load_helplines(_write(tmp_path, broken))
    nodes = {e.node for e in raised.value.errors}
    assert {"regions.fr.lines[0].ways[0].how", "regions.nl.lines[0].sources[0]", "default"} <= nodes


def test_a_long_short_reply_is_refused(tmp_path: Path) -> None:
    broken = TEXT.replace("      - name: Samaritans\n", "      - name: Samaritans" + " and friends" * 50 + "\n", 1)
    with pytest.raises(ContentInvalid) as raised:
        load_helplines(_write(tmp_path, broken))
    assert any(e.node == "regions.uk" and "at most 600" in e.message for e in raised.value.errors)


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ContentInvalid) as raised:
        load_helplines(tmp_path / "helplines.yaml")
    assert str(raised.value) == f"{tmp_path / 'helplines.yaml'}:0: file is missing"


# -- the setting and `wellspring check` ------------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["fr", "FR", "jp", "intl", "all", ""])
def test_crisis_region_setting_accepts_any_region_in_the_file(value: str) -> None:
    settings = load_settings({"WELLSPRING_CRISIS_REGION": value}, env_file=None)
    assert settings.crisis_region == (value.lower() or "all")


def test_crisis_region_setting_refuses_unknown_regions_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(SettingsError) as raised:
        load_settings({"WELLSPRING_CRISIS_REGION": "zz"}, env_file=None)
    message = str(raised.value)
    assert "\n" not in message and "'zz'" in message and "fr" in message and "helplines.yaml" in message
    with pytest.raises(SettingsError) as raised:  # checked against the configured dialogues folder
        load_settings({"WELLSPRING_CRISIS_REGION": "fr", "WELLSPRING_DIALOGUES": str(tmp_path)}, env_file=None)
    assert "\n" not in str(raised.value) and "file is missing" in str(raised.value)
    dk = TEXT.replace("  intl:\n", DENMARK, 1)
    _write(tmp_path, dk)
    settings = load_settings({"WELLSPRING_CRISIS_REGION": "dk", "WELLSPRING_DIALOGUES": str(tmp_path)}, env_file=None)
    assert settings.crisis_region == "dk"


def _fake_content(folder: Path) -> SimpleNamespace:
    """Stands in for the stage, reframe and crisis files, which their own tests cover."""
    return SimpleNamespace(book=SimpleNamespace(stages=[SimpleNamespace(nodes=[1, 2])]),
                           language=SimpleNamespace(reframes=SimpleNamespace(themes=[1])))


def test_check_validates_helplines_one_line_per_problem(tmp_path: Path, monkeypatch, capsys) -> None:
    import bot.app
    from bot.__main__ import _check

    monkeypatch.setattr(bot.app, "load_content", _fake_content)
    _write(tmp_path, TEXT)
    assert _check(tmp_path) == 0
    assert "24 regions" in capsys.readouterr().out
    broken = TEXT.replace('{how: call, to: "3114"}', '{how: fax, to: "3114"}', 1).replace("https://3114.fr/",
                                                                                          "http://3114.fr/", 1)
    path = _write(tmp_path, broken)
    assert _check(tmp_path) == 1
    err = capsys.readouterr().err.strip().split("\n")
    assert err[-1] == "2 problem(s) found."
    assert all(re.match(rf"{re.escape(str(path))}:\d+: regions\.fr\.lines\[0\]\.\S+: ", row) for row in err[:-1]), err


def test_module_reads_the_shipped_file_once() -> None:
    assert module.shipped() is module.shipped()
