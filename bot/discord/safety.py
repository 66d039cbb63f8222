"""Help that is always in reach: /help-now, /region, /safety-plan, and a server's /server-region.

Also the small pieces every command shares: where an interaction happened (the bot's DM, a server
that installed the bot, or elsewhere: a private channel or a server reached through a person's own
install), the Inbound it becomes (with the person's locale and the server's crisis region), and
answering inside the interaction itself, privately outside the bot's DM.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

import discord
from discord import app_commands

from bot.discord.courier import is_urgent
from bot.discord.render import render
from bot.discord.texts import TROUBLE
from bot.journey.turns import Inbound, Reply

if TYPE_CHECKING:
    from bot.discord.client import WellspringMixin

log = logging.getLogger(__name__)

Place = Literal["dm", "server", "elsewhere"]

# Offered wherever a person can be: servers, the bot's DM and private channels, for server and user installs.
EVERYWHERE = app_commands.AppCommandContext(guild=True, dm_channel=True, private_channel=True)
ANY_INSTALL = app_commands.AppInstallationType(guild=True, user=True)


def personal_command(name: str, description: str, callback: Callable[..., Any]) -> app_commands.Command:
    """A person's own command, offered for server and user installs, in servers, the bot's DM and private channels."""
    command: app_commands.Command[Any, ..., Any] = app_commands.Command(name=name, description=description,
                                                                         callback=callback)
    command.allowed_contexts, command.allowed_installs = EVERYWHERE, ANY_INSTALL
    return command
SERVER_ONLY = app_commands.AppCommandContext(guild=True)
SERVER_INSTALL = app_commands.AppInstallationType(guild=True)
QUIET_WAIT_S = 1.0  # at most this long for a message already on its way before answering in place

IN_A_SERVER = "This works in a server channel."
NO_REGIONS_YET = "Regions can't be chosen yet on this bot; the crisis lines shown are the default ones."
UNKNOWN_REGION = "I don't know the region “{code}”. Start typing a country's name or code and pick one from the list."
SERVER_REGION_SET = ("Crisis lines shown from this server now start with **{label}**. A person's own /region, "
                     "or their Discord language, still comes first for them. /server-region none goes back "
                     "to the default.")
SERVER_REGION_CLEARED = "This server no longer sets a crisis-line region; the bot's default is used."
SERVER_REGION_NOW = ("This server's crisis-line region: **{label}**. /server-region with a code changes it; "
                     "/server-region none goes back to the default.")
SERVER_REGION_NONE = ("This server doesn't set a crisis-line region, so the bot's default is used. "
                      "/server-region with a code sets one.")
CLEAR = ("none", "default")


def place(interaction: discord.Interaction) -> Place:
    """Where the interaction happened, which decides who may see the answer.

    "dm": the person's DM with the bot (answer in place). "server": a server that installed the
    bot (its enabled channels apply; answers are ephemeral). "elsewhere": a private channel, or a
    server reached only through the person's own install (no server settings; answers ephemeral,
    and the bot cannot post there: only the interaction can answer).
    """
    context = interaction.context
    if context.private_channel:
        return "elsewhere"
    if interaction.guild_id is None:  # the bot's own DM only when the channel says so: never a group DM
        kind = getattr(interaction.channel, "type", None)
        return "dm" if kind == discord.ChannelType.private else "elsewhere"
    if interaction.is_user_integration() and not interaction.is_guild_integration():
        return "elsewhere"
    return "server"


async def guild_region(bot: WellspringMixin, guild_id: int | None) -> str | None:
    """The server's crisis-line region, when the store knows it (Store.guild_region)."""
    if guild_id is None:
        return None
    lookup = getattr(bot.service.store, "guild_region", None)
    if lookup is None:
        return None
    try:
        return await lookup(str(guild_id))
    except Exception:  # a missing setting must never stand between a person and help
        log.exception("reading a server's region failed")
        return None


