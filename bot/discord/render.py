"""Replies as Discord messages: text within limits, buttons for options."""

from __future__ import annotations

from dataclasses import dataclass

import discord

from bot.discord.buttons import ChoiceButton, CommandButton
from bot.journey.engine import Option, Reply

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


def view_for(options: tuple[Option, ...], step: int = -1) -> discord.ui.View | None:
    """A persistent view (no timeout) holding one button per option; choices carry `step`."""
    if not options:
        return None
    view = discord.ui.View(timeout=None)
    for option in options[:MAX_BUTTONS]:
        if option.command:
            view.add_item(CommandButton(option.command, option.label))
        else:
            view.add_item(ChoiceButton(step, option.index, option.label))
    return view


def render(replies: tuple[Reply, ...] | list[Reply]) -> list[Outgoing]:
    """Every reply as one or more messages; buttons ride on the last piece."""
    out: list[Outgoing] = []
    for reply in replies:
        text = f"**{reply.text}**" if reply.kind == "heading" else reply.text
        if reply.expects_text:
            text += "\n-# Type a few words" + (", or tap a button." if reply.options else ".")
        pieces = split_text(text)
        for i, piece in enumerate(pieces):
            last = i == len(pieces) - 1
            out.append(Outgoing(piece, view_for(reply.options, reply.step) if last else None, reply))
    return out


def progress_bar(stage_number: int, total: int = 7) -> str:
    """Seven little lights, lit up to the current stage."""
    return "●" * stage_number + "○" * (total - stage_number)
