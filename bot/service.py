"""The application: one inbound event -> crisis check -> care, check, doubt or journey -> store -> replies."""

from __future__ import annotations

import gc
import inspect
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from bot.care.flow import Care
from bot.delivery import Delivery, stamp
from bot.journey import texts
from bot.journey.engine import Engine, clean_text
from bot.journey.model import ACTIVE, PersonState
from bot.journey.turns import Inbound, Option, Reply, Turn
from bot.locks import PersonLocks
from bot.reminders import Reminders
from bot.store.base import Event, Store

if TYPE_CHECKING:
    from bot.care.content import CareContent
    from bot.language.assess import Assessment
    from bot.language.reframes import ReframeBook

__all__ = ["Language", "PersonLocks", "Service", "tune_gc"]

GC_THRESHOLD = 50_000  # container allocations between young collections (Python's default: 700)
SEEN_LIMIT = 200  # reframe ids remembered per person: labels, never words
PLAN_TEXT_LIMIT = 1000  # one safety-plan answer, the one place a person's words are kept
EXPORT_NOTE = ("Everything wellspring keeps about you: your place in the journey, labels of your choices, "
               "check-in numbers and event labels. Never the words you type, except a safety plan you "
               "chose to write and, if you wrote them, how your figure looks and the phrase you carry. "
               "/forget erases it all.")
REGION_IS = ("Your crisis lines are for {name}. To change it, use /region with a country, "
             "for example /region fr or /region Brazil.")
REGION_SET = "From now on I'll show you the lines for {name}."
REGION_UNKNOWN = ("I don't have lines for {asked!r} yet. Try a two-letter code such as us, uk, fr or br; "
                  "the international directory is always in the list I show.")
# Commands that belong to crisis care; their buttons may be clicked at any time, even long after.
CARE_COMMANDS = frozenset({"help-now", "lines", "check-yes", "check-no", "check-unsaid", "grounding",
                           "ground-senses", "ground-breathing", "ground-next", "ground-stop", "plan",
                           "plan-yes", "plan-no", "plan-skip", "plan-stop", "safety-plan", "region"})
HELPED, NOT_HELPED = "That helped", "Not really"
HELPED_THANKS = "I'm glad. Thank you for telling me."
NOT_HELPED_THANKS = "Thank you for telling me. I'll try saying it differently next time."
LEAVES_CARE = frozenset({"resume", "begin", "restart"})


@dataclass(frozen=True, slots=True)
class Language:
    """The language layer the service consults on every free-text message, and the care it gives.

    `assess` may be a plain function or a coroutine function (a model's batching listener).
    """

    assess: Callable[[str], Any]
    reframes: ReframeBook
    care: CareContent
    region: str = "all"


