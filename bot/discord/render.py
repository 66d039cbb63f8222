"""Replies as Discord messages: text within limits, buttons for options."""

from __future__ import annotations

from dataclasses import dataclass

import discord

from bot.discord.buttons import ChoiceButton, CommandButton
from bot.journey.turns import Option, Reply

LIMIT = 2000
MAX_BUTTONS = 25  # five rows of five


@dataclass(frozen=True)
class Outgoing:
    """One message ready to send: content, optional buttons, and the pause before the next."""

    content: str
    view: discord.ui.View | None
    reply: Reply


def split_text(text: str, limit: int = LIMIT) -> list[str]:
    """Cut text into pieces Discord accepts, preferring paragraph, line, then word breaks."""
    text = text.strip() or "…"
    pieces = []
    while len(text) > limit:
        cut = max(text.rfind(sep, 0, limit) for sep in ("\n\n", "\n", " "))
        cut = cut if cut > limit // 2 else limit
        pieces.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    pieces.append(text)
    return pieces


HELP_NOW = Option("I need help now", command="help-now")
URGENT = frozenset({"crisis", "check", "care"})  # kinds that pre-empt the queue; care needs no extra help button


def view_for(options: tuple[Option, ...], step: int = -1, *, help_now: bool = False,
             generation: str | None = None) -> discord.ui.View | None:
    """A persistent view (no timeout) holding one button per option; choices carry `step` (and the
    journey's `generation`, so that a button from before a /restart or a /forget is known as stale).

    `help_now` adds the "I need help now" button alone on a final row, after the choices, so it
    is always one tap away and never mixed in with them (at most 24 choices then: 25 buttons).
    """
    options = tuple(o for o in options if not (help_now and o.command == HELP_NOW.command))
    if not options and not help_now:
        return None
    view = discord.ui.View(timeout=None)
    shown = options[:MAX_BUTTONS - 1] if help_now else options[:MAX_BUTTONS]
    for i, option in enumerate(shown):
        row = i // 5 if help_now else None
        if option.command:
            view.add_item(CommandButton(option.command, option.label, row=row))
        else:
            view.add_item(ChoiceButton(step, option.index, option.label, row=row, generation=generation))
    if help_now:
        last_row = min((len(shown) + 4) // 5, 4)  # the row after the choices (the 5th row holds at most 4 of them)
        view.add_item(CommandButton(HELP_NOW.command or "help-now", HELP_NOW.label, row=last_row))
    return view


def wants_help_button(reply: Reply) -> bool:
    """A step of the journey waiting for the person: its choices, or a prompt to type."""
    return reply.kind not in URGENT and bool(reply.options or reply.expects_text)


def view_of(reply: Reply, generation: str | None = None) -> discord.ui.View | None:
    """The buttons a reply's message carries: its options, and "I need help now" at every step."""
    return view_for(reply.options, reply.step, help_now=wants_help_button(reply), generation=generation)


def render(replies: tuple[Reply, ...] | list[Reply]) -> list[Outgoing]:
    """Every reply as one or more messages; buttons ride on the last piece. Replies the service stamped
    with their journey's generation (bot.delivery.Stamped) put it in their choices' custom ids."""
    generation = getattr(replies, "generation", None)
    out: list[Outgoing] = []
    for reply in replies:
        text = f"**{reply.text}**" if reply.kind == "heading" else reply.text
        if reply.expects_text:
            text += "\n-# Type a few words" + (", or tap a button." if reply.options else ".")
        pieces = split_text(text)
        for i, piece in enumerate(pieces):
            last = i == len(pieces) - 1
            out.append(Outgoing(piece, view_of(reply, generation) if last else None, reply))
    return out


def progress_bar(stage_number: int, total: int = 7) -> str:
    """Seven little lights, lit up to the current stage."""
    return "●" * stage_number + "○" * (total - stage_number)
