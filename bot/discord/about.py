"""/about: what wellspring is, its version, where its code is, and what it keeps about a person."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands

from bot.config import version
from bot.discord.safety import personal_command, place

if TYPE_CHECKING:
    from bot.discord.client import WellspringMixin

KEPT = ("**What I keep about you:** where you are in the journey, when your journeys began and ended, the 0–10 "
        "check-ins if you gave them, labels of what happened (like \"began\" or \"reached the candle\"), a reminder "
        "if you asked for one. Your own words only where you chose to leave them: a safety plan, how your figure "
        "looks, the phrase you carry. Everything else you write is read to choose a reply, then let go: it's never "
        "saved and never logged.")
KEPT_FOR = "**For how long:** until you use /forget, or until whoever runs this bot erases it."
KEPT_FOR_DAYS = ("**For how long:** until you use /forget, or until you've been away {days} days: then it's all "
                 "erased by itself.")
SEE_IT = "/mydata sends you all of it, privately. /forget erases all of it."
SOURCE = "**Source:** {url} (MIT licence). The full privacy notes are in PRIVACY.md there."
NO_SOURCE = ("**Source:** open, under the MIT licence; the full privacy notes are in its PRIVACY.md. "
             "Whoever runs this bot can point you to it.")


def about_text(*, source_url: str | None, retention_days: int | None) -> str:
    """The /about answer."""
    lines = [f"**wellspring {version()}**: a guided reflection on self-compassion, walked in DMs. I'm a bot, not a "
             "person, and this isn't therapy or a crisis service: /help-now shows you ways to reach a real person.",
             KEPT,
             KEPT_FOR_DAYS.format(days=retention_days) if retention_days else KEPT_FOR,
             SEE_IT,
             SOURCE.format(url=source_url) if source_url else NO_SOURCE]
    return "\n\n".join(lines)


def add_about_command(tree: app_commands.CommandTree, bot: WellspringMixin) -> None:
    """/about, for everyone, everywhere; private outside the bot's DM."""

    async def about(interaction: discord.Interaction) -> None:
        text = about_text(source_url=getattr(bot, "source_url", None),
                          retention_days=getattr(bot, "retention_days", None))
        await interaction.response.send_message(text, ephemeral=place(interaction) != "dm")

    tree.add_command(personal_command("about", "What wellspring is, and what it keeps about you", about))