class Service(Reminders):
    """Turns one person's input into committed state and replies; adapters do the I/O."""

    def __init__(self, engine: Engine, store: Store, language: Language,
                 clock: Callable[[], float] = time.time, markup: str = "discord"):
        self.engine, self.store, self.language, self.clock = engine, store, language, clock
        self.markup = markup  # how the figure quotes a person: escaped for Discord, or plain for a terminal
        engine.markup = markup  # the journey says a person's own words back the same way
        self.locks = PersonLocks()
        self.care = Care(language.care, engine, language.region)
        self.delivery = Delivery(self)

    async def handle(self, inbound: Inbound, guild_id: str | None = None) -> tuple[Reply, ...]:
        """Answer one input; its new state is committed before the replies are returned.

        The person's place in line is taken first, in the order events arrived, and a typed
        message is assessed while it waits, so a slow model never reorders a person's turns.
        """
        person_id, locks = inbound.person_id, self.locks
        waiter = locks.take(person_id)
        try:
            assessment = await self.assess(inbound)
            if waiter is not None:
                await locks.wait(person_id, waiter)
        except BaseException:
            locks.abandon(person_id, waiter)
            raise
        try:
            async with self.store.person(person_id) as slot:
                state = self.engine.repair(slot.state) if slot.state else None
                turn = (self.delivery.stale_click(state, inbound) if inbound.arg is not None else None) or \
                    await self.decide(state, inbound, assessment, self.clock())
                if "resume" in turn.events or "begin" in turn.events:
                    await self.store.cancel_reminder(person_id)  # they came back by themselves
                if turn.state is not slot.state or turn.events:  # the engine hands back the same state when unchanged
                    # An erased person leaves nothing behind, not even the label of the erasure.
                    kinds = turn.events if turn.state is not None else ()
                    await slot.commit(turn.state, [Event(kind, self.clock(), guild_id) for kind in kinds])
                replies = self.delivery.with_pending_step(person_id, turn) if self.delivery.pending else turn.replies
                return stamp(replies, turn.state)  # the buttons drawn from them carry the journey's generation
        finally:
            locks.release(person_id)

    # --- delivery: how far each person's replies reached them (bot/delivery.py) ---------------------
    async def delivered(self, person_id: str, step: int) -> None:
        """The adapter's word that the message carrying step `step`'s choices (or prompt) reached the person."""
        await self.delivery.delivered(person_id, step)

    async def undelivered(self) -> list[tuple[str, tuple[Reply, ...]]]:
        """People whose committed step never fully reached them, each with that step again (start-up, reconnect)."""
        return await self.delivery.undelivered()

    async def assess(self, inbound: Inbound) -> Assessment | None:
        """What a typed message says (None for clicks and commands); crisis language is looked for first."""
        if inbound.text is None or inbound.command is not None or inbound.choice is not None:
            return None
        found = self.language.assess(clean_text(inbound.text))
        return await found if inspect.isawaitable(found) else found

    async def greet(self, person_id: str) -> tuple[Reply, ...]:
        """What a person sees on arriving: the journey's start, or where they left off."""
        state = await self.store.load(person_id)
        if state is None:
            return await self.handle(Inbound(person_id, command="begin"))
        state = self.engine.repair(state)
        if self.care.active(state):
            return self.care.still_here(state, Inbound(person_id), self.clock()).replies
        if state.status == ACTIVE:
            recap = Reply(texts.RESUME_RECAP.format(**self.engine.describe(state)), "system")
            return stamp((recap, *self.engine.current(state)), state)
        return self.engine.handle(state, Inbound(person_id, text="…"), self.clock()).replies

    async def export(self, person_id: str) -> dict:
        """Everything kept about a person, with a note on what is never kept."""
        return {"about": EXPORT_NOTE, "exported_at": self.clock(), **await self.store.export(person_id)}

    async def decide(self, state: PersonState | None, inbound: Inbound, assessment: Assessment | None,
                     now: float) -> Turn:
        """Choices first; then crisis, always, before anything else; care mode; the check; a doubt; the journey."""
        state = self.care.remember(state, inbound, now)
        care = self.care
        if inbound.command is not None:
            return await self._command(state, inbound, inbound.command.strip().lstrip("/").lower(), now)
        text = clean_text(inbound.text) if inbound.text is not None else None
        if (text and state is not None and state.status == ACTIVE and not care.checking(state)
                and self.engine.typed_choice(state, text) is not None):
            return self.engine.handle(state, inbound, now)  # a choice's own words are a choice, not free text
        if assessment is not None and assessment.kind == "crisis":
            if state is not None and care.active(state) and care.plan_step(state) is not None and text:
                await self._keep_plan_item(state, text, now)
            events = ("crisis", "crisis:help") if assessment.help else ("crisis",)
            if getattr(assessment, "other", False):  # someone else at risk: care worded for the one who worries
                return care.crisis(state, inbound, now, assessment.lang, opening="someone_else",
                                   events=(*events, "crisis:someone-else"))
            return care.crisis(state, inbound, now, assessment.lang, events=events)
        if care.checking(state):
            assert state is not None
            return self._check_answer(state, inbound, text, now)
        if care.active(state) or (state is not None and state.vars.get("_care_step")):
            assert state is not None  # care mode, or a plan or grounding begun from /safety-plan mid-journey
            return await self._care_input(state, inbound, text, assessment, now)
        if assessment is None or text is None:
            return self.engine.handle(state, inbound, now)
        if assessment.usage:
            help_turn = self.engine.handle(state, Inbound(inbound.person_id, command="help"), now)
            current = self.engine.current(state, brief=True) if state is not None and state.status == ACTIVE else ()
            return Turn((*help_turn.replies, *current), state)
        later: tuple[Reply, ...] = ()
        if assessment.kind == "check":
            if care.may_ask(state, text):
                return self._ask(state, inbound, text, assessment, now)
            later = (Reply(care.content.check["later"], "system"),)
        turn = self._reframe(state, inbound, text, assessment, now) or self.engine.handle(state, inbound, now)
        return Turn((*later, *turn.replies), turn.state, turn.events) if later else turn

    async def _command(self, state: PersonState | None, inbound: Inbound, name: str, now: float) -> Turn:
        """The journey's commands, and care's: help now, the lines, the check's answers, grounding, the plan."""
        care = self.care
        if name in ("helped-yes", "helped-no"):
            return self._helped(state, name, now)
        if name not in CARE_COMMANDS:
            state = care.leave(state, now) if name in LEAVES_CARE else state
            if care.checking(state):
                assert state is not None
                state = care.answered_no(state, now).state if name in LEAVES_CARE else state  # no reframe: they left
            return self.engine.handle(state, inbound, now)
        if name == "help-now":
            return care.crisis(state, inbound, now, opening="help_now", events=("crisis", "help-now"))
        if name in ("check-yes", "check-unsaid"):
            return care.crisis(state, inbound, now, events=("crisis", f"check:{name[6:]}"))
        if name == "check-no":
            if state is not None and care.checking(state):
                return self._answered_no(state, now)
            return Turn((Reply(care.content.check["thanks_no"], "check"),), state)
        if name == "safety-plan":
            return Turn(care.show_plan(state, await self._plan(inbound.person_id)), state)
        if name == "region":
            return self._region(state, inbound, now)
        held = state if state is not None else care.hold(None, inbound.person_id, now)
        assert held is not None
        if name == "lines":
            return care.lines(held, inbound, now)
        if name.startswith("ground"):
            return care.grounding(held, name, now)
        return care.plan(held, name, inbound.person_id, now)

    def _ask(self, state: PersonState | None, inbound: Inbound, text: str, assessment: Assessment,
             now: float) -> Turn:
        """The check question; when the message also held a doubt, the figure's answer to it waits for a "no"
        (so "i'm so stupid, no point even trying", asked about first, is still heard once they are safe)."""
        turn = self.care.ask(state, inbound, text, now, assessment.lang)
        if not assessment.theme or turn.state is None:
            return turn
        seen = state.reframes_seen if state else ()
        helped = {"1": True, "0": False}.get(state.vars.get("_helped", "")) if state else None
        found = self.language.reframes.answer(text, assessment, seen, helped, markup=self.markup)
        if found is None or not found[2].startswith("reframe:"):
            return turn
        from bot.care.flow import with_vars

        waiting = json.dumps([list(found[0]), found[1], found[2]])
        return Turn(turn.replies, with_vars(turn.state, {"_check_reframe": waiting}, now), turn.events)

    def _answered_no(self, state: PersonState, now: float) -> Turn:
        """A "no" to the check: thanks, the figure's answer to the doubt if one waits, then the journey."""
        waiting = state.vars.get("_check_reframe", "")
        turn = self.care.answered_no(state, now)
        try:
            ids, said, event = json.loads(waiting) if waiting else (None, None, None)
        except ValueError:
            ids = said = event = None
        if not said or not isinstance(ids, list) or turn.state is None:
            return turn
        feedback = (Option(HELPED, command="helped-yes"), Option(NOT_HELPED, command="helped-no"))
        thanks, *rest = turn.replies
        return Turn((thanks, Reply(str(said), "reframe", feedback), *rest),
                    _remember(turn.state, [str(i) for i in ids], now), (*turn.events, str(event)))

    def _check_answer(self, state: PersonState, inbound: Inbound, text: str | None, now: float) -> Turn:
        """The answer to the check question: a no goes on; yes, rather not say, or unclear get care."""
        answer = self.care.answer(text) if text else None
        if answer == "no":
            return self._answered_no(state, now)
        events = ("crisis", f"check:{answer or 'unclear'}")
        turn = self.care.crisis(state, inbound, now, events=events)
        if answer is None:  # say why care comes although they didn't say yes
            first = turn.replies[0]
            unclear = Reply(f"{self.care.content.check['unclear']} {first.text}", first.kind, first.options, 0.0)
            return Turn((unclear, *turn.replies[1:]), turn.state, turn.events)
        return turn

    async def _care_input(self, state: PersonState, inbound: Inbound, text: str | None,
                          assessment: Assessment | None, now: float) -> Turn:
        """A message in care mode: the plan's answers are kept (they said yes), all else gets care."""
        care = self.care
        if text and care.plan_step(state) is not None:
            await self._keep_plan_item(state, text, now)
            return care.plan(state, "plan-skip", inbound.person_id, now, saved=True)
        step = state.vars.get("_care_step", "")
        if text and step.startswith("ground:"):
            return care.grounding(state, "ground-next", now)
        return care.still_here(state, inbound, now, fine=bool(text) and care.sounds_fine(text or ""))

    async def _keep_plan_item(self, state: PersonState, text: str, now: float) -> None:
        step = self.care.plan_step(state)
        if step is not None and step < len(self.care.content.sections):
            section = self.care.content.sections[step].id
            await self.store.save_plan_item(state.person_id, section, text[:PLAN_TEXT_LIMIT], now)

    async def _plan(self, person_id: str) -> dict[str, str]:
        return await self.store.plan(person_id)

    def _region(self, state: PersonState | None, inbound: Inbound, now: float) -> Turn:
        """/region: show the person's region, or set it by code or name."""
        helplines = self.care.helplines
        asked = (inbound.arg or "").strip()
        if not asked:
            region = self.care.region(state, inbound)
            name = helplines.region(region).name if helplines.known(region) else "several countries"
            return Turn((Reply(REGION_IS.format(name=name), "system"),), state)
        code = asked.lower() if helplines.known(asked) else None
        if code is None:
            matches = helplines.search(asked)
            code = matches[0][0] if len(matches) == 1 else None
        if code is None:
            return Turn((Reply(REGION_UNKNOWN.format(asked=asked[:40]), "system"),), state)
        base = state if state is not None else self.care.hold(None, inbound.person_id, now)
        from bot.care.flow import with_vars

        return Turn((Reply(REGION_SET.format(name=helplines.region(code).name), "system"),),
                    with_vars(base, {"_region": code}, now), ("region",))

    def _reframe(self, state: PersonState | None, inbound: Inbound, text: str, assessment: Assessment,
                 now: float) -> Turn | None:
        """The figure's answer to a doubt (or an acknowledgement of a heavy message), then the journey."""
        seen = state.reframes_seen if state else ()
        helped = {"1": True, "0": False}.get(state.vars.get("_helped", "")) if state else None
        found = self.language.reframes.answer(text, assessment, seen, helped, markup=self.markup)
        if found is None:
            return None
        ids, said, event = found
        feedback = () if event.startswith("weight:") else (
            Option(HELPED, command="helped-yes"), Option(NOT_HELPED, command="helped-no"))
        replies = [Reply(said, "reframe", feedback)]
        if event == "weight:abuse":  # never a reframe of self-blame for being hurt: care, and the lines
            region = self.care.region(state, inbound, assessment.lang)
            replies.append(Reply(self.care.lines_text(region), "system"))
        if state is None or state.status != ACTIVE:
            follow = self.engine.handle(state, inbound, now)
        elif self.engine.book.node(state.stage, state.node).prompt is not None:
            # Their whisper answers the prompt; words the figure just answered are not kept as their own.
            follow = self.engine.handle(state, replace(inbound, keep_words=False), now)
        else:
            follow = Turn(self.engine.current(state, brief=True), state)
        if follow.state is None:
            return Turn((*replies, *follow.replies), None, follow.events)
        return Turn((*replies, *follow.replies), _remember(follow.state, ids, now), (*follow.events, event))

    def _helped(self, state: PersonState | None, name: str, now: float) -> Turn:
        """"That helped" / "Not really" after a reframe: kept as a label, it chooses the next reframe's shape."""
        if state is None:
            return Turn((Reply(HELPED_THANKS, "system"),), None)
        from bot.care.flow import with_vars

        helped = name == "helped-yes"
        kept = with_vars(state, {"_helped": "1" if helped else "0"}, now)
        event = "reframe:helped" if helped else "reframe:not-helped"
        return Turn((Reply(HELPED_THANKS if helped else NOT_HELPED_THANKS, "system"),), kept, (event,))


def _remember(state: PersonState, ids: Sequence[str], now: float) -> PersonState:
    """The state with the reframe ids just given remembered (the last SEEN_LIMIT), as of now."""
    return replace(state, reframes_seen=(*state.reframes_seen, *ids)[-SEEN_LIMIT:], updated_at=now)


def tune_gc(threshold: int = GC_THRESHOLD) -> None:
    """Garbage collection for a long-running bot with many turns in flight; call once, after start-up.

    Everything alive after start-up (modules, the validated dialogues, the language rules) lives as
    long as the process, so it is frozen out of the collector's sight and full collections stop
    walking it again and again. And every waiting turn holds a few dozen objects: with Python's
    default of a young collection every 700 new objects, thousands of waiting turns survived into
    the older generations, which full collections walk (a third of the CPU at 10,000 turns in
    flight). At 50,000 most of them are answered, and freed, before any collection sees them.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(threshold, *gc.get_threshold()[1:])
