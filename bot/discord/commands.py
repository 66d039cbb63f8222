"""Slash commands: the journey's commands anywhere, channel settings for moderators."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, cast

import discord
from discord import app_commands

from bot.discord.render import progress_bar, render, view_for
from bot.discord.safety import (
    IN_A_SERVER,
    SERVER_INSTALL,
    SERVER_ONLY,
    add_safety_commands,
    inbound_for,
    personal_command,
    place,
    settle,
)
from bot.journey import texts
from bot.journey.turns import Option

if TYPE_CHECKING:
    from bot.discord.client import WellspringMixin
    from bot.discord.courier import Sendable

Callback = Callable[[discord.Interaction], Coroutine[Any, Any, None]]

log = logging.getLogger(__name__)

NOT_ENABLED = ("wellspring isn't enabled in this channel. Someone with the Manage Channels permission "
               "can turn it on here with /enable.")
ENABLED_ELSEWHERE = " It is enabled in: {channels}."
DMS_CLOSED = ("I couldn't send you a direct message. To open them: open this server's menu → "
              "Privacy Settings → turn on Direct Messages, then use /begin again. "
              "(Your journey always happens privately in DMs.)")
SENT_TO_DMS = "I've sent you a direct message — your journey happens there, privately."
FORGET_ASK = ("This erases everything I keep about you: your place in the journey and your history. "
              "It can't be undone. Erase it all?")
JOURNEY = {
    "begin": "Begin your journey, or pick it up where you left off (it happens in DMs)",
    "pause": "Pause your journey; nothing is lost",
    "resume": "Carry on from where you paused",
    "restart": "Begin the journey again from the very start",
    "status": "Where you are in the journey",
    "help": "What wellspring is and how to use it",
}


def build_tree(bot: WellspringMixin) -> app_commands.CommandTree:
    """Every slash command, bound to `bot`."""
    tree = app_commands.CommandTree(bot)
    for name, description in JOURNEY.items():
        tree.add_command(_journey_command(bot, name, description))
    tree.add_command(personal_command("forget", "Erase everything wellspring keeps about you", _forget_callback(bot)))
    for name, description, enable in (("enable", "Let people begin wellspring from this channel", True),
                                      ("disable", "Stop wellspring answering in this channel", False)):
        tree.add_command(_moderator(app_commands.Command(
            name=name, description=description, callback=_channel_setting(bot, enable))))
    tree.add_command(_moderator(app_commands.Command(
        name="channels", description="Where wellspring is enabled in this server",
        callback=_list_channels(bot))))
    from bot.discord import cooldowns
    from bot.discord.about import add_about_command
    from bot.discord.insight import add_insight_commands

    add_insight_commands(tree, bot)
    add_safety_commands(tree, bot)
    add_about_command(tree, bot)
    cooldowns.apply(tree)  # /journey, /mydata, /stats: per person
    return tree


def _moderator(command: app_commands.Command) -> app_commands.Command:
    """Servers only, Manage Channels by default. Discord enforces it, with any override a server admin sets in
    Server Settings -> Integrations, before the command reaches the bot; the callbacks don't check again."""
    command.guild_only = True
    command.default_permissions = discord.Permissions(manage_channels=True)
    command.allowed_contexts, command.allowed_installs = SERVER_ONLY, SERVER_INSTALL
    return command


def _journey_command(bot: WellspringMixin, name: str, description: str) -> app_commands.Command:
    async def callback(interaction: discord.Interaction) -> None:
        await run_journey_command(bot, interaction, name)

    return personal_command(name, description, callback)


