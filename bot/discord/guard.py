"""Never die on input: every gateway payload is parsed under a guard, every interaction is answered.

discord.py calls its parsers straight from the gateway's read loop, so an exception in one (a
component interaction without `component_type`, a field of the wrong type...) ends `connect()` and
with it the process. `install(bot)` wraps every parser: a payload that cannot be parsed is logged
(rate-limited: a storm of identical failures logs once, then a count) and dropped, and an
interaction among them is still answered through the raw callback route when it has an id and token.

Interactions are routed here, not through discord.py's view store: a button whose custom id we know
goes to the bot (`on_choice`, `on_command_button`), anything else (an unknown id, a select menu,
a modal, a component type we never send) gets a gentle ephemeral answer. Each interaction gets a
`PatientResponse`: if the handler has not answered 2.2 s after the interaction arrived, the watchdog
defers it (Discord's window is 3 s), and later answers become followups or edits of the original;
once the window has passed (the interaction is unknown to Discord), an answer in the bot's DM goes
through the channel instead. When the handler ends and the interaction is still unanswered, it
gets an answer anyway.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

import discord
from discord.http import Route
from discord.utils import MISSING

from bot.discord.texts import TROUBLE

if TYPE_CHECKING:
    from bot.discord.client import WellspringMixin
    from bot.discord.order import Ticket

log = logging.getLogger(__name__)

# The place in its person's line a slash command took when its payload was parsed; the command's first
# turn (bot.turn) enters the service with it, so a message typed after the command comes after it.
COMMAND_TICKET: ContextVar[Ticket | None] = ContextVar("wellspring_command_ticket", default=None)

UNKNOWN_BUTTON = "That button isn't one I know anymore… Use /begin to pick up your journey, or /help-now for help."
DEFER_AFTER_S = 2.2  # Discord's window is 3 s; defer with room to spare
CHOICE_ID = re.compile(r"ws:c:(?P<step>\d{1,12}):(?P<index>\d{1,2})(?::(?P<gen>[0-9a-f]{1,8}))?")
COMMAND_ID = re.compile(r"ws:cmd:(?P<name>[a-z-]{1,32})(?::(?P<arg>[A-Za-z0-9_-]{1,64}))?")
BUTTON, PING, COMPONENT, AUTOCOMPLETE = 2, 1, 3, 4
EPHEMERAL = 64


class LogLimiter:
    """One log line for a run of identical failures: the first, then a count when the run ends.

    A "kind" is whatever the caller names (e.g. "parser INTERACTION_CREATE: KeyError"). The first
    failure of a kind is logged at once, with a traceback only at DEBUG; repeats within `window`
    seconds are counted, and the count is logged when the next one comes after the window (or on
    `flush`). Never any payload content: people's words never reach the logs.
    """

    def __init__(self, logger: logging.Logger = log, window: float = 60.0,
                 clock: Callable[[], float] = time.monotonic):
        self.logger, self.window, self.clock = logger, window, clock
        self._runs: dict[str, list[float]] = {}  # kind -> [started, repeats]
        self.logged = 0  # lines written, for tests

    def failure(self, kind: str, exc: BaseException | None = None) -> None:
        now = self.clock()
        run = self._runs.get(kind)
        if run is not None and now - run[0] < self.window:
            run[1] += 1
            return
        if run is not None and run[1]:
            self._emit("%s: %d more time(s) in the last %.0f s", kind, int(run[1]), now - run[0])
        self._runs[kind] = [now, 0]
        self._emit("%s (further identical failures are counted, not logged)", kind)
        if exc is not None and self.logger.isEnabledFor(logging.DEBUG):
            self.logger.debug("first %s", kind, exc_info=exc)

    def flush(self) -> None:
        for kind, (started, repeats) in list(self._runs.items()):
            if repeats:
                self._emit("%s: %d more time(s) in the last %.0f s", kind, int(repeats), self.clock() - started)
        self._runs.clear()

    def _emit(self, msg: str, *args: Any) -> None:
        self.logged += 1
        self.logger.warning(msg, *args)


def kind_of(where: str, exc: BaseException) -> str:
    return f"{where} failed: {type(exc).__name__}"


class PatientResponse(discord.InteractionResponse):
    """An InteractionResponse that survives a deferral by the watchdog and a passed window.

    After `defer_late()`, send_message becomes a followup, edit_message an edit of the original
    message and defer a no-op, so handlers written for the quick case stay right. If Discord says
    the interaction is unknown (10062: the 3 s passed), a message meant for the bot's DM is sent
    through the DM channel.
    """

    def __init__(self, parent: discord.Interaction):
        super().__init__(parent)
        self.late = False  # deferred by the watchdog
        self.deferring = False  # the watchdog's deferral is on its way
        self.elsewhere = False  # the window had passed: the answer went through the DM channel
        self.first = asyncio.Lock()  # the watchdog and the handler never both answer first

    async def defer_late(self) -> None:
        """Defer before the window closes, as the kind of answer the handler would have given."""
        async with self.first:
            if self.is_done():
                return
            parent = self._parent
            if parent.type == discord.InteractionType.component:
                await super().defer()  # a deferred update: the clicked message stays as it is, for now
            else:
                from bot.discord.safety import place

                await super().defer(ephemeral=place(parent) != "dm", thinking=True)
            self.late = True

    async def defer(self, **kwargs: Any) -> Any:
        async with self.first:
            if self.late:
                return None
            return await super().defer(**kwargs)

    async def send_message(self, content: Any = None, **kwargs: Any) -> Any:
        async with self.first:
            return await self._send_message(content, **kwargs)

    async def _send_message(self, content: Any = None, **kwargs: Any) -> Any:
        if self.late:
            kwargs.pop("delete_after", None)
            return await self._parent.followup.send(content if content is not None else MISSING, **_followup(kwargs))
        try:
            return await super().send_message(content, **kwargs)
        except discord.NotFound as exc:
            if exc.code != 10062 or kwargs.get("ephemeral") or not _in_bot_dm(self._parent):
                raise
            log.info("an interaction's window had passed; answering through the DM instead")
            channel = await _dm_of(self._parent)
            kwargs = {k: v for k, v in kwargs.items() if k in ("view", "file", "files", "embed", "embeds")}
            sent = await channel.send(content, **kwargs)
            self.elsewhere = True
            return sent

    async def edit_message(self, **kwargs: Any) -> Any:
        async with self.first:
            if self.late:
                kwargs.pop("delete_after", None)
                return await self._parent.edit_original_response(**kwargs)
            return await super().edit_message(**kwargs)


def _followup(kwargs: dict[str, Any]) -> dict[str, Any]:
    allowed = ("view", "file", "files", "embed", "embeds", "ephemeral", "allowed_mentions", "suppress_embeds",
               "silent", "tts", "poll")
    return {k: v for k, v in kwargs.items() if k in allowed and v is not MISSING}


def _in_bot_dm(interaction: discord.Interaction) -> bool:
    from bot.discord.safety import place

    return place(interaction) == "dm"


async def _dm_of(interaction: discord.Interaction) -> Any:
    user = interaction.user
    return user.dm_channel or await user.create_dm()


def install(bot: WellspringMixin) -> None:
    """Wrap every gateway parser of the bot's connection state, and route interactions ourselves."""
    state = bot._connection
    parsers: dict[str, Callable[[Any], None]] = state.parsers
    for event, parser in list(parsers.items()):
        if getattr(parser, "__wellspring_guarded__", False):
            continue
        if event == "INTERACTION_CREATE":
            parser = _interaction_parser(bot)
        parsers[event] = _guarded(bot, event, parser)


