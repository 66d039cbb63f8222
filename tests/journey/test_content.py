"""Content pass over the seven stages: "stay" waits for the person, lines don't repeat within seconds."""

from __future__ import annotations

import re

import pytest

from bot.journey.engine import Engine
from bot.journey.loader import load_book
from bot.journey.model import PersonState
from bot.journey.turns import Inbound
from tests.journey.test_loader import REPO_DIALOGUES

BOOK = load_book(REPO_DIALOGUES)
NODES = [(stage.name, node) for stage in BOOK.stages for node in stage.nodes.values()]
STAY = re.compile(r"\b(stay|moment|longer|a while|wait)\b", re.IGNORECASE)
LINGER = re.compile(r"as long as you (like|need)|take the time you need|there's no rush", re.IGNORECASE)


def following(stage: str, node) -> list[tuple[str, str]]:
    """The nodes a person can reach from `node` in one move (across a stage's exit too)."""
    found = [(stage, c.next) for c in node.choices if c.next]
    if node.prompt:
        found += [(stage, r.next) for r in node.prompt.routes] + [(stage, node.prompt.default)]
        if node.prompt.keep is not None:
            found.append((stage, node.prompt.keep.next))
    if node.next:
        found.append((stage, node.next))
    if node.exit and node.exit != "end":
        entered = BOOK.stage(node.exit)
        found.append((entered.name, entered.start))
    return found


STAY_CHOICES = [(s, n, c) for s, n in NODES for c in n.choices if c.next and STAY.search(c.label)]


@pytest.mark.parametrize(("stage", "node", "choice"), STAY_CHOICES,
                         ids=[f"{s}/{n.id}/{c.label}" for s, n, c in STAY_CHOICES])
def test_a_stay_choice_waits_for_the_person_to_go_on(stage, node, choice):
    """"Let me stay a little longer" leads to a node with a button to go on, not one that moves by itself."""
    target = BOOK.node(stage, choice.next)
    assert target.choices, f"{stage}/{target.id} moves on by itself after {choice.label!r}"
    assert any(c.next for c in target.choices)


def test_there_are_stay_choices_and_the_candle_one_waits():
    assert len(STAY_CHOICES) >= 6
    linger = BOOK.node("candle", "linger")
    assert linger.choices and linger.next is None and linger.say[0].pause == 10


@pytest.mark.parametrize(("stage", "node"),
                         [(s, n) for s, n in NODES if any(LINGER.search(line.text) for line in n.say)],
                         ids=lambda item: getattr(item, "id", item))
def test_a_line_that_invites_lingering_is_never_followed_by_moving_on_alone(stage, node):
    assert node.choices, f"{stage}/{node.id} says to take your time, then moves on by itself"


def five_word_runs(node) -> set[str]:
    runs = set()
    for line in node.say:
        words = re.findall(r"[\w']+", line.text.lower())
        runs |= {" ".join(words[i:i + 5]) for i in range(len(words) - 4)}
    return runs


@pytest.mark.parametrize(("stage", "node"), NODES, ids=[f"{s}/{n.id}" for s, n in NODES])
def test_no_five_words_repeat_within_two_moves(stage, node):
    mine = five_word_runs(node)
    for next_stage, next_id in following(stage, node):
        nearby = BOOK.node(next_stage, next_id)
        reach = [nearby] + [BOOK.node(s, n) for s, n in following(next_stage, nearby)]
        for other in reach:
            if other is not node:
                assert not mine & five_word_runs(other), (node.id, other.id, mine & five_word_runs(other))


def test_no_line_appears_twice_in_a_stage():
    for stage in BOOK.stages:
        lines = [line.text for node in stage.nodes.values() for line in node.say]
        assert len(lines) == len(set(lines)), [t for t in lines if lines.count(t) > 1]


@pytest.mark.parametrize("index", range(5))
def test_the_figure_is_not_named_in_the_label_s_words_again_and_again(index):
    """Tapping "A younger me, grown wise" shows those words once (the button), not three times in 30 s."""
    engine = Engine(BOOK)
    state = PersonState("test:figure", "figure", "shape", step=3)
    choice = BOOK.node("figure", "shape").choices[index]
    said = []
    turn = engine.handle(state, Inbound("test:figure", choice=(3, index)), 2.0)
    said += [r.text for r in turn.replies]
    for _ in range(12):  # walk on by the first choice into the embrace
        state = turn.state
        if state.stage == "embrace" and state.node != "hug":
            break
        BOOK.node(state.stage, state.node)  # the node exists
        turn = engine.handle(state, Inbound("test:figure", choice=(state.step, 0)), 3.0)
        said += [r.text for r in turn.replies]
    narration = " ".join(said).lower()
    label_words = re.sub(r"^(a|an|i'm|someone)\s+", "", choice.label.lower()).rstrip(".")
    assert label_words not in narration, (choice.label, narration[:400])
    assert "{" not in narration and "  " not in narration
    if index == 3:
        assert narration.count("younger") <= 2 and "grown wise" not in narration


@pytest.mark.parametrize(("stage", "node"), NODES, ids=[f"{s}/{n.id}" for s, n in NODES])
def test_a_question_is_only_asked_where_the_journey_waits_for_the_answer(stage, node):
    """The figure's and the narration's questions are heard: a line that asks sits on a node with choices or a
    prompt."""
    asking = [line.text for line in node.say if "?" in line.text]
    assert not asking or node.interactive, (node.id, asking)
