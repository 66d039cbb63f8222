"""The bot: Discord events in, Inbound to the service, paced replies back out in DMs."""

from __future__ import annotations

import asyncio
import logging
import secrets
import sys
import time
from collections.abc import Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any

import discord

from bot.discord import cooldowns, guard, upkeep
from bot.discord.budget import GlobalBudget
from bot.discord.commands import DMS_CLOSED, SENT_TO_DMS, build_tree, first_went_out
from bot.discord.courier import Courier
from bot.discord.insight import reminder_loop
from bot.discord.order import Turnstile
from bot.discord.render import render, view_for
from bot.discord.safety import inbound_for, place, respond, settle
from bot.discord.texts import TROUBLE
from bot.journey.turns import Inbound, Reply
from bot.service import Service
from bot.store.problems import storage_problem

log = logging.getLogger(__name__)

FORGET_CANCELLED = "Nothing was erased. Your journey is just as you left it."
FORGET_EXPIRED = "That confirmation has expired — use /forget again."
PRESENCE = "DM me to begin"  # what people see under the bot's name
FORGET_TTL_S = 300.0  # how long the "Erase everything" button of one /forget stays good
REPLACING = frozenset({"pause", "restart", "forget", "help-now"})  # their answer replaces what is queued
# Crisis care's commands: answered where they were clicked (ephemerally outside the bot's DM).
CARE_COMMANDS = frozenset({"help-now", "lines", "check-yes", "check-no", "check-unsaid", "grounding",
                           "ground-senses", "ground-breathing", "ground-next", "ground-stop", "plan",
                           "plan-yes", "plan-no", "plan-skip", "plan-stop", "safety-plan", "region"})


def person_id(user: discord.abc.User) -> str:
    """The service's id for a Discord user."""
    return f"discord:{user.id}"


def intents() -> discord.Intents:
    """Only what the journey needs: servers (for slash commands) and DMs. Nothing privileged."""
    chosen = discord.Intents.none()
    chosen.guilds = True
    chosen.dm_messages = True
    return chosen


if TYPE_CHECKING:  # the mixin always comes before a discord.Client (below): type it as one
    _ClientBase = discord.Client
else:
    _ClientBase = object


