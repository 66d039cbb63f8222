"""The pure engine: a person's state and one input in, replies and the new state out."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from bot.journey import texts
from bot.journey.model import ACTIVE, COMPLETED, END, PAUSED, STAGES, Book, Choice, Node, PersonState

MAX_CHAIN = 200  # guard against a `next` loop the loader missed
_WORD = re.compile(r"[\w']+")


@dataclass(frozen=True, slots=True)
class Inbound:
    """One thing a person did: typed text, clicked a choice, or gave a command."""

    person_id: str
    text: str | None = None
    choice: tuple[int, int] | None = None  # (step, index) carried by a button
    command: str | None = None


@dataclass(frozen=True, slots=True)
class Option:
    """A button to show: picks choice `index` at `step`, or runs `command`."""

    label: str
    index: int = -1
    step: int = -1
    command: str | None = None


@dataclass(frozen=True, slots=True)
class Reply:
    """One message to send; `kind` is narration, heading, system, reframe or crisis."""

    text: str
    kind: str = "narration"
    options: tuple[Option, ...] = ()
    pause: float | None = None
    expects_text: bool = False


@dataclass(frozen=True, slots=True)
class Turn:
    """The engine's answer: what to say, the state to store (None: erase), and events."""

    replies: tuple[Reply, ...]
    state: PersonState | None
    events: tuple[str, ...] = ()


class _Vars(dict):
    def __missing__(self, key: str) -> str:
        return ""


def clean_text(text: str) -> str:
    """Drop control and format characters and surrounding space; keep emoji and letters."""
    kept = (ch for ch in text if ch in "\n\t " or unicodedata.category(ch)[0] != "C")
    return "".join(kept).strip()