def _guarded(bot: WellspringMixin, event: str, parser: Callable[[Any], None]) -> Callable[[Any], None]:
    def guarded(data: Any) -> None:
        try:
            parser(data)
        except Exception as exc:
            bot.limiter.failure(kind_of(f"parsing a {event} payload", exc), exc)
            if event == "INTERACTION_CREATE":
                answer_raw(bot, data)

    guarded.__wellspring_guarded__ = True  # type: ignore[attr-defined]
    return guarded


def answer_raw(bot: WellspringMixin, data: Any, text: str = UNKNOWN_BUTTON) -> None:
    """Answer an interaction we could not even parse, straight through the callback route."""
    if not isinstance(data, dict):
        return
    iid, token, kind = data.get("id"), data.get("token"), data.get("type")
    if not isinstance(iid, (str, int)) or not isinstance(token, str) or not token or kind == PING:
        return
    if not str(iid).isdigit() or len(token) > 500:
        return
    body: dict[str, Any] = {"type": 8, "data": {"choices": []}} if kind == AUTOCOMPLETE else \
        {"type": 4, "data": {"content": text, "flags": EPHEMERAL}}
    route = Route("POST", "/interactions/{interaction_id}/{interaction_token}/callback",
                  interaction_id=str(iid), interaction_token=token)

    async def post() -> None:
        try:
            await bot.http.request(route, json=body)
        except Exception as exc:
            bot.limiter.failure(kind_of("answering an unreadable interaction", exc))

    bot.spawn(post(), "answer-raw")


def _interaction_parser(bot: WellspringMixin) -> Callable[[Any], None]:
    state = bot._connection

    def parse(data: Any) -> None:
        arrived = time.monotonic()
        if not isinstance(data, dict):
            raise TypeError("an interaction payload that is not an object")
        if data.get("type") == PING:
            return
        # A raw gateway payload: discord.py's TypedDicts describe it, the check above only that it is an object.
        interaction = discord.Interaction(data=data, state=state)  # type: ignore[arg-type]
        response = PatientResponse(interaction)
        interaction._cs_response = response  # type: ignore[attr-defined]
        handler = route(bot, interaction, data)
        bot.spawn(_answered(bot, interaction, handler, arrived), "interaction")
        state.dispatch("interaction", interaction)

    return parse