async def inbound_for(bot: WellspringMixin, interaction: discord.Interaction, **fields: Any) -> Inbound:
    """The Inbound for an interaction: the person, their Discord locale, the server's region."""
    return Inbound(f"discord:{interaction.user.id}", locale=str(interaction.locale),
                   guild_region=await guild_region(bot, interaction.guild_id), **fields)


async def respond(bot: WellspringMixin, interaction: discord.Interaction, replies: tuple[Reply, ...] | list[Reply],
                  *, ephemeral: bool) -> None:
    """Answer inside the interaction: the first message as its response, the rest as followups.

    Nothing waits between the messages. Urgent replies (crisis, check, care) first pre-empt the
    person's queued DM messages, and wait for one already on its way, so nothing queued arrives
    after them.
    """
    out = render(replies)
    if not out:  # the service always answers; should it not, the person still hears back
        out = render([Reply(TROUBLE, "system")])
    if is_urgent(out):
        await settle(bot, interaction.user)
    for i, message in enumerate(out):
        view = message.view or discord.utils.MISSING
        if i == 0 and not interaction.response.is_done():
            await interaction.response.send_message(message.content, view=view, ephemeral=ephemeral)
        else:
            await interaction.followup.send(message.content, view=view, ephemeral=ephemeral)


async def settle(bot: WellspringMixin, user: discord.abc.User) -> int:
    """Pre-empt a person's queued messages and wait (briefly) for the one in flight."""
    quiet = bot.courier.preempt(f"discord:{user.id}")
    try:
        return await asyncio.wait_for(quiet, timeout=QUIET_WAIT_S)
    except TimeoutError:
        return 0


def helplines(bot: WellspringMixin) -> Any:
    """The service's helpline directory (service.care.helplines), when it has one."""
    return getattr(getattr(bot.service, "care", None), "helplines", None)


