"""Typed choices: every real label, typed loosely or with a typo, picks its own choice; free text never does."""

from __future__ import annotations

import functools
import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.journey.choosing import labels_of, pick
from bot.journey.engine import Engine
from bot.journey.loader import load_book
from bot.journey.model import COMPLETED, Choice
from bot.journey.turns import Inbound
from tests.journey.test_loader import REPO_DIALOGUES

BOOK = load_book(REPO_DIALOGUES)
ENGINE = Engine(BOOK)
NODES = [(stage.name, node) for stage in BOOK.stages for node in stage.nodes.values() if node.choices]
LABELS = [(name, node, choice) for name, node in NODES for choice in node.choices]


def plain(label: str) -> str:
    """A label as someone types it in a hurry: lower case, no punctuation."""
    return " ".join(re.sub(r"[^\w\s]", "", label.lower()).split())


def typos(typed: str) -> list[str]:
    """One typo in the longest word: a letter dropped, doubled, swapped with its neighbour, or replaced."""
    words = typed.split()
    at = max(range(len(words)), key=lambda i: len(words[i]))
    word, middle = words[at], len(words[at]) // 2
    if len(word) < 3:
        return []
    wrong = "x" if word[middle] != "x" else "z"
    variants = [word[:middle] + word[middle + 1:], word[:middle] + word[middle] + word[middle:],
                word[:middle - 1] + word[middle] + word[middle - 1] + word[middle + 1:],
                word[:middle] + wrong + word[middle + 1:]]
    return [" ".join([*words[:at], variant, *words[at + 1:]]) for variant in variants if variant != word]


def same(got, choice: Choice) -> bool:
    return isinstance(got, Choice) and got.label == choice.label and got.next == choice.next


@pytest.mark.parametrize(("stage", "node", "choice"), LABELS,
                         ids=[f"{s}/{n.id}/{c.label}" for s, n, c in LABELS])
def test_every_label_typed_plainly_or_with_one_typo_picks_its_own_choice(stage, node, choice):
    labels = labels_of(node.choices)
    typed = plain(choice.label)
    assert same(pick(labels, typed), choice), typed
    assert same(pick(labels, choice.label.upper() + "!"), choice)
    if len(typed) >= 4 and not typed.isdecimal():
        for variant in typos(typed):
            assert same(pick(labels, variant), choice), variant


@pytest.mark.parametrize(("stage", "node_id", "typed", "label"), [
    ("lake", "shore", "im on the shore", "I'm on the shore"),
    ("lake", "shore", "I'm on the shore.", "I'm on the shore"),
    ("candle", "replace", "stay a little longer", "Let me stay a little longer"),
    ("candle", "replace", "stay a litle longer", "Let me stay a little longer"),
    ("figure", "hand", "i'll go meet them", "I'll go to meet them"),
    ("figure", "hand", "ill go to meet them", "I'll go to meet them"),
    ("figure", "cant", "stay on this shore", "I'll stay on this shore a while"),
    ("abyss", "cord", "numb", "Numb. Hard to say"),
    ("abyss", "cord", "so heavy", "Heavy"),
    ("abyss", "welcome", "tell me more", "Tell me a little more first"),
    ("abyss", "welcome", "ready to begin", "I'm ready to begin"),
    ("abyss", "moment", "ready", "I'm ready now"),
    ("lake", "seen_way", "strange", "Strange, but nice"),
    ("lake", "describe", "kind eyes", "The eyes look kind"),
    ("embrace", "surge", "can't feel it", "I can't feel it, but I'm here"),
    ("embrace", "surge", "i can feel it", "I can feel something"),
    ("embrace", "anchor", "ive got it", "I've got it"),
    ("tunnel", "note", "skip the tunnel", "Skip the tunnel, take me to the light"),
    ("waking", "heavy", "thank you", "Okay. Thank you"),
    ("abyss", "checkin_before", "7", "7"),
    ("abyss", "checkin_before", "skip", "Skip"),
    ("abyss", "welcome", "2)", "Tell me a little more first"),
])
def test_loose_typing_picks_the_choice(stage, node_id, typed, label):
    got = pick(labels_of(BOOK.node(stage, node_id).choices), typed)
    assert isinstance(got, Choice) and got.label == label, got