async def run_journey_command(bot: WellspringMixin, interaction: discord.Interaction, name: str) -> None:
    """In the bot's DM: answer in place. In a server: only where enabled, and the journey goes to DMs.

    Anywhere else (a private channel, or a server reached through the person's own install) the
    server's channel settings do not apply: the answer is ephemeral and the journey goes to DMs.
    /pause and /restart replace whatever narration is still queued for the person.
    """
    user, guild_id, where = interaction.user, interaction.guild_id, place(interaction)
    if where == "server" and not await _allowed_here(bot, interaction):
        return
    if name in ("status", "help"):
        text = await _status_text(bot, interaction) if name == "status" else texts.HELP
        await interaction.response.send_message(text, ephemeral=where != "dm")
        return
    replacing = name in ("pause", "restart")
    if replacing:
        bot.courier.preempt(f"discord:{user.id}")
    if where == "dm":
        replies = await bot.turn(await inbound_for(bot, interaction, command=name))
        if replacing:
            await settle(bot, user)  # a message already on its way lands before this answer
        out = render(replies)
        first = out[0]
        await interaction.response.send_message(first.content, view=first.view or discord.utils.MISSING)
        if out[1:]:
            bot.courier.live(f"discord:{user.id}", interaction)  # the rest as its followups
            bot.courier.deliver(f"discord:{user.id}", cast("Sendable", interaction.channel), out[1:])
        return
    await interaction.response.defer(ephemeral=True, thinking=True)
    try:
        dm = await bot.dm_channel(user)
        if name == "begin":
            server_name = getattr(interaction.guild, "name", None)  # None through a user install elsewhere
            hello = f"Hello from {server_name}." if server_name else "Hello."
            await dm.send(f"{hello} Here, just the two of us, is where the journey happens.")
    except discord.Forbidden:
        await interaction.followup.send(DMS_CLOSED, ephemeral=True)
        return
    replies = await bot.turn(await inbound_for(bot, interaction, command=name), guild_id)
    delivered = bot.replace(user, dm, replies) if replacing else bot.send(user, dm, replies)
    if name != "begin":
        if not await first_went_out(delivered):
            await interaction.followup.send(DMS_CLOSED, ephemeral=True)
            return
    await interaction.followup.send(SENT_TO_DMS, ephemeral=True)


async def first_went_out(delivered: asyncio.Future[bool]) -> bool:
    try:
        return await asyncio.wait_for(asyncio.shield(delivered), timeout=2.0)
    except TimeoutError:
        return True  # still pacing: the first messages went out


async def _allowed_here(bot: WellspringMixin, interaction: discord.Interaction) -> bool:
    store = bot.service.store
    guild_id, channel_id = str(interaction.guild_id), str(interaction.channel_id)
    if await store.is_enabled(guild_id, channel_id):
        return True
    text = NOT_ENABLED
    enabled = await store.channels(guild_id)
    if enabled:
        text += ENABLED_ELSEWHERE.format(channels=", ".join(f"<#{c}>" for c in enabled[:10]))
    await interaction.response.send_message(text, ephemeral=True)
    return False


async def _status_text(bot: WellspringMixin, interaction: discord.Interaction) -> str:
    user = interaction.user
    replies = await bot.turn(await inbound_for(bot, interaction, command="status"))
    state = await bot.service.store.load(f"discord:{user.id}")
    text = replies[0].text
    if state is not None and state.status != "completed":
        text += f"\n{progress_bar(state.stage_number)}"
    elif state is not None:
        text += f"\n{progress_bar(7)}"
    return text


def _forget_callback(bot: WellspringMixin) -> Callback:
    async def forget(interaction: discord.Interaction) -> None:
        where = place(interaction)
        if where == "server" and not await _allowed_here(bot, interaction):
            return
        token = bot.mint_forget_token(f"discord:{interaction.user.id}")  # only this question's button erases
        view = view_for((Option("Erase everything", command=f"forget-yes:{token}"),
                         Option("Keep my journey", command="forget-no")))
        await interaction.response.send_message(FORGET_ASK, view=view or discord.utils.MISSING, ephemeral=where != "dm")

    return forget


def _channel_setting(bot: WellspringMixin, enable: bool) -> Callback:
    async def setting(interaction: discord.Interaction) -> None:
        if interaction.guild_id is None:
            await interaction.response.send_message(IN_A_SERVER, ephemeral=True)
            return
        await bot.service.store.set_channel(str(interaction.guild_id), str(interaction.channel_id), enable,
                                            f"discord:{interaction.user.id}", bot.service.clock())
        text = (f"wellspring is enabled in <#{interaction.channel_id}>. People can use /begin here; "
                "their journeys happen privately in DMs, and no one else can see them."
                if enable else f"wellspring is disabled in <#{interaction.channel_id}>.")
        await interaction.response.send_message(text, ephemeral=True)

    return setting


def _list_channels(bot: WellspringMixin) -> Callback:
    async def channels(interaction: discord.Interaction) -> None:
        if interaction.guild_id is None:
            await interaction.response.send_message(IN_A_SERVER, ephemeral=True)
            return
        enabled = await bot.service.store.channels(str(interaction.guild_id))
        text = ("wellspring is enabled in: " + ", ".join(f"<#{c}>" for c in enabled)) if enabled else \
            "wellspring isn't enabled in any channel yet. Use /enable in a channel to turn it on there."
        await interaction.response.send_message(text, ephemeral=True)

    return channels