def add_safety_commands(tree: app_commands.CommandTree, bot: WellspringMixin) -> None:
    """/help-now, /region and /safety-plan for everyone, everywhere; /server-region for moderators."""

    async def help_now(interaction: discord.Interaction) -> None:
        await run_help_now(bot, interaction)

    async def region_choices(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return region_autocomplete(bot, current)

    @app_commands.describe(code="a country or region code, like US, GB or FR (leave it out to see yours)")
    @app_commands.autocomplete(code=region_choices)
    async def region(interaction: discord.Interaction, code: app_commands.Range[str, 1, 40] | None = None) -> None:
        inbound = await inbound_for(bot, interaction, command="region", arg=code.strip() if code else None)
        replies = await bot.turn(inbound, interaction.guild_id)
        await respond(bot, interaction, replies, ephemeral=place(interaction) != "dm")

    async def safety_plan(interaction: discord.Interaction) -> None:
        inbound = await inbound_for(bot, interaction, command="safety-plan")
        replies = await bot.turn(inbound, interaction.guild_id)
        await respond(bot, interaction, replies, ephemeral=place(interaction) != "dm")

    for name, description, callback in (
            ("help-now", "Crisis support right now: ways to reach a real person, wherever you are", help_now),
            ("region", "Which country's crisis lines I show you first", region),
            ("safety-plan", "Your own safety plan: see it, or make one (only you ever see it)", safety_plan)):
        tree.add_command(personal_command(name, description, callback))

    async def server_choices(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return _server_choices(bot, current)

    @app_commands.describe(region="a country or region code, or none for the bot's default (leave it out to see it)")
    @app_commands.autocomplete(region=server_choices)
    async def server_region(interaction: discord.Interaction,
                            region: app_commands.Range[str, 1, 40] | None = None) -> None:
        await run_server_region(bot, interaction, region)

    command: app_commands.Command[Any, ..., Any] = app_commands.Command(name="server-region",
                                                                         callback=server_region,
                                   description="The crisis lines this server's members see first (moderators)")
    command.guild_only = True
    command.default_permissions = discord.Permissions(manage_channels=True)
    command.allowed_contexts, command.allowed_installs = SERVER_ONLY, SERVER_INSTALL
    tree.add_command(command)


async def run_help_now(bot: WellspringMixin, interaction: discord.Interaction) -> None:
    """Crisis care at once, anywhere, even in a channel where wellspring is not enabled.

    In the bot's DM the care is the answer itself; anywhere else it is ephemeral, so nothing is
    posted where others could see it. Whatever the person had queued in their DM is dropped first.
    """
    where = place(interaction)
    bot.courier.preempt(f"discord:{interaction.user.id}")  # stop the narration now, before the turn
    try:
        inbound = await inbound_for(bot, interaction, command="help-now")
        replies = await bot.turn(inbound, interaction.guild_id)
    except Exception:  # bot.turn already answers failures kindly; this is the last resort
        log.exception("help-now failed")
        replies = ()
    if not replies:
        replies = (Reply(TROUBLE, "system"),)
    await settle(bot, interaction.user)  # and anything queued during the turn; wait for a message in flight
    await respond(bot, interaction, replies, ephemeral=where != "dm")


def region_autocomplete(bot: WellspringMixin, current: str) -> list[app_commands.Choice[str]]:
    """Up to 25 regions matching what the person has typed, from the helpline directory."""
    directory = helplines(bot)
    if directory is None:
        return []
    try:
        found = directory.search((current or "").strip())
    except Exception:
        log.exception("searching regions failed")
        return []
    return [app_commands.Choice(name=f"{name} ({str(code).upper()})"[:100], value=str(code)[:100])
            for code, name in found[:25]]


def _server_choices(bot: WellspringMixin, current: str) -> list[app_commands.Choice[str]]:
    choices = region_autocomplete(bot, current)
    if not current or "none".startswith(current.lower()) or "default".startswith(current.lower()):
        choices = [app_commands.Choice(name="None: use the bot's default", value="none"), *choices[:24]]
    return choices


def _known_code(bot: WellspringMixin, code: str) -> tuple[str, str] | None:
    """(code, label) for a region the directory knows, matched without regard to case."""
    directory = helplines(bot)
    if directory is None:
        return None
    wanted = code.strip().casefold()
    for known in directory.codes():
        if str(known).casefold() == wanted:
            try:
                name = directory.region(known).name
            except Exception:
                name = dict(directory.search(str(known))).get(known)
            return str(known), (f"{name} ({str(known).upper()})" if name else str(known).upper())
    return None


async def run_server_region(bot: WellspringMixin, interaction: discord.Interaction, region: str | None) -> None:
    """Show, set or clear the server's default crisis-line region.

    Who may is Discord's call, before the command reaches us: Manage Channels by default, or whoever a
    server admin allows in Server Settings -> Integrations. Checking again here would undo their choice.
    """
    if interaction.guild_id is None:
        await interaction.response.send_message(IN_A_SERVER, ephemeral=True)
        return
    store, guild_id = bot.service.store, str(interaction.guild_id)
    setter = getattr(store, "set_guild_region", None)
    if setter is None or helplines(bot) is None:
        await interaction.response.send_message(NO_REGIONS_YET, ephemeral=True)
        return
    if region is None:
        current = await guild_region(bot, interaction.guild_id)
        known = _known_code(bot, current) if current else None
        text = SERVER_REGION_NOW.format(label=known[1] if known else current) if current else SERVER_REGION_NONE
        await interaction.response.send_message(text, ephemeral=True)
        return
    if region.strip().lower() in CLEAR:
        await setter(guild_id, None)
        await interaction.response.send_message(SERVER_REGION_CLEARED, ephemeral=True)
        return
    known = _known_code(bot, region)
    if known is None:
        await interaction.response.send_message(UNKNOWN_REGION.format(code=region.strip()[:40]), ephemeral=True)
        return
    await setter(guild_id, known[0])
    await interaction.response.send_message(SERVER_REGION_SET.format(label=known[1]), ephemeral=True)