FREE_TEXT = [
    "i want to die", "I'm at the edge of giving up", "i can't go on", "I'm not good enough", "nobody could love me",
    "it doesn't look kind at all", "it doesn't look kind at all. it looks disappointed in me",
    "my family doesn't care about me", "work is killing me", "I'm not sure I want to be here", "i need help",
    "I don't feel safe", "leave me alone", "what's the point", "i feel heavy and sick", "I can't feel anything",
    "i hate looking at myself", "the eyes look cold", "I'm here because my therapist told me",
    "i'm not ready for any of this", "im so tired of everything", "stay away from me", "i'm letting go of everything",
    "i can't take this anymore", "i'm done", "i see nothing", "my mom is sick", "I'm ready to give up",
    "I don't want to be held", "the light hurts my eyes", "i'm a burden to everyone", "nothing helps",
    "i will never be enough", "i miss my dad", "i'm not okay", "i want to stay in bed forever", "im ready to die",
    "i can see it ending", "i hear them telling me to hurt myself", "I'm not here", "I can't", "i'm", "the",
    "it is what it is", "not sure about any of this",
]


@pytest.mark.parametrize("text", FREE_TEXT)
def test_free_text_that_shares_words_with_a_label_is_not_a_choice(text):
    assert len(FREE_TEXT) >= 30
    for stage, node in NODES:
        got = pick(labels_of(node.choices), text)
        assert not isinstance(got, Choice), (stage, node.id, got.label)


@pytest.mark.parametrize(("typed", "place"), [
    ("two", 2), ("Two.", 2), ("the second one", 2), ("option 3", 3), ("2nd", 2), ("I'll take the fourth one", 4),
    ("number one please", 1), ("FIFTH", 5), ("#2", 2),
])
def test_a_choice_named_by_its_place_in_words(typed, place):
    node = BOOK.node("figure", "shape")
    assert same(pick(labels_of(node.choices), typed), node.choices[place - 1])


def test_spoken_numbers_at_a_check_in_are_its_labels_and_the_rest_no_choice():
    scale = labels_of(BOOK.node("waking", "checkin_after").choices)
    assert pick(scale, "seven").label == "7" and pick(scale, "zero").label == "0"
    assert pick(scale, "option 7").label == "7"
    assert pick(scale, "the first one").label == "0"  # a place, not a score
    shape = labels_of(BOOK.node("figure", "shape").choices)
    assert pick(shape, "ten") == 10  # no tenth choice: the nudge names the number
    for text in ("the one", "one day", "two of them", "second thoughts", "no"):
        assert not isinstance(pick(shape, text), Choice), text


def test_a_message_between_two_labels_is_no_choice():
    two = labels_of((Choice("I'm ready to go", "a"), Choice("I'm ready to stay", "b")))
    assert pick(two, "ready") is None  # half of each label: neither
    assert pick(two, "im ready to") is None  # one typo from both: a tie
    assert pick(two, "ready to stay").next == "b"


def test_not_is_never_dropped_or_added():
    labels = labels_of((Choice("I can feel something", "yes"), Choice("I can't feel it, but I'm here", "no")))
    assert pick(labels, "i cant feel it but im here").next == "no"
    assert pick(labels, "i can feel it but im here") is None  # one letter from "can't": not taken
    assert pick(labels, "im here") is None  # the label's other half, without its "can't"
    assert pick(labels_of((Choice("I'm ready", "r"),)), "i'm not ready") is None


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(LABELS), st.integers(0, 10_000), st.sampled_from(["drop", "double", "swap", "replace"]))
def test_a_typo_anywhere_never_picks_another_choice(item, seed, kind):
    _, node, choice = item
    typed = plain(choice.label)
    if len(typed) < 4:
        return
    rng = random.Random(seed)
    at = rng.randrange(len(typed) - 1)
    if kind == "drop":
        typed = typed[:at] + typed[at + 1:]
    elif kind == "double":
        typed = typed[:at] + typed[at] + typed[at:]
    elif kind == "swap":
        typed = typed[:at] + typed[at + 1] + typed[at] + typed[at + 2:]
    else:
        typed = typed[:at] + rng.choice("abcdefghijklmnopqrstuvwxyz") + typed[at + 1:]
    got = pick(labels_of(node.choices), typed)
    assert got is None or isinstance(got, int) or got.label == choice.label, (choice.label, typed, got)