def route(bot: WellspringMixin, interaction: discord.Interaction, data: dict) -> Awaitable[Any] | None:
    """The coroutine that answers this interaction (None: the gentle answer). Synchronous."""
    kind = data.get("type")
    user = getattr(interaction, "user", None)
    if user is None or user is MISSING or not isinstance(getattr(user, "id", None), int):  # Discord always says who
        return None
    if kind in (2, AUTOCOMPLETE):
        # A slash command takes its place in the person's line now, in the order Discord delivered the
        # events, before any network round trip (bot.turn enters with it: see COMMAND_TICKET).
        ticket = bot.turnstile.take(f"discord:{user.id}") if kind == 2 else None
        return _run_tree(bot.tree, interaction, ticket)
    if kind != COMPONENT:
        return None
    inner = data.get("data")
    if not isinstance(inner, dict):
        return None
    custom_id, component_type = inner.get("custom_id"), inner.get("component_type")
    if component_type != BUTTON or not isinstance(custom_id, str):
        return None
    if (match := CHOICE_ID.fullmatch(custom_id)) is not None:
        return bot.on_choice(interaction, int(match["step"]), int(match["index"]), match["gen"])
    if (match := COMMAND_ID.fullmatch(custom_id)) is not None:
        return bot.on_command_button(interaction, match["name"], match["arg"])
    return None


async def _run_tree(tree: discord.app_commands.CommandTree, interaction: discord.Interaction,
                    ticket: Ticket | None = None) -> None:
    held = COMMAND_TICKET.set(ticket)
    try:
        await tree._call(interaction)
    except discord.app_commands.AppCommandError as exc:
        await tree._dispatch_error(interaction, exc)
    finally:
        COMMAND_TICKET.reset(held)
        if ticket is not None:
            ticket.close()  # the events after this command's may go on


async def _answered(bot: WellspringMixin, interaction: discord.Interaction, handler: Awaitable[Any] | None,
                    arrived: float) -> None:
    """Run the handler (inline: its first step is this task's, in the order events arrived) with a
    watchdog on Discord's window, then make sure the interaction got an answer."""
    response: PatientResponse = interaction.response  # type: ignore[assignment]
    if handler is None:
        await _gentle(bot, interaction, UNKNOWN_BUTTON)
        return
    watchdog = None
    if interaction.type != discord.InteractionType.autocomplete:
        watchdog = asyncio.ensure_future(_watch(bot, response, max(0.0, DEFER_AFTER_S - (time.monotonic() - arrived))))
    failed = False
    try:
        await handler
    except Exception as exc:
        failed = True
        bot.limiter.failure(kind_of("handling an interaction", exc), exc)
    finally:
        if watchdog is not None:
            if response.deferring:
                await asyncio.gather(watchdog, return_exceptions=True)  # a deferral on its way: let it land
            else:
                watchdog.cancel()
    if not response.is_done() and not response.elsewhere:
        if failed:
            await _gentle(bot, interaction, TROUBLE)
        elif interaction.type == discord.InteractionType.component:
            await _quietly(bot, response.defer())  # handled, only the acknowledgement failed: no word needed
        else:
            await _gentle(bot, interaction, TROUBLE)
    elif failed and response.late and interaction.type != discord.InteractionType.component:
        # deferred ("thinking…") and then the handler failed: say so rather than think forever
        await _quietly(bot, interaction.followup.send(TROUBLE, ephemeral=True))


async def _watch(bot: WellspringMixin, response: PatientResponse, delay: float) -> None:
    await asyncio.sleep(delay)
    if response.is_done():
        return
    response.deferring = True
    try:
        await response.defer_late()
    except discord.InteractionResponded:
        pass
    except Exception as exc:
        bot.limiter.failure(kind_of("deferring an interaction", exc))
    finally:
        response.deferring = False


async def _quietly(bot: WellspringMixin, call: Awaitable[Any]) -> None:
    try:
        await call
    except discord.InteractionResponded:
        pass
    except Exception as exc:
        bot.limiter.failure(kind_of("answering an interaction", exc))


async def _gentle(bot: WellspringMixin, interaction: discord.Interaction, text: str) -> None:
    response = interaction.response
    try:
        if interaction.type == discord.InteractionType.autocomplete:
            await response.autocomplete([])
        else:
            await response.send_message(text, ephemeral=True)
    except discord.InteractionResponded:
        pass
    except Exception as exc:
        bot.limiter.failure(kind_of("answering an interaction", exc))
