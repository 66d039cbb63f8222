"""Buttons whose custom_ids carry everything needed, so they keep working after a restart."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import discord

if TYPE_CHECKING:
    from bot.discord.client import WellspringMixin

# Clicks are routed by bot.discord.guard (the same patterns), not by discord.py's view store: these
# classes build the buttons. Every command a button may carry (ws:cmd:<name>[:<token>]); each is
# handed to the service as Inbound.command, except /forget's confirmation, which the client answers
# itself (only with the one-time token of the question it showed: ws:cmd:forget-yes:<token>). Any
# [a-z-] name is accepted, so a button from a newer or older release still reaches the service,
# which answers unknown ones.
COMMAND_NAMES = (
    "begin", "resume", "pause", "restart", "status", "forget-yes", "forget-no",
    "help-now", "region", "safety-plan",
    "check-yes", "check-no", "check-unsaid",
    "grounding", "ground-senses", "ground-breathing", "ground-next", "ground-stop",
    "plan", "plan-yes", "plan-no", "plan-skip", "plan-stop", "lines", "helped-yes", "helped-no",
)
PRIMARY = frozenset({"check-yes", "check-no", "check-unsaid", "resume", "begin"})


def _bot(interaction: discord.Interaction) -> WellspringMixin:
    return interaction.client  # type: ignore[return-value]


def _label(item: discord.ui.Item[Any]) -> str:
    """The clicked button's label ("…" when it has none)."""
    return (item.label if isinstance(item, discord.ui.Button) else None) or "…"


class ChoiceButton(discord.ui.DynamicItem[discord.ui.Button],
                   template=r"ws:c:(?P<step>\d{1,12}):(?P<index>\d{1,2})(?::(?P<gen>[0-9a-f]{1,8}))?"):
    """A choice of the journey: `step` tells a current button from an old one, and `generation` (when
    given) one from an earlier journey, before a /restart or a /forget."""

    def __init__(self, step: int, index: int, label: str = "…", row: int | None = None,
                 generation: str | None = None):
        custom_id = f"ws:c:{step}:{index}" + (f":{generation}" if generation else "")
        super().__init__(discord.ui.Button(label=label[:80], style=discord.ButtonStyle.primary,
                                           custom_id=custom_id), row=row)
        self.step, self.index, self.generation = step, index, generation

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item[Any],
                             match: re.Match[str], /) -> ChoiceButton:
        """Rebuild the button from a click, even one from before a restart."""
        return cls(int(match["step"]), int(match["index"]), _label(item), generation=match["gen"])

    async def callback(self, interaction: discord.Interaction) -> Any:
        """Hand the click to the bot."""
        await _bot(interaction).on_choice(interaction, self.step, self.index, self.generation)


class CommandButton(discord.ui.DynamicItem[discord.ui.Button],
                    template=r"ws:cmd:(?P<name>[a-z-]{1,32})(?::(?P<arg>[A-Za-z0-9_-]{1,64}))?"):
    """A button that runs a command: Resume, I need help now, a check's answers, care, /forget's confirmation."""

    def __init__(self, name: str, label: str = "…", row: int | None = None):
        base = name.split(":", 1)[0]  # forget-yes:<token>: the name, then a one-time token
        style = discord.ButtonStyle.danger if base == "forget-yes" else \
            discord.ButtonStyle.primary if base in PRIMARY else discord.ButtonStyle.secondary
        super().__init__(discord.ui.Button(label=label[:80], style=style, custom_id=f"ws:cmd:{name}"), row=row)
        self.name = name

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item[Any],
                             match: re.Match[str], /) -> CommandButton:
        """Rebuild the button from a click."""
        return cls(match["name"], _label(item))

    async def callback(self, interaction: discord.Interaction) -> Any:
        """Hand the click to the bot."""
        await _bot(interaction).on_command_button(interaction, self.name)
