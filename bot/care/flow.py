"""Crisis care as a small conversation: the reply, the check question, and care mode after it.

Pure: a person's state and what they did in, replies and the new state out (the service does the
storing). What care mode remembers lives in the state's vars, as labels, never words:
  _care        "1" while care mode is on (the journey itself is paused);
  _care_n      how many messages care mode has answered (the lines come again every few);
  _care_step   where a grounding exercise or the safety plan is ("ground:senses:2", "plan:3");
  _check       "1" while the check question waits for its answer;
  _check_reframe  while it waits, the figure's answer to the doubt the asked message also held (its ids,
               text and event, as JSON), given after a "no" (the service composes and uses it);
  _checks      how many times this journey the question was asked;
  _asked       short hashes of the messages asked about, so the same message is never asked twice;
  _region      the crisis-line region the person chose with /region;
  _locale      the region of the person's Discord locale, when an interaction carried one;
  _lang        the language of the message that started care, for the words of care mode.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

from bot.care.content import CareContent, fold_answer
from bot.journey.engine import Engine
from bot.journey.model import ACTIVE, PAUSED, PersonState
from bot.journey.turns import Inbound, Option, Reply, Turn

CARE_VARS = ("_care", "_care_n", "_care_step", "_check", "_lang")
LINES_EVERY = 3  # care mode shows the lines again every few messages
MAX_CHECKS = 2  # the question is asked at most twice a journey, unless the words clearly escalate
ASKED_KEPT = 8
FINE_MARKS = ("never mind", "nevermind", "false alarm", "misread", "misunderstood", "got it wrong", "i'm safe",
              "im safe")
# Where nothing says where a person is: the first line of several English-speaking places, then the directory.
COMBINED, COMBINED_PLACES = "all", ("us", "uk", "ca", "au", "ie", "nz")
URGENT = frozenset({"crisis", "check", "care"})  # reply kinds that go out before anything queued


def message_hash(text: str) -> str:
    """A short, one-way label for a message, so it is never asked about twice (not its words)."""
    return hashlib.sha256(fold_answer(text).encode("utf-8")).hexdigest()[:10]


class Care:
    """Builds crisis care's turns from the care content and the journey's engine."""

    def __init__(self, content: CareContent, engine: Engine, default_region: str = "all"):
        self.content, self.engine, self.default_region = content, engine, default_region
        self.helplines = content.helplines

    # --- where a person is -----------------------------------------------------------------
    @staticmethod
    def active(state: PersonState | None) -> bool:
        return state is not None and state.vars.get("_care") == "1"

    @staticmethod
    def checking(state: PersonState | None) -> bool:
        return state is not None and state.vars.get("_check") == "1"

    def region(self, state: PersonState | None, inbound: Inbound, lang: str | None = None) -> str:
        """The person's region: /region, the language they wrote in, their locale, the server's, the default."""
        variables = state.vars if state else {}
        codes = self.helplines.codes()
        chosen = variables.get("_region")
        if chosen in codes:
            return chosen
        if lang:
            by_language = self.helplines.region_for_language(lang)
            if by_language in codes:
                return by_language
        for candidate in (self.helplines.region_for_locale(inbound.locale), variables.get("_locale"),
                          inbound.guild_region):
            if candidate and self.helplines.known(candidate):
                return candidate.lower()
        return self.default_region if self.default_region in codes else COMBINED

    def remember(self, state: PersonState | None, inbound: Inbound, now: float) -> PersonState | None:
        """Keep the region of the person's locale as a label when an interaction carried one."""
        found = self.helplines.region_for_locale(inbound.locale) if inbound.locale else None
        if state is None or found is None or state.vars.get("_locale") == found:
            return state
        return with_vars(state, {"_locale": found}, now)

    # --- the crisis reply ------------------------------------------------------------------
    def crisis(self, state: PersonState | None, inbound: Inbound, now: float, lang: str | None = None,
               opening: str = "reply", events: tuple[str, ...] = ("crisis",)) -> Turn:
        """Care at once: a few short messages, the person's lines first; care mode begins."""
        state = self.hold(state, inbound.person_id, now)
        lang = lang if lang in self.content.translations else (state.vars.get("_lang") or None)
        lang = lang if lang in self.content.translations else None
        texts, region = self.content.crisis, self.region(state, inbound, lang)
        if lang is not None:
            words = self.content.translations[lang]
            first = f"{words['reply']} {words['english_note']}"
            reach, stay = words["reach"], f"{words['misread']}\n{texts['stay']}"
        else:
            first, reach, stay = texts[opening], texts["reach"], texts["stay"]
        if self.active(state) and opening == "reply":
            first = texts["again"] if lang is None else first
        replies = (Reply(first, "crisis", pause=0.0),
                   Reply(self._lines(region, reach), "crisis", pause=0.0),
                   Reply(stay, "crisis", self._menu(), pause=0.0))
        held = with_vars(state, {"_care": "1", "_care_n": "0", "_care_step": "", "_check": "", "_check_reframe": "",
                                  "_lang": lang or ""}, now)
        return Turn(replies, held, events)

    def lines(self, state: PersonState, inbound: Inbound, now: float) -> Turn:
        """The lines again, on request."""
        region = self.region(state, inbound, state.vars.get("_lang") or None)
        text = f"{self.content.care['lines_again']}\n{self._lines(region, self.content.crisis['reach'])}"
        return Turn((Reply(text, "care", self._menu(), pause=0.0),), state, ("care:lines",))

    def lines_text(self, region: str) -> str:
        """The lines for a region as one message, introduced as crisis care introduces them."""
        return self._lines(region, self.content.crisis["reach"])

    def _lines(self, region: str, reach: str) -> str:
        """The lines for a region, short, its own first; the emergency line in care's words."""
        crisis, helplines = self.content.crisis, self.helplines
        if region == COMBINED:
            places = [helplines.region(code) for code in COMBINED_PLACES if helplines.known(code)]
            shown = [f"**{p.name}**: {p.lines[0].text()}" for p in places if p.lines]
            directory = helplines.short(helplines.directory).split("\n", 1)[-1]
            emergency = crisis["emergency"].format(emergency="your local emergency number")
            note = crisis["region_note"].format(region="several countries")
            return "\n".join([reach, *shown, directory, emergency, f"-# {note}"])
        place = helplines.region(region)
        emergency = crisis["emergency"].format(emergency=" or ".join(place.emergency))
        short = [emergency if line.startswith("In danger right now") else line
                 for line in helplines.short(region).split("\n")]
        if place.emergency and emergency not in short:
            short.append(emergency)
        note = crisis["region_note"].format(region=place.name)
        return "\n".join([reach, *short, f"-# {note}"])

    def _menu(self) -> tuple[Option, ...]:
        care = self.content.care
        return (Option(care["grounding"], command="grounding"), Option(care["plan"], command="plan"),
                Option(care["lines"], command="lines"), Option(care["resume"], command="resume"))

    def hold(self, state: PersonState | None, person_id: str, now: float) -> PersonState:
        """The person's state with the journey paused where it was (a first one if they had none)."""
        if state is None:
            stage, node = self.engine.book.first
            return PersonState(person_id, stage, node, PAUSED, started_at=now, updated_at=now)
        return self.engine.pause(state, now) if state.status == ACTIVE else state

    # --- care mode -------------------------------------------------------------------------
    def still_here(self, state: PersonState, inbound: Inbound, now: float, fine: bool = False) -> Turn:
        """Any other message in care mode: never a reframe, never "the journey is resting"."""
        count = int(state.vars.get("_care_n") or 0) + 1
        care = self.content.care
        text = care["fine"] if fine else self.content.still_here[(count - 1) % len(self.content.still_here)]
        if not fine and count % LINES_EVERY == 0:
            region = self.region(state, inbound, state.vars.get("_lang") or None)
            text = f"{text}\n{self._lines(region, care['lines_again'])}"
        return Turn((Reply(text, "care", self._menu(), pause=0.0),), with_vars(state, {"_care_n": str(count)}, now))

    def sounds_fine(self, text: str) -> bool:
        """Whether a message in care mode says they are all right ("i'm fine, never mind", "false alarm")."""
        folded = fold_answer(text)
        if folded in self.content.answers["no"] or any(m in folded for m in FINE_MARKS):
            return True
        head = folded.split(",")[0].split(" but ")[0]
        return len(folded.split()) <= 6 and head in self.content.answers["no"]

    def leave(self, state: PersonState | None, now: float) -> PersonState | None:
        """The state without care mode's marks (the region and the count of checks stay)."""
        if state is None or not any(state.vars.get(k) for k in CARE_VARS):
            return state
        return with_vars(state, {k: "" for k in CARE_VARS}, now)

    # --- grounding -------------------------------------------------------------------------
    def grounding(self, state: PersonState, command: str, now: float) -> Turn:
        """Pick an exercise, then walk it a message at a time with Next / Stop."""
        ground, exercises = self.content.grounding, self.content.exercises
        step = state.vars.get("_care_step", "")
        if command == "grounding":
            options = tuple(Option(e.label, command=f"ground-{e.name}") for e in exercises.values())
            return Turn((Reply(self.content.care["grounding"], "care", options, pause=0.0),), state,
                        ("care:grounding",))
        if command == "ground-stop":
            return self._back_to_menu(state, ground["done"], now)
        if command == "ground-next" and step.startswith("ground:"):
            _, name, index = step.split(":")
            exercise, at = exercises.get(name), int(index) + 1
        else:
            exercise, at = exercises.get(command.removeprefix("ground-")), 0
        if exercise is None or at >= len(exercise.steps):
            return self._back_to_menu(state, ground["done"], now)
        options = (Option(ground["next"], command="ground-next"), Option(ground["stop"], command="ground-stop"))
        text = exercise.steps[at] if at else f"**{exercise.title}**\n{exercise.steps[0]}"
        return Turn((Reply(text, "care", options, pause=0.0),),
                    with_vars(state, {"_care_step": f"ground:{exercise.name}:{at}"}, now))

    def _back_to_menu(self, state: PersonState, text: str, now: float) -> Turn:
        return Turn((Reply(text, "care", self._menu(), pause=0.0),), with_vars(state, {"_care_step": ""}, now))

    # --- the safety plan -------------------------------------------------------------------
    def plan_step(self, state: PersonState) -> int | None:
        """The plan section a person is writing, if they are."""
        step = state.vars.get("_care_step", "")
        return int(step[5:]) if step.startswith("plan:") and step[5:].isdecimal() else None

    def plan(self, state: PersonState | None, command: str, person_id: str, now: float,
             saved: bool = False) -> Turn:
        """Offer the plan, ask its sections one by one (after a yes), or stop."""
        plan = self.content.plan
        state = state if state is not None else self.hold(None, person_id, now)
        if command == "plan":
            options = (Option(plan["consent"], command="plan-yes"), Option(plan["decline"], command="plan-no"))
            return Turn((Reply(plan["offer"], "care", options, pause=0.0),), state, ("care:plan",))
        if command in ("plan-no", "plan-stop"):
            stopped = plan["declined"] if command == "plan-no" else f"{plan['saved']} {plan['declined']}"
            return self._back_to_menu(state, stopped, now)
        at = 0 if command == "plan-yes" else (self.plan_step(state) or 0) + 1
        if command == "plan-yes" and self.plan_step(state) is not None:
            at = self.plan_step(state) or 0  # a second tap on "yes" asks the same section again
        prefix = f"{plan['saved']} " if saved else ""
        if at >= len(self.content.sections):
            return self._back_to_menu(state, prefix + plan["done"], now)
        section = self.content.sections[at]
        options = (Option(plan["skip"], command="plan-skip"), Option(plan["stop"], command="plan-stop"))
        text = f"{prefix}**{section.title}**\n{section.prompt}"
        events = ("care:plan-begun",) if command == "plan-yes" else ()
        return Turn((Reply(text, "care", options, pause=0.0, expects_text=True),),
                    with_vars(state, {"_care_step": f"plan:{at}"}, now), events)

    def show_plan(self, state: PersonState | None, items: Mapping[str, str]) -> tuple[Reply, ...]:
        """The person's plan, section by section, or the offer to make one."""
        plan = self.content.plan
        if not items:
            options = (Option(plan["consent"], command="plan-yes"), Option(plan["decline"], command="plan-no"))
            return (Reply(plan["empty"], "care", options, pause=0.0),)
        body = "\n".join(f"**{s.title}**\n{items[s.id]}" for s in self.content.sections if items.get(s.id))
        return (Reply(f"{plan['header']}\n{body}", "system"),)

    # --- the check question ----------------------------------------------------------------
    def may_ask(self, state: PersonState | None, text: str) -> bool:
        """Whether to ask about this message: never the same message twice, at most twice a journey."""
        variables = state.vars if state else {}
        if message_hash(text) in variables.get("_asked", "").split(","):
            return False
        return int(variables.get("_checks") or 0) < MAX_CHECKS

    def ask(self, state: PersonState | None, inbound: Inbound, text: str, now: float, lang: str | None) -> Turn:
        """One direct, caring question, with three buttons; typed answers are understood too."""
        base = state if state is not None else self.hold(None, inbound.person_id, now)
        words = self.content.translations.get(lang or "") or {}
        check = self.content.check
        question = words.get("check_question") or check["question"]
        options = (Option(words.get("check_yes") or check["yes"], command="check-yes"),
                   Option(words.get("check_no") or check["no"], command="check-no"),
                   Option(words.get("check_unsaid") or check["unsaid"], command="check-unsaid"))
        asked = [h for h in base.vars.get("_asked", "").split(",") if h][-(ASKED_KEPT - 1):] + [message_hash(text)]
        held = with_vars(base, {"_check": "1", "_checks": str(int(base.vars.get("_checks") or 0) + 1),
                                 "_asked": ",".join(asked), "_lang": lang or ""}, now)
        return Turn((Reply(question, "check", options, pause=0.0, expects_text=True),), held, ("check",))

    def answer(self, text: str) -> str | None:
        """A typed answer to the check question: yes, no, unsaid, or None when it is not clear."""
        folded = fold_answer(text)
        for kind in ("no", "unsaid", "yes"):  # "no, i'm safe" before a bare "yes" inside it
            if folded in self.content.answers[kind]:
                return kind
        return None

    def answered_no(self, state: PersonState, now: float) -> Turn:
        """Thanks, and the journey goes on where it was, with no reframe of that message."""
        state = with_vars(state, {"_check": "", "_check_reframe": "", "_lang": ""}, now)
        if state.status != ACTIVE:
            return Turn((Reply(self.content.check["thanks_no"], "check"),), state, ("check:no",))
        return Turn((Reply(self.content.check["thanks_no"], "check"), *self.engine.current(state, brief=True)),
                    state, ("check:no",))


def with_vars(state: PersonState, changes: Mapping[str, str], now: float) -> PersonState:
    """The state with some vars set (an empty value removes the var)."""
    merged = {k: v for k, v in {**state.vars, **changes}.items() if v != ""}
    return PersonState(person_id=state.person_id, stage=state.stage, node=state.node, status=state.status,
                       step=state.step, journeys=state.journeys, completed=state.completed, vars=merged,
                       reframes_seen=state.reframes_seen, started_at=state.started_at, updated_at=now)
