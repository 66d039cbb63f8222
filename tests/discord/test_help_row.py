"""'I need help now' rides on every step of the journey, alone on a final row, and never on care itself."""

from __future__ import annotations

import pytest

from bot.discord.buttons import COMMAND_NAMES, CommandButton
from bot.discord.render import render, view_for, view_of
from bot.journey.turns import Option, Reply

HELP = "ws:cmd:help-now"


def rows(view) -> list[list[str]]:
    return [[c["custom_id"] for c in row["components"]] for row in view.to_components()]


@pytest.mark.parametrize("n", [1, 2, 5, 6, 12, 19, 20, 21, 24, 30])
def test_help_is_alone_on_the_row_after_the_choices(n):
    view = view_of(Reply("Which way?", options=tuple(Option(f"way {i}", i) for i in range(n)), step=7))
    laid = rows(view)
    flat = [cid for row in laid for cid in row]
    assert flat[-1] == HELP and flat.count(HELP) == 1
    assert len(flat) <= 25 and len(laid) <= 5 and all(len(row) <= 5 for row in laid)
    assert flat[:-1] == [f"ws:c:7:{i}" for i in range(min(n, 24))]
    if n <= 20:
        assert laid[-1] == [HELP]  # a row of its own, after every choice


def test_a_prompt_to_type_without_choices_still_offers_help():
    out = render([Reply("What do you notice?", expects_text=True, step=2)])
    assert rows(out[0].view) == [[HELP]]
    assert out[0].content.endswith("Type a few words.")


def test_plain_narration_and_care_carry_no_help_button():
    assert render([Reply("The light settles.")])[0].view is None
    for kind in ("crisis", "check", "care"):
        reply = Reply("You matter.", kind, (Option("Resume the journey", command="resume"),))
        assert rows(view_of(reply)) == [["ws:cmd:resume"]]


def test_help_is_not_doubled_when_the_options_already_offer_it():
    reply = Reply("Paused.", "system",
                  (Option("Resume", command="resume"), Option("I need help now", command="help-now")))
    assert rows(view_of(reply)) == [["ws:cmd:resume"], [HELP]]


def test_forget_confirmation_has_no_help_row():
    view = view_for((Option("Erase everything", command="forget-yes"), Option("Keep my journey", command="forget-no")))
    assert rows(view) == [["ws:cmd:forget-yes", "ws:cmd:forget-no"]]


def test_every_care_command_fits_the_button_template():
    for name in COMMAND_NAMES:
        button = CommandButton(name, name)
        assert CommandButton.__discord_ui_compiled_template__.fullmatch(button.custom_id)["name"] == name
