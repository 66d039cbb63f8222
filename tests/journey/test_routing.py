"""Routing that reads: negation, contrast and declining, on the real prompts and on small tables."""

from __future__ import annotations

import pytest

from bot.journey.engine import Engine
from bot.journey.loader import load_book
from bot.journey.model import Route
from bot.journey.routing import read
from bot.journey.turns import Inbound
from tests.journey.test_loader import REPO_DIALOGUES

BOOK = load_book(REPO_DIALOGUES)
PROMPTS = {"unmoored": ("abyss", "name_it"), "whisper": ("tunnel", "own_whisper"),
           "reflection": ("lake", "describe"), "needed": ("embrace", "needed"), "figure": ("figure", "shape"),
           "phrase": ("waking", "phrase")}


def routes(prompt: str) -> tuple[Route, ...]:
    stage, node = PROMPTS[prompt]
    return BOOK.node(stage, node).prompt.routes


def label(prompt: str, text: str) -> str | None:
    found = read(text, routes(prompt)).route
    return found.label if found else None


@pytest.mark.parametrize(("prompt", "text", "expected"), [
    # abyss: what feels unmoored
    ("unmoored", "work", "work"),
    ("unmoored", "my boss", "work"),
    ("unmoored", "not work, it's my family", "family"),
    ("unmoored", "it's not work. it's my family", "family"),
    ("unmoored", "work, but mostly my mum", "family"),
    ("unmoored", "work, not family", "work"),
    ("unmoored", "family rather than work", "family"),
    ("unmoored", "my family instead of work", "family"),
    ("unmoored", "I can't stop thinking about work", "work"),
    ("unmoored", "I'm not sure, maybe my health", "health"),
    ("unmoored", "all of it", "everything"),
    ("unmoored", "my mum's house", "family"),
    ("unmoored", "I'd rather not say", None),
    ("unmoored", "rather not say, it's about work", None),  # declined; no "but": not taken
    ("unmoored", "I'd rather not say, but it's about work", "work"),
    ("unmoored", "pass", None),
    ("unmoored", "I'd rather skip this one", None),
    ("unmoored", "I'd rather talk about work", "work"),  # "rather" alone declines nothing
    ("unmoored", "work. I don't think so", None),  # an afterthought takes it back
    ("unmoored", "it's private", None),
    ("unmoored", "not work", None),
    ("unmoored", "work and family", None),  # two at once: neutral
    ("unmoored", "I don't think it's my family", None),  # a "not" further back: unsure
    ("unmoored", "nothing", None),
    ("unmoored", "🌊", None),
    ("unmoored", "it isn't work or family, it's me", None),
    # lake: the face in the water
    ("reflection", "kind", "kind"),
    ("reflection", "the eyes are so gentle", "kind"),
    ("reflection", "it doesn't look kind at all. it looks disappointed in me", "heavy"),
    ("reflection", "it doesn't look kind at all", None),
    ("reflection", "not kind", None),
    ("reflection", "kind? not really", None),
    ("reflection", "kind, or not", None),
    ("reflection", "it's kind of sad", "heavy"),
    ("reflection", "kind but sad", "heavy"),
    ("reflection", "calm, not sad", "calm"),
    ("reflection", "it doesn't look sad", None),
    ("reflection", "peaceful", "calm"),
    ("reflection", "it's smiling", "radiant"),
    ("reflection", "never happy", None),
    ("reflection", "i'm still sad", "heavy"),
    # tunnel: a whisper carries its own "not"
    ("whisper", "you're not enough", "not enough"),
    ("whisper", "you'll never be good enough", "not enough"),
    ("whisper", "you always mess everything up", "failing"),
    ("whisper", "you're a burden", "too much"),
    ("whisper", "no one wants you", "unloved"),
    ("whisper", "I'd rather not say", None),
    ("whisper", "I don't want to write it", None),
    # embrace: what they most needed to hear
    ("needed", "you're not alone", "not alone"),
    ("needed", "it's not your fault", "forgiven"),
    ("needed", "you don't have to be perfect", "forgiven"),
    ("needed", "you are loved", "loved"),
    ("needed", "you're enough", "enough"),
    ("needed", "you're not enough", None),
    ("needed", "you're loved and you're enough", None),
    ("needed", "it's okay to rest", "rest"),
])
def test_real_prompts_read_negation_contrast_and_declining(prompt, text, expected):
    assert label(prompt, text) == expected


@pytest.mark.parametrize(("text", "why"), [
    ("I'd rather not say", "declined"), ("not work", "denied"), ("work and family", "mixed"),
    ("I don't think it's my family", "unsure"), ("the sea", "none"), ("work", "route"),
])
def test_why_no_route(text, why):
    assert read(text, routes("unmoored")).why == why


def test_no_routes_and_huge_or_odd_input():
    assert read("anything", ()).route is None
    assert read("x" * 5000 + " work", routes("unmoored")).route.label == "work"
    for odd in ["", "   ", "\x00", "...", "not", "but", "but but", "not but not", "rather than", "- - -"]:
        assert read(odd, routes("unmoored")).route is None


def test_negation_window_is_three_words():
    table = (Route("kind", frozenset({"kind"}), "k"),)
    assert read("not kind", table).why == "denied"
    assert read("not very very kind", table).why == "denied"
    assert read("not something i would call kind", table).why == "unsure"
    assert read("not at all kind", table).why == "denied"  # "at all" is dropped, not counted


ENGINE = Engine(BOOK)


def at(stage: str, node: str):
    from bot.journey.model import PersonState

    return PersonState("test:reader", stage, node, step=5)


@pytest.mark.parametrize(("stage", "node", "text", "landing"), [
    ("abyss", "name_it", "not work, it's my family", "named_family"),
    ("abyss", "name_it", "I'd rather not say", "named_other"),
    ("lake", "describe", "it doesn't look kind at all. it looks disappointed in me", "heavy_face"),
    ("lake", "describe", "it doesn't look kind at all", "seen"),
    ("tunnel", "own_whisper", "I'd rather not say", "heard"),
    ("embrace", "needed", "you're not alone", "heard_alone"),
])
def test_the_engine_routes_by_reading(stage, node, text, landing):
    turn = ENGINE.handle(at(stage, node), Inbound("test:reader", text=text), 2.0)
    said = " ".join(r.text for r in turn.replies)
    first = BOOK.node(stage, landing).say[0].text
    assert turn.state.node == landing or first in [r.text for r in turn.replies], (turn.state.node, said)
    if landing in ("named_other", "seen", "heard"):
        assert "thank" not in said.lower()  # nothing is thanked for that may not have been given
    if "kind at all" in text:
        assert "Kind eyes" not in said and "kind" not in said.lower().replace("kindness", "")


DEFAULTS = [(name, stage, node) for name, (stage, node) in PROMPTS.items()]


@pytest.mark.parametrize(("name", "stage", "node"), DEFAULTS)
def test_each_default_route_reads_as_neutral(name, stage, node):
    """The default takes what was unsure, denied or declined: it names nothing and thanks for nothing."""
    prompt = BOOK.node(stage, node).prompt
    default = BOOK.node(stage, prompt.default)
    said = " ".join(line.text for line in default.say).lower()
    assert "thank" not in said
    assert "without judgement" not in said and "kind eyes" not in said
    for item in prompt.routes:
        assert item.label.lower() not in said.split(), (item.label, said)