class WellspringMixin(_ClientBase):
    """Behaviour shared by the single-process and the sharded client."""

    def __init__(self, service: Service, *, pacing: float = 1.0, test_guild: int | None = None,
                 reminder_every: float = 30.0, sync_state: Path | None = None, force_sync: bool = False,
                 retention_days: int | None = None, source_url: str | None = None, **options: Any):
        options.setdefault("intents", intents())
        options.setdefault("activity", discord.CustomActivity(PRESENCE))
        options.setdefault("allowed_mentions", discord.AllowedMentions.none())
        options.setdefault("member_cache_flags", discord.MemberCacheFlags.none())
        options.setdefault("chunk_guilds_at_startup", False)
        options.setdefault("max_messages", None)  # no message cache: people's words are not kept in memory
        super().__init__(**options)
        self.service = service
        self.limiter = guard.LogLimiter(log)
        self.turnstile = Turnstile()
        self._forget_tokens: dict[str, tuple[str, float]] = {}  # person -> (token, expires at), in memory only
        self._spawned: set[asyncio.Task[Any]] = set()
        guard.install(self)  # no payload ends the gateway loop; every interaction is answered
        self.courier = Courier(pacing, recheck=self.narration_wanted if _shares_people(options) else None,
                               budget=GlobalBudget.for_shards(options.get("shard_count"), options.get("shard_ids")))
        if callable(getattr(service, "delivered", None)):  # the service keeps how far each person's replies went
            self.courier.on_step_shown = self._step_shown
        self.test_guild = test_guild
        self.reminder_every = reminder_every
        # Housekeeping (bot/discord/upkeep.py): sync only changed commands, retention, /about's facts.
        self.sync_state, self.force_sync = sync_state, force_sync
        self.commands_synced: bool | None = None  # True synced, False unchanged (or another process syncs)
        self.retention_days, self.source_url = retention_days, source_url
        self.tree = build_tree(self)
        self.tree.error(self._command_failed)

    async def setup_hook(self) -> None:
        """Start the reminders (and retention), print the invite links, publish the slash commands if they
        changed. (Buttons, from this run or any earlier one, are routed by their custom ids in bot.discord.guard.)"""
        self._reminders = asyncio.create_task(reminder_loop(self, self.reminder_every), name="reminders")
        if self.retention_days and upkeep.runs_retention(self):
            self._retention = asyncio.create_task(upkeep.retention_loop(self, self.retention_days), name="retention")
        await upkeep.start(self)

    async def close(self) -> None:
        """Stop sending reminders, then disconnect."""
        self.limiter.flush()
        for task in (getattr(self, "_reminders", None), getattr(self, "_retention", None)):
            if task is not None:
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)
        await super().close()

    async def on_guild_remove(self, guild: discord.Guild) -> None:
        """Removed from a server: that server's settings are dropped (people's own data stays theirs)."""
        await upkeep.on_guild_remove(self, guild)

    async def on_error(self, event_method: str, /, *args: Any, **kwargs: Any) -> None:
        """An event handler failed: one line per kind of failure (a storm is counted), never the event."""
        exc = sys.exc_info()[1]
        self.limiter.failure(guard.kind_of(f"the {event_method} handler", exc or Exception()), exc)

    async def _command_failed(self, interaction: discord.Interaction, error: Exception) -> None:
        """A slash command failed: counted like any failure; the guard still answers the interaction.
        A command cooling down (bot/discord/cooldowns.py) is answered kindly and is no failure."""
        if await cooldowns.answer(interaction, error):
            return
        cause = getattr(error, "original", error)
        self.limiter.failure(guard.kind_of("a command", cause), cause)

    def _step_shown(self, key: str, step: int) -> None:
        """The message with step `step`'s buttons reached the person: Service.delivered(person_id, step)."""
        async def record() -> None:
            try:
                await self.service.delivered(key, step)
            except Exception as exc:
                self.limiter.failure(guard.kind_of("recording a delivered step", exc), exc)

        self.spawn(record(), "delivered")

    async def on_ready(self) -> None:
        """After start-up or a new session: a person whose committed step never fully reached them gets it
        again, once (Service.undelivered(), when the service keeps delivery steps). Only the process that
        holds shard 0 (where DMs arrive) does this; a person whose messages are on their way, or whose
        turn is in flight, is left to those."""
        undelivered = getattr(self.service, "undelivered", None)
        shard_ids = getattr(self, "shard_ids", None)
        if not callable(undelivered) or (shard_ids is not None and 0 not in shard_ids):
            return
        try:
            pending = await undelivered()
        except Exception as exc:
            self.limiter.failure(guard.kind_of("reading undelivered steps", exc), exc)
            return
        shown = 0
        for key, replies in pending:
            if self.courier.busy(key) or key in self.turnstile:
                continue
            try:
                channel = await self.create_dm(discord.Object(int(key.split(":", 1)[1])))
                self.courier.deliver(key, channel, render(replies))  # type: ignore[arg-type]  # DMChannel.send's overloads are wider than courier.Sendable's
                shown += 1
            except Exception as exc:  # one person's failure never stops the others'
                self.limiter.failure(guard.kind_of("delivering a step again", exc), exc)
        if shown:
            log.info("showing %d person(s) again the step that never fully reached them", shown)

    def spawn(self, coro: Coroutine[Any, Any, Any], name: str) -> asyncio.Task[Any]:
        """A background task the bot keeps a reference to until it ends."""
        task = asyncio.ensure_future(coro)
        self._spawned.add(task)
        task.add_done_callback(self._spawned.discard)
        return task

    async def on_message(self, message: discord.Message) -> None:
        """A DM from a person is one turn of their journey; server messages are not ours to read."""
        if message.author.bot or message.guild is not None:
            return
        ticket = self.turnstile.take(person_id(message.author))  # before any await: the order events came in
        try:
            inbound = Inbound(person_id(message.author), text=message.content)
            replies = await (await ticket.enter(lambda: self.turn(inbound)))
            await ticket.hand()
            self.send(message.author, message.channel, replies)
        finally:
            ticket.close()

    async def turn(self, inbound: Inbound, guild_id: int | None = None) -> tuple[Reply, ...]:
        """Run one turn through the service; a failure gets a kind word, never a crash.

        Inside a slash command, the first turn enters the person's line at the place the command took
        when it arrived (guard.COMMAND_TICKET), whatever network round trips the command made since."""
        ticket = guard.COMMAND_TICKET.get()
        if ticket is None:
            return await self._turn(inbound, guild_id)
        guard.COMMAND_TICKET.set(None)  # one place per command
        replies = await (await ticket.enter(lambda: self._turn(inbound, guild_id)))
        await ticket.hand()
        return replies

    async def _turn(self, inbound: Inbound, guild_id: int | None = None) -> tuple[Reply, ...]:
        try:
            return await self.service.handle(inbound, str(guild_id) if guild_id else None)
        except Exception as exc:
            # A storm logs once, with a count; a storage failure names the file (or server) and what to do.
            problem = storage_problem(self.service.store, exc)
            self.limiter.failure(f"a turn failed: {problem}" if problem else guard.kind_of("a turn", exc), exc)
            return (Reply(TROUBLE, "system"),)

    def mint_forget_token(self, key: str) -> str:
        """A fresh token for the "Erase everything" button /forget is about to show (replacing any older one)."""
        now = time.monotonic()
        self._forget_tokens = {k: v for k, v in self._forget_tokens.items() if v[1] > now}
        token = secrets.token_urlsafe(12)
        self._forget_tokens[key] = (token, now + FORGET_TTL_S)
        return token

    def take_forget_token(self, key: str, token: str | None) -> bool:
        """True, once, for the live token the person's last /forget showed."""
        live = self._forget_tokens.get(key)
        if live is None or token is None or not secrets.compare_digest(live[0], token):
            return False
        del self._forget_tokens[key]
        return live[1] > time.monotonic()

    def send(self, user: discord.abc.User, channel: Any,
             replies: tuple[Reply, ...] | list[Reply]) -> asyncio.Future[bool]:
        """Queue replies for a person's DM, in order and paced (crisis care pre-empts: see Courier)."""
        return self.courier.deliver(person_id(user), channel, render(replies))

    def replace(self, user: discord.abc.User, channel: Any,
                replies: tuple[Reply, ...] | list[Reply]) -> asyncio.Future[bool]:
        """Drop what is still queued for the person, then send these replies: /pause, /restart, /forget."""
        self.courier.preempt(person_id(user))
        return self.send(user, channel, replies)

    async def narration_wanted(self, key: str) -> bool:
        """Whether a paced narration may go on: not when, through another process (another shard),
        the person got crisis care, was asked the check question, paused, or was erased."""
        state = await self.service.store.load(key)
        if state is None or state.status == "paused":
            return False
        care = getattr(self.service, "care", None)
        return not (care is not None and (care.active(state) or care.checking(state)))

    async def dm_channel(self, user: discord.abc.User) -> discord.DMChannel:
        """The person's DM channel, opened when needed."""
        # A User or a Member here; the abc protocol leaves DMs out.
        return user.dm_channel or await user.create_dm()  # type: ignore[attr-defined]

    async def click_channel(self, interaction: discord.Interaction) -> Any:
        """Where a click in the bot's DM is answered: that DM, as the interaction carries it. No request:
        discord.py keeps only 128 DM channels, and opening one counts against Discord's global limit."""
        channel = interaction.channel
        return channel if isinstance(channel, discord.DMChannel) else await self.dm_channel(interaction.user)

    async def on_choice(self, interaction: discord.Interaction, step: int, index: int,
                        generation: str | None = None) -> None:
        """A journey button: the turn takes its place first (before any network round trip, so a
        message typed just after the click comes after it), then the click is acknowledged by taking
        the choices off the message (leaving "I need help now" there, in reach while the next
        narration plays) while the turn runs."""
        user = interaction.user
        ticket = self.turnstile.take(person_id(user))
        try:
            # the button's journey generation rides as the choice's arg (Service: a stale one changes nothing)
            inbound = await inbound_for(self, interaction, choice=(step, index), arg=generation)
            turn = await ticket.enter(lambda: self.turn(inbound))
            ack = asyncio.ensure_future(acknowledge(interaction, view=view_for((), help_now=True)))
            try:
                replies = await turn
                await ack  # answered first: its followups then carry the replies (see Courier.live)
                self.courier.live(person_id(user), interaction)
                channel = await self.click_channel(interaction)
                await ticket.hand()
                self.send(user, channel, replies)
            finally:
                await ack
        finally:
            ticket.close()

    async def on_command_button(self, interaction: discord.Interaction, name: str, arg: str | None = None) -> None:
        """Every ws:cmd:<name> button: Resume, I need help now, a check's answers, grounding, the safety
        plan, lines... each goes to the service as Inbound.command; /forget's confirmation is answered here,
        and only with the live token that /forget minted (ws:cmd:forget-yes:<token>).

        A button on an ephemeral message in a server (or a private channel) is answered there,
        ephemerally; a button in the bot's DM is answered in the DM.
        """
        user = interaction.user
        key = person_id(user)
        if name == "forget-no":
            await acknowledge(interaction, FORGET_CANCELLED)
            return
        if name in ("forget", "forget-yes") and not self.take_forget_token(key, arg):
            await interaction.response.send_message(FORGET_EXPIRED, ephemeral=True)  # erases nothing
            return
        ticket = self.turnstile.take(key)
        try:
            if name == "forget-yes":
                self.courier.preempt(key)
                inbound = await inbound_for(self, interaction, command="forget")
                replies = await (await ticket.enter(lambda: self.turn(inbound, interaction.guild_id)))
                await ticket.hand()
                self.courier.preempt(key)  # and whatever an earlier event queued meanwhile
                await acknowledge(interaction, "\n".join(r.text for r in replies))
                return
            if name in REPLACING:
                self.courier.preempt(key)  # stop the narration before anything else
            inbound = await inbound_for(self, interaction, command=name)
            turn = await ticket.enter(lambda: self.turn(inbound, interaction.guild_id))
            ack = asyncio.ensure_future(acknowledge(interaction))
            try:
                replies = await turn
            finally:
                await ack
            await ticket.hand()
            if place(interaction) == "dm":
                self.courier.live(key, interaction)
            if place(interaction) != "dm":
                await self._answer_outside_dm(interaction, name, replies)
                return
            channel = await self.click_channel(interaction)
            if name in REPLACING:
                self.replace(user, channel, replies)
            else:
                self.send(user, channel, replies)
        finally:
            ticket.close()

    async def _answer_outside_dm(self, interaction: discord.Interaction, name: str,
                                 replies: tuple[Reply, ...]) -> None:
        """A button on an ephemeral message in a server or private channel: care is answered right
        there, ephemerally; the journey itself (Resume, Begin again...) goes on in the DM."""
        user = interaction.user
        if name in CARE_COMMANDS or not replies:
            if name in REPLACING:
                await settle(self, user)
            await respond(self, interaction, replies, ephemeral=True)
            return
        try:
            channel = await self.dm_channel(user)
        except discord.HTTPException:
            await interaction.followup.send(DMS_CLOSED, ephemeral=True)
            return
        delivered = self.replace(user, channel, replies) if name in REPLACING else self.send(user, channel, replies)
        went = await first_went_out(delivered)
        await interaction.followup.send(SENT_TO_DMS if went else DMS_CLOSED, ephemeral=True)


