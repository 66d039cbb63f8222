"""The crisis reply: resources by region, safe-messaging rules, and validation of crisis.yaml."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.content import ContentInvalid
from bot.language.crisis import PLACES, REGIONS, CrisisContent, load_crisis

ROOT = Path(__file__).resolve().parents[2]
CRISIS = ROOT / "dialogues" / "crisis.yaml"

EXPECTED = {
    "us": ["988"],
    "ca": ["988"],
    "uk": ["116 123"],
    "ie": ["116 123"],
    "au": ["13 11 14"],
    "intl": ["findahelpline.com"],
}
# Words that would break safe-messaging guidance: method detail, clinical labels, guilt, blame.
UNSAFE = [
    r"\bpills?\b", r"\boverdose\b", r"\bhang", r"\bjump", r"\bcut(ting)?\b", r"\bweapon", r"\bgun",
    r"\bdepress", r"\bdisorder\b", r"\bmental illness\b", r"\bpsychiatric\b", r"\bdiagnos",
    r"\bselfish\b", r"\bshould have\b", r"\bthink of your family\b", r"\bcommit", r"\bfailed attempt\b",
]


@pytest.fixture(scope="module")
def crisis() -> CrisisContent:
    return load_crisis(CRISIS)


@pytest.mark.parametrize("region", REGIONS)
def test_messages_are_two_to_four_short_messages(crisis: CrisisContent, region: str) -> None:
    messages = crisis.messages(region)
    assert 2 <= len(messages) <= 4
    assert all(0 < len(m) <= 2000 for m in messages)


@pytest.mark.parametrize(("region", "needles"), EXPECTED.items())
def test_each_region_names_its_helplines_and_the_directory(crisis: CrisisContent, region: str, needles: list[str]) -> None:
    text = "\n".join(crisis.messages(region))
    for needle in needles + ["findahelpline.com"]:
        assert needle in text


def test_all_lists_several_regions(crisis: CrisisContent) -> None:
    text = "\n".join(crisis.messages("all"))
    for needles in EXPECTED.values():
        for needle in needles:
            assert needle in text
    assert crisis.messages() == crisis.messages("all")


def test_unknown_region_falls_back_to_the_default(crisis: CrisisContent) -> None:
    assert crisis.messages("zz") == crisis.messages(crisis.default_region)


def test_safe_messaging(crisis: CrisisContent) -> None:
    text = " ".join(crisis.reply + (crisis.closing,)).lower()
    for pattern in UNSAFE:
        assert not re.search(pattern, text), pattern
    assert "/resume" in text and "paused" in text
    assert "deserve support" in text and "right now" in text
    assert re.search(r"\b(person|someone)\b", text)
    assert "bot" in text  # honest that a person is needed, not this bot


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "crisis.yaml"
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("mutate", "node", "message"),
    [
        (lambda y: y.replace("  au:\n    name: Australia\n", "  zz:\n    name: Australia\n"), "regions.au", "missing"),
        (lambda y: y.replace("closing:", "closin:"), "closing", "non-empty"),
        (lambda y: y.replace("resources_intro:", "resources_intr:"), "resources_intro", "non-empty"),
        (lambda y: y.replace("default_region: all", "default_region: mars"), "default_region", "unknown region"),
        (lambda y: y.replace("all: [us, ca, uk, ie, au, intl]", "all: [us]"), "all", "intl"),
        (lambda y: re.sub(r"(?m)^closing: >-\n", "closing: " + "x" * 2100 + "\nold_closing: >-\n", y), "message", "at most 2000"),
    ],
)
def test_invalid_files_are_refused(tmp_path: Path, mutate, node: str, message: str) -> None:
    body = mutate(CRISIS.read_text(encoding="utf-8"))
    path = _write(tmp_path, body)
    with pytest.raises(ContentInvalid) as raised:
        load_crisis(path)
    errors = raised.value.errors
    assert any(node in e.node and message in e.message for e in errors), [str(e) for e in errors]
    assert all(e.file == str(path) and e.line > 0 for e in errors)


def test_regions_constant_covers_every_place() -> None:
    assert set(PLACES) | {"all"} == set(REGIONS)