class Engine:
    """Walks people through a Book; holds no per-person data of its own."""

    def __init__(self, book: Book):
        self.book = book

    def handle(self, state: PersonState | None, inbound: Inbound, now: float) -> Turn:
        """Answer one input; never raises for any input a person can send."""
        if inbound.command is not None:
            return self._command(state, inbound.command.strip().lstrip("/").lower(), inbound, now)
        if state is None:
            return self._begin(None, inbound.person_id, now)
        if state.status != ACTIVE:
            return self._idle(state)
        if inbound.choice is not None:
            step, index = inbound.choice
            node = self._node(state)
            if step != state.step or not 0 <= index < len(node.choices):
                return Turn((Reply(texts.MOMENT_PASSED, "system"), *self.current(state, brief=True)), state)
            return self._choose(state, node.choices[index], now)
        return self._text(state, clean_text(inbound.text or ""), now)

    def current(self, state: PersonState, brief: bool = False) -> tuple[Reply, ...]:
        """The current step again: its narration (or only the last line) and its options."""
        node = self._node(state)
        lines = node.say[-1:] if brief else node.say
        replies = [Reply(self._fill(line.text, state), pause=line.pause) for line in lines]
        return self._with_options(replies, node, state)

    def repair(self, state: PersonState) -> PersonState:
        """A stored state made valid for this book (content may have changed since it was saved)."""
        if valid(self.book, state):
            return state
        if state.stage in STAGES:
            return replace(state, node=self.book.stage(state.stage).start, step=state.step + 1)
        stage, node = self.book.first
        return replace(state, stage=stage, node=node, step=state.step + 1)

    def pause(self, state: PersonState, now: float) -> PersonState:
        """The same place, paused."""
        return replace(state, status=PAUSED, updated_at=now)

    def describe(self, state: PersonState) -> dict[str, str | int]:
        """Where the person is, for status lines and recaps."""
        stage = self.book.stage(state.stage)
        return {"number": stage.number, "title": stage.title}

    # --- commands -------------------------------------------------------------------------
    def _command(self, state: PersonState | None, name: str, inbound: Inbound, now: float) -> Turn:
        if name == "help":
            return Turn((Reply(texts.HELP, "system"),), state)
        if name == "begin":
            return self._begin(state, inbound.person_id, now)
        if name == "restart":
            turn = self._begin(None, inbound.person_id, now, previous=state)
            return Turn((Reply(texts.RESTARTING, "system"), *turn.replies), turn.state, turn.events)
        if name == "forget":
            return Turn((Reply(texts.FORGOTTEN, "system"),), None, ("forget",))
        if name == "status":
            return Turn((Reply(self._status(state), "system"),), state)
        if name == "pause":
            return self._pause(state, now)
        if name == "resume":
            return self._resume(state, now)
        return Turn((Reply(texts.UNKNOWN_COMMAND.format(name=name[:40] or "?"), "system"),), state)

    def _begin(self, state: PersonState | None, person_id: str, now: float,
               previous: PersonState | None = None) -> Turn:
        if state is not None and state.status != COMPLETED:
            intro = texts.ALREADY_ON_WAY.format(**self.describe(state))
            state = replace(state, status=ACTIVE, updated_at=now)
            return Turn((Reply(intro, "system"), *self.current(state)), state, ("resume",))
        earlier = state or previous
        stage, node = self.book.first
        fresh = PersonState(
            person_id, stage, node, ACTIVE,
            step=(earlier.step + 1) if earlier else 0,
            journeys=(earlier.journeys + 1) if earlier else 1,
            completed=earlier.completed if earlier else 0,
            reframes_seen=earlier.reframes_seen if earlier else (),
            started_at=now, updated_at=now,
        )
        heading = self._heading(stage)
        return self._arrive(fresh, [heading], now, ("begin", f"stage:{stage}"))

    def _status(self, state: PersonState | None) -> str:
        if state is None:
            return texts.STATUS_NONE
        if state.status == COMPLETED:
            times = f" ({state.completed} times)" if state.completed > 1 else ""
            return texts.STATUS_COMPLETED.format(times=times)
        paused = ", paused" if state.status == PAUSED else ""
        return texts.STATUS.format(paused=paused, **self.describe(state))

    def _pause(self, state: PersonState | None, now: float) -> Turn:
        if state is None or state.status == COMPLETED:
            text = texts.NOTHING_TO_PAUSE if state is None else texts.AFTER_COMPLETED
            return Turn((Reply(text, "system"),), state)
        if state.status == PAUSED:
            return Turn((Reply(texts.ALREADY_PAUSED.format(**self.describe(state)), "system"),), state)
        text = texts.PAUSED.format(**self.describe(state))
        return Turn((Reply(text, "system", (Option("Resume", command="resume"),)),),
                    self.pause(state, now), ("pause",))

    def _resume(self, state: PersonState | None, now: float) -> Turn:
        if state is None:
            return Turn((Reply(texts.NOTHING_TO_RESUME, "system", (Option("Begin", command="begin"),)),), None)
        if state.status == COMPLETED:
            return Turn((Reply(texts.AFTER_COMPLETED, "system", (Option("Begin again", command="begin"),)),), state)
        if state.status == ACTIVE:
            return Turn((Reply(texts.NOT_PAUSED, "system"), *self.current(state, brief=True)), state)
        state = replace(state, status=ACTIVE, updated_at=now)
        recap = Reply(texts.RESUME_RECAP.format(**self.describe(state)), "system")
        return Turn((recap, *self.current(state)), state, ("resume",))

    def _idle(self, state: PersonState) -> Turn:
        if state.status == PAUSED:
            text, option = texts.WHILE_PAUSED.format(**self.describe(state)), Option("Resume", command="resume")
        else:
            text, option = texts.AFTER_COMPLETED, Option("Begin again", command="begin")
        return Turn((Reply(text, "system", (option,)),), state)

    # --- moving through the tree ----------------------------------------------------------
    def _text(self, state: PersonState, text: str, now: float) -> Turn:
        node = self._node(state)
        if not text:
            return Turn((Reply(texts.EMPTY, "system"), *self.current(state, brief=True)), state)
        picked = self._match_choice(node, text)
        if isinstance(picked, Choice):
            return self._choose(state, picked, now)
        if node.prompt is not None:
            words = set(_WORD.findall(text[:2000].lower()))
            route = next((r for r in node.prompt.routes if r.words & words), None)
            target, label = (route.next, route.label) if route else (node.prompt.default, "other")
            new_vars = dict(state.vars)
            if node.prompt.save_as:
                new_vars[node.prompt.save_as] = label
            return self._goto(replace(state, vars=new_vars), target, now)
        if isinstance(picked, int):
            nudge = texts.NOT_A_CHOICE.format(number=picked)
            return Turn((Reply(nudge, "system"), *self.current(state, brief=True)), state)
        return Turn((Reply(texts.PICK_A_CHOICE, "system"), *self.current(state, brief=True)), state)

    @staticmethod
    def _match_choice(node: Node, text: str) -> Choice | int | None:
        """A choice by its number or label; the number itself when it picks nothing."""
        folded = text.casefold().strip(" .!")
        by_label = next((c for c in node.choices if c.label.casefold().strip(" .!") == folded), None)
        if by_label is not None:  # a check-in's "7" is its label, not the seventh button
            return by_label
        if folded.isdecimal() and len(folded) < 6:  # isdigit() admits "²", which int() refuses
            number = int(folded)
            return node.choices[number - 1] if 1 <= number <= len(node.choices) else number
        return None

    def _choose(self, state: PersonState, choice: Choice, now: float) -> Turn:
        if choice.sets:
            state = replace(state, vars={**state.vars, **choice.sets})
        if choice.action == "pause":
            return self._pause(state, now)
        return self._goto(state, choice.next, now)

    def _goto(self, state: PersonState, node_id: str, now: float) -> Turn:
        state = replace(state, node=node_id, step=state.step + 1, updated_at=now)
        return self._arrive(state, [], now, ())

    def _arrive(self, state: PersonState, replies: list[Reply], now: float, events: tuple[str, ...]) -> Turn:
        """Say the node's lines and follow `next` and `exit` until the person must act."""
        for _ in range(MAX_CHAIN):
            node = self._node(state)
            said = [Reply(self._fill(line.text, state), pause=line.pause) for line in node.say]
            if node.interactive:
                return Turn(tuple(replies) + self._with_options(said, node, state), state, events)
            replies.extend(said)
            if node.next is not None:
                state = replace(state, node=node.next)
            elif node.exit == END:
                done = replace(state, status=COMPLETED, completed=state.completed + 1, updated_at=now)
                replies.append(Reply(texts.FINISHED, "system", (Option("Begin again", command="begin"),)))
                return Turn(tuple(replies), done, events + ("complete",))
            else:
                stage = self.book.stage(node.exit)
                state = replace(state, stage=stage.name, node=stage.start)
                replies.append(self._heading(stage.name))
                events += (f"stage:{stage.name}",)
        raise RuntimeError(f"{state.stage}/{state.node}: `next` chain too long")

    def _with_options(self, said: list[Reply], node: Node, state: PersonState) -> tuple[Reply, ...]:
        options = tuple(Option(c.label, i, state.step) for i, c in enumerate(node.choices))
        last = replace(said[-1], options=options, expects_text=node.prompt is not None)
        return (*said[:-1], last)

    def _heading(self, stage_name: str) -> Reply:
        stage = self.book.stage(stage_name)
        return Reply(texts.STAGE_HEADING.format(number=stage.number, title=stage.title), "heading")

    def _node(self, state: PersonState) -> Node:
        return self.book.node(state.stage, state.node)

    @staticmethod
    def _fill(text: str, state: PersonState) -> str:
        if "{" not in text:
            return text
        return text.format_map(_Vars(state.vars))


def valid(book: Book, state: PersonState) -> bool:
    """Whether a stored state points at a real node with a known status."""
    return state.stage in STAGES and book.has(state.stage, state.node) and state.status in (ACTIVE, PAUSED, COMPLETED)