def _shares_people(options: dict[str, Any]) -> bool:
    """True when other processes run the other shards: a person's events may reach either process."""
    count, ids = options.get("shard_count"), options.get("shard_ids")
    return count is not None and ids is not None and set(ids) != set(range(count))


async def acknowledge(interaction: discord.Interaction, content: str | None = None,
                      view: discord.ui.View | None = None) -> None:
    """Answer a click within Discord's 3 seconds by taking the buttons (all, or all but `view`) off that message.

    A server error or a cut connection is tried again (briefly: the window is short); an expired
    click still counts (its turn was taken)."""
    fields: dict[str, Any] = {"view": view} if content is None else {"content": content, "view": view}
    for attempt in range(3):
        try:
            await interaction.response.edit_message(**fields)
            return
        except discord.InteractionResponded:
            return
        except discord.DiscordServerError as exc:
            log.info("could not acknowledge a click (%s); trying again", exc.status)
        except (TimeoutError, OSError) as exc:
            log.info("could not acknowledge a click (%s); trying again", type(exc).__name__)
        except discord.HTTPException as exc:
            log.info("could not acknowledge a click: %s %s", exc.status, exc.code)
            return
        except Exception as exc:  # aiohttp.ClientError: a cut connection
            log.info("could not acknowledge a click (%s); trying again", type(exc).__name__)
        await asyncio.sleep(0.2 * (attempt + 1))


class WellspringBot(WellspringMixin, discord.Client):
    """One process, one gateway connection: the default."""


class ShardedWellspringBot(WellspringMixin, discord.AutoShardedClient):
    """Discord's own sharding: DMs arrive on shard 0, server events on their guild's shard."""


def build_bot(service: Service, *, pacing: float = 1.0, test_guild: int | None = None,
              shard_count: int | None = None, shard_ids: list[int] | None = None,
              **options: Any) -> WellspringMixin:
    """The right client for the deployment: sharded when shard options are given."""
    if shard_count is None and shard_ids is None:
        return WellspringBot(service, pacing=pacing, test_guild=test_guild, **options)
    return ShardedWellspringBot(service, pacing=pacing, test_guild=test_guild,
                                shard_count=shard_count, shard_ids=shard_ids, **options)
