"""Slash commands about a person's own history and a server's aggregate counts, and reminders."""

from __future__ import annotations

import asyncio
import io
import json
import logging
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from bot.discord.render import render
from bot.discord.safety import IN_A_SERVER, SERVER_INSTALL, SERVER_ONLY, personal_command, place
from bot.insight.chart import checkin_chart, has_checkins
from bot.insight.history import funnel_text, history_text

if TYPE_CHECKING:
    from bot.discord.client import WellspringMixin

log = logging.getLogger(__name__)

SENT_TO_DMS = "I've sent it to you in a direct message: only you can see it."
DMS_CLOSED = ("I couldn't send you a direct message. Open this server's menu → Privacy Settings → "
              "turn on Direct Messages, then ask again.")
MYDATA_NOTE = "Here is everything wellspring keeps about you. /forget erases it all."


def add_insight_commands(tree: app_commands.CommandTree, bot: WellspringMixin) -> None:
    """/journey, /mydata, /remind for anyone; /stats for moderators."""
    async def journey(interaction: discord.Interaction) -> None:
        await _private_file(bot, interaction, *await _history(bot, interaction.user))

    async def mydata(interaction: discord.Interaction) -> None:
        data = await bot.service.export(f"discord:{interaction.user.id}")
        payload = json.dumps(data, indent=2, ensure_ascii=False).encode()
        await _private_file(bot, interaction, MYDATA_NOTE, discord.File(io.BytesIO(payload), "wellspring-mydata.json"))

    @app_commands.describe(amount="how many hours or days from now", unit="hours or days")
    @app_commands.choices(unit=[app_commands.Choice(name="hours", value="hours"),
                                app_commands.Choice(name="days", value="days")])
    async def remind(interaction: discord.Interaction, amount: app_commands.Range[int, 1, 720],
                     unit: app_commands.Choice[str]) -> None:
        seconds = amount * (3600 if unit.value == "hours" else 86400)
        text = await bot.service.remind(f"discord:{interaction.user.id}", seconds)
        await interaction.response.send_message(text, ephemeral=place(interaction) != "dm")

    async def stats(interaction: discord.Interaction) -> None:
        if interaction.guild_id is None:  # who may see the counts is Discord's call (default permissions)
            await interaction.response.send_message(IN_A_SERVER, ephemeral=True)
            return
        funnel = await bot.service.store.funnel(str(interaction.guild_id))
        titles = {s.number: s.title for s in bot.service.engine.book.stages}
        await interaction.response.send_message(funnel_text(funnel, titles), ephemeral=True)

    for name, description, callback in (
            ("journey", "Your own journeys and check-ins, as a picture (sent privately)", journey),
            ("mydata", "Everything wellspring keeps about you, as a file (sent privately)", mydata),
            ("remind", "Remind me to come back to my paused journey", remind)):
        tree.add_command(personal_command(name, description, callback))
    stats_command: app_commands.Command[Any, ..., Any] = app_commands.Command(
        name="stats", description="How journeys begun here went (counts only)", callback=stats)
    stats_command.guild_only = True
    stats_command.default_permissions = discord.Permissions(manage_channels=True)
    stats_command.allowed_contexts, stats_command.allowed_installs = SERVER_ONLY, SERVER_INSTALL
    tree.add_command(stats_command)


async def _history(bot: WellspringMixin, user: discord.abc.User) -> tuple[str, discord.File | None]:
    journeys = await bot.service.store.journeys(f"discord:{user.id}")
    chart = None
    if has_checkins(journeys):
        png = await asyncio.to_thread(checkin_chart, journeys)  # drawing takes ~100 ms: off the loop
        chart = discord.File(io.BytesIO(png), "wellspring-journey.png")
    return history_text(journeys), chart


async def _private_file(bot: WellspringMixin, interaction: discord.Interaction, text: str,
                        file: discord.File | None) -> None:
    """Send to the person's DM only; anywhere else, say so ephemerally."""
    in_dm = place(interaction) == "dm"
    await interaction.response.defer(ephemeral=not in_dm, thinking=True)
    try:
        channel = await bot.dm_channel(interaction.user)
        if in_dm:
            await interaction.followup.send(text, file=file or discord.utils.MISSING)
            return
        await channel.send(text, file=file or discord.utils.MISSING)
    except discord.Forbidden:
        await interaction.followup.send(DMS_CLOSED, ephemeral=True)
        return
    await interaction.followup.send(SENT_TO_DMS, ephemeral=True)


async def reminder_loop(bot: WellspringMixin, every: float = 30.0) -> None:
    """Send due reminders, once each, until the bot closes; survives restarts because they are stored."""
    await bot.wait_until_ready()
    while not bot.is_closed():
        try:
            due = await bot.service.due_reminders()
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            bot.limiter.failure(f"reading due reminders failed: {type(exc).__name__}", exc)
            due = []
        for person_id, reply in due:  # one person's failure (a deleted account...) never stops the others'
            try:
                uid = int(person_id.split(":", 1)[1])
                user = bot.get_user(uid) or await bot.fetch_user(uid)
                channel = await bot.dm_channel(user)
                # Closed DMs: dropped quietly. DMChannel.send's overloads are wider than courier.Sendable's.
                bot.courier.deliver(person_id, channel, render([reply]))  # type: ignore[arg-type]
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                bot.limiter.failure(f"sending a reminder failed: {type(exc).__name__}", exc)
        await asyncio.sleep(every)
