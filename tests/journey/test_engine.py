"""The engine walks a person through a book: choices, prompts, commands and bad input."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.journey.engine import Engine, valid
from bot.journey.loader import load_book
from bot.journey.model import ACTIVE, COMPLETED, PAUSED, STAGES
from bot.journey.turns import Inbound
from tests.fakes import write_minimal_dialogues

PID = "test:ada"


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return Engine(load_book(write_minimal_dialogues(tmp_path_factory.mktemp("dialogues"))))


def text(turn):
    return [r.text for r in turn.replies]


def begin(engine):
    return engine.handle(None, Inbound(PID, command="begin"), 1.0)


def test_begin_shows_heading_and_first_choices(engine):
    turn = begin(engine)
    assert text(turn) == ["— Stage 1 of 7: The abyss —", "abyss begins."]
    assert [o.label for o in turn.replies[-1].options] == ["Go on", "Rest"]
    assert turn.state.stage == "abyss" and turn.state.node == "one" and turn.state.status == ACTIVE
    assert turn.events == ("begin", "stage:abyss")


def test_first_message_without_command_begins(engine):
    turn = engine.handle(None, Inbound(PID, text="hello"), 1.0)
    assert turn.state.node == "one" and "abyss begins." in text(turn)


def test_button_moves_on_and_old_button_is_answered_gently(engine):
    first = begin(engine)
    option = first.replies[-1].options[0]
    step = first.replies[-1].step
    moved = engine.handle(first.state, Inbound(PID, choice=(step, option.index)), 2.0)
    assert moved.state.node == "two" and moved.replies[-1].expects_text
    again = engine.handle(moved.state, Inbound(PID, choice=(step, option.index)), 3.0)
    assert again.state == moved.state
    assert again.replies[0].text.startswith("That moment has passed")
    assert again.replies[-1].text == "What do you notice?"


def test_typed_number_and_label_pick_choices(engine):
    state = begin(engine).state
    assert engine.handle(state, Inbound(PID, text="1"), 2.0).state.node == "two"
    assert engine.handle(state, Inbound(PID, text="  go ON! "), 2.0).state.node == "two"


def test_prompt_routes_by_words_and_stores_only_the_label(engine):
    state = engine.handle(begin(engine).state, Inbound(PID, text="1"), 2.0).state
    routed = engine.handle(state, Inbound(PID, text="I see a soft GLOW over there"), 3.0)
    assert routed.state.vars["noticed_abyss"] == "light"
    assert "You noticed light." in text(routed)
    assert "soft" not in repr(routed.state)
    other = engine.handle(state, Inbound(PID, text="🌊🌊"), 3.0)
    assert other.state.vars["noticed_abyss"] == "other"


@pytest.mark.parametrize("typed", ["", "   ", "\x00\x07\u200b", "\n\t"])
def test_empty_or_invisible_input_keeps_the_place(engine, typed):
    state = begin(engine).state
    turn = engine.handle(state, Inbound(PID, text=typed), 2.0)
    assert turn.state == state
    assert turn.replies[0].text.startswith("I didn't catch anything")
    assert turn.replies[-1].options  # the current step again


@pytest.mark.parametrize("typed", ["7", "0", "99999", "🙂🙂🙂", "x" * 10_000])
def test_not_a_choice_gets_a_kind_nudge(engine, typed):
    state = begin(engine).state
    turn = engine.handle(state, Inbound(PID, text=typed), 2.0)
    assert turn.state == state
    assert turn.replies[0].kind == "system" and len(turn.replies[0].text) < 200
    assert [o.label for o in turn.replies[-1].options] == ["Go on", "Rest"]


def test_unknown_command(engine):
    state = begin(engine).state
    turn = engine.handle(state, Inbound(PID, command="dance"), 2.0)
    assert turn.state == state and "I don't know /dance" in turn.replies[0].text


def test_pause_resume_status_with_recap(engine):
    state = begin(engine).state
    paused = engine.handle(state, Inbound(PID, command="pause"), 2.0)
    assert paused.state.status == PAUSED and "Paused at stage 1 of 7" in paused.replies[0].text
    idle = engine.handle(paused.state, Inbound(PID, text="1"), 3.0)
    assert idle.state == paused.state and "/resume" in idle.replies[0].text
    status = engine.handle(paused.state, Inbound(PID, command="status"), 3.0)
    assert status.replies[0].text == "You're at stage 1 of 7: The abyss, paused."
    resumed = engine.handle(paused.state, Inbound(PID, command="resume"), 4.0)
    assert resumed.state.status == ACTIVE and resumed.state.node == "one"
    assert resumed.replies[0].text.startswith("Welcome back. You were at stage 1 of 7: The abyss")
    assert resumed.replies[-1].options


def test_pause_as_a_choice(engine):
    turn = engine.handle(begin(engine).state, Inbound(PID, text="2"), 2.0)
    assert turn.state.status == PAUSED


def walk_to_end(engine, state):
    for _ in range(100):
        if state.status == COMPLETED:
            return state
        node = engine.book.node(state.stage, state.node)
        typed = "1" if node.choices else "a glow"
        state = engine.handle(state, Inbound(PID, text=typed), 5.0).state
    raise AssertionError("journey did not end")


def test_whole_book_to_completion_then_status_and_begin_again(engine):
    done = walk_to_end(engine, begin(engine).state)
    assert done.completed == 1
    assert engine.handle(done, Inbound(PID, command="status"), 9.0).replies[0].text.startswith(
        "Your journey is completed")
    again = engine.handle(done, Inbound(PID, command="begin"), 10.0)
    assert again.state.journeys == 2 and again.state.stage == "abyss" and again.state.completed == 1


def test_restart_and_forget(engine):
    state = engine.handle(begin(engine).state, Inbound(PID, text="1"), 2.0).state
    restarted = engine.handle(state, Inbound(PID, command="restart"), 3.0)
    assert restarted.state.node == "one" and restarted.state.journeys == 2
    assert restarted.state.step > state.step  # buttons from before the restart are stale
    forgotten = engine.handle(restarted.state, Inbound(PID, command="forget"), 4.0)
    assert forgotten.state is None and forgotten.events == ("forget",)


def test_stage_headings_and_events_on_crossing(engine):
    state = begin(engine).state
    events = []
    for typed in ["1", "glow", "1"]:
        turn = engine.handle(state, Inbound(PID, text=typed), 2.0)
        events += turn.events
        state = turn.state
    assert state.stage == "tunnel" and "stage:tunnel" in events
    assert "— Stage 2 of 7: The tunnel —" in text(turn)


def test_repair_moves_a_stale_node_to_its_stage_start(engine):
    state = begin(engine).state
    from dataclasses import replace

    assert engine.repair(replace(state, stage="lake", node="removed")).node == "one"
    assert engine.repair(replace(state, stage="nowhere", node="x")).stage == "abyss"


inputs = st.one_of(
    st.builds(lambda t: Inbound(PID, text=t), st.text(max_size=300)),
    st.builds(lambda c: Inbound(PID, command=c), st.sampled_from(
        ["begin", "pause", "resume", "restart", "status", "help", "nope", ""])),
    st.builds(lambda s, i: Inbound(PID, choice=(s, i)), st.integers(-2, 40), st.integers(-2, 6)),
    st.sampled_from([Inbound(PID, text="1"), Inbound(PID, text="2"), Inbound(PID, text="glow")]),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(inputs, max_size=40))
def test_any_input_sequence_keeps_a_valid_state(engine, sequence):
    state = None
    for inbound in sequence:
        turn = engine.handle(state, inbound, 1.0)
        assert turn.replies, inbound
        assert all(0 < len(r.text) <= 2000 for r in turn.replies)
        if turn.state is not None:
            assert valid(engine.book, turn.state) and turn.state.stage in STAGES
        state = turn.state


def test_checkin_scores_by_label_and_skip(tmp_path):
    from tests.test_transcripts import ROOT

    real = Engine(load_book(ROOT / "dialogues"))
    state = real.handle(None, Inbound(PID, command="begin"), 1.0).state
    asked = real.handle(state, Inbound(PID, text="1"), 2.0)
    assert state.checkin("before") is None and asked.state.node == "checkin_before"
    assert [o.label for o in asked.replies[-1].options][-1] == "Skip"
    scored = real.handle(asked.state, Inbound(PID, text="7"), 3.0)
    assert scored.state.checkin("before") == 7 and scored.state.node != "checkin_before"
    skipped = real.handle(asked.state, Inbound(PID, text="skip"), 3.0)
    assert skipped.state.checkin("before") is None and skipped.state.node == scored.state.node
    clicked = real.handle(asked.state, Inbound(PID, choice=(asked.state.step, 0)), 3.0)
    assert clicked.state.checkin("before") == 0


def test_an_old_button_after_forget_does_not_start_a_new_journey():
    from pathlib import Path

    from bot.app import load_content
    from bot.journey.engine import Engine
    from bot.journey.turns import Inbound

    engine = Engine(load_content(Path(__file__).resolve().parents[2] / "dialogues").book)
    turn = engine.handle(None, Inbound("p", choice=(3, 0)), 1.0)
    assert turn.state is None and not turn.events
    assert turn.replies[0].options[0].command == "begin"
