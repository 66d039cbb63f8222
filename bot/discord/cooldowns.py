"""Per-person cooldowns on the commands that cost the bot real work: /journey draws a chart (about 1 s
of CPU the first time), /mydata reads every row about a person, /stats counts a whole server.

A second use inside the window gets a kind word, privately, saying when it will work again; nothing
is logged as a failure. discord.py's own cooldown check keeps the counts, keyed by the person's id.
"""

from __future__ import annotations

import math

import discord
from discord import app_commands

# name -> (uses, per seconds), for each person
COSTLY: dict[str, tuple[int, float]] = {"journey": (1, 30.0), "mydata": (1, 60.0), "stats": (2, 60.0)}
COOLING = "You asked for that a moment ago. It'll be ready again in {wait}; nothing's lost meanwhile."


def apply(tree: app_commands.CommandTree) -> None:
    """Put the cooldown of COSTLY on each of those commands the tree has."""
    for name, (uses, per) in COSTLY.items():
        command = tree.get_command(name)
        if isinstance(command, app_commands.Command):
            app_commands.checks.cooldown(uses, per)(command)


def wait_words(seconds: float) -> str:
    """"a few seconds", "about 20 seconds", "about a minute"."""
    whole = max(1, math.ceil(seconds))
    if whole <= 5:
        return "a few seconds"
    if whole < 55:
        return f"about {whole} seconds"
    return "about a minute" if whole < 90 else f"about {round(whole / 60)} minutes"


async def answer(interaction: discord.Interaction, error: Exception) -> bool:
    """Answer a command that is cooling down; False for any other error (the caller handles it)."""
    if not isinstance(error, app_commands.CommandOnCooldown):
        return False
    text = COOLING.format(wait=wait_words(error.retry_after))
    if interaction.response.is_done():
        await interaction.followup.send(text, ephemeral=True)
    else:
        await interaction.response.send_message(text, ephemeral=True)
    return True