def test_the_whole_journey_can_be_walked_by_typing_the_labels():
    """Through the engine: at every step, type the last choice's words loosely (lower case, no punctuation)."""
    rng = random.Random(13)
    for run in range(12):
        state = ENGINE.handle(None, Inbound("test:walker", command="begin"), 1.0).state
        seen_stages = {state.stage}
        for _ in range(300):
            if state.status == COMPLETED:
                break
            node = BOOK.node(state.stage, state.node)
            going = [c for c in node.choices if c.action is None] or list(node.choices)
            choice = going[0] if run == 0 else rng.choice(going)
            typed = plain(choice.label)
            if run % 2 and len(typed) >= 4 and not typed.isdecimal():
                typed = rng.choice(typos(typed) or [typed])
            assert ENGINE.typed_choice(state, typed) is not None, (state.node, typed)
            turn = ENGINE.handle(state, Inbound("test:walker", text=typed), 2.0)
            clicked = ENGINE.handle(state, Inbound("test:walker", choice=(state.step, node.choices.index(choice))), 2.0)
            assert turn.state == clicked.state, (state.node, typed)  # typing it is tapping it
            state = turn.state
            seen_stages.add(state.stage)
        assert state.status == COMPLETED and len(seen_stages) == 7, (run, state.stage, state.node)


@functools.lru_cache(maxsize=1)
def real_content():
    from bot.app import load_content

    return load_content(REPO_DIALOGUES)


async def test_through_the_service_typed_labels_are_choices_never_crisis_or_doubts():
    """Choices come before the crisis check: every label typed loosely walks on, with no crisis reply."""
    from bot.service import Service
    from bot.store.memory import MemoryStore
    from tests.fakes import Clock

    content = real_content()
    store = MemoryStore()
    service = Service(Engine(content.book), store, content.language, clock=Clock())
    person = "test:typist"
    await service.handle(Inbound(person, command="begin"))
    rng = random.Random(7)
    kinds: set[str] = set()
    for _ in range(300):
        state = await store.load(person)
        if state.status == COMPLETED:
            break
        node = content.book.node(state.stage, state.node)
        going = [c for c in node.choices if c.action is None]
        typed = plain(rng.choice(going).label)
        replies = await service.handle(Inbound(person, text=typed))
        kinds |= {r.kind for r in replies}
        after = await store.load(person)
        assert after.step == state.step + 1, (state.node, typed, [r.text for r in replies][:2])
    assert (await store.load(person)).status == COMPLETED
    assert not kinds & {"crisis", "care", "check", "reframe"}, kinds


@pytest.mark.parametrize(("stage", "node_id", "typed", "lands"), [
    ("embrace", "anchor", "I've got it", "loosen"),
    ("embrace", "anchor", "ive got it", "loosen"),
    ("figure", "shaped", "I'm looking at them", "hand"),
    ("figure", "shaped", "im lookng at them", "hand"),
    ("lake", "shore", "I'm on the shore", "look"),
    ("candle", "replace", "let me stay a little longer", "linger"),
])
async def test_the_misfires_from_the_issue_are_choices_through_the_service(stage, node_id, typed, lands):
    """Measured in issue 13: these labels, typed, brought the crisis reply or a reframe."""
    from bot.journey.model import PersonState
    from bot.service import Service
    from bot.store.memory import MemoryStore
    from tests.fakes import Clock

    content = real_content()
    store = MemoryStore()
    service = Service(Engine(content.book), store, content.language, clock=Clock())
    store.people["test:misfire"] = PersonState("test:misfire", stage, node_id, step=4)
    replies = await service.handle(Inbound("test:misfire", text=typed))
    assert not {r.kind for r in replies} & {"crisis", "care", "check", "reframe"}
    first = content.book.node(stage, lands).say[0].text
    assert first in [r.text for r in replies]
