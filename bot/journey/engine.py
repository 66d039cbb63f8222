"""The pure engine: a person's state and one input in, replies and the new state out."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import replace

from bot.journey import routing, texts
from bot.journey.choosing import Label, labels_of, pick
from bot.journey.model import (
    ACTIVE,
    COMPLETED,
    END,
    OWN,
    PAUSED,
    STAGES,
    STATUSES,
    Book,
    Choice,
    Node,
    PersonState,
    Prompt,
)
from bot.journey.own import MARKUPS, own_words, say_back
from bot.journey.turns import Inbound, Option, Reply, Turn

MAX_CHAIN = 200  # guard against a `next` loop the loader missed


class _Vars(dict):
    def __missing__(self, key: str) -> str:
        return ""


def clean_text(text: str) -> str:
    """Drop control and format characters and surrounding space; keep emoji and letters."""
    if text.isprintable():  # no character of a "C" category (nor any space but " "): nothing to drop
        return text.strip()
    kept = (ch for ch in text if ch in "\n\t " or unicodedata.category(ch)[0] != "C")
    return "".join(kept).strip()


class Engine:
    """Walks people through a Book; holds no per-person data of its own."""

    def __init__(self, book: Book, markup: str = "discord"):
        self.book = book
        if markup not in MARKUPS:
            raise ValueError(f"unknown markup {markup!r} ({' or '.join(MARKUPS)})")
        self.markup = markup  # how a person's own words are said back: escaped for Discord, or plain
        # The book never changes once loaded: index its nodes once, and build the replies of lines
        # that need no filling once, instead of on every turn (Replies are immutable, so shared).
        self._nodes: dict[tuple[str, str], Node] = {}
        self._said: dict[tuple[str, str], tuple[Reply, ...] | None] = {}
        self._options: dict[tuple[str, str], tuple[Option, ...]] = {}  # a node's buttons, the same at every step
        self._labels: dict[tuple[str, str], tuple[Label, ...]] = {}  # a node's labels, folded for typed choices
        for name in STAGES[:len(book.stages)]:
            for node_id, node in book.stage(name).nodes.items():
                self._nodes[name, node_id] = node
                self._options[name, node_id] = _options(node)
                self._labels[name, node_id] = labels_of(node.choices)
                static = all("{" not in line.text for line in node.say)
                self._said[name, node_id] = (tuple(Reply(line.text, pause=line.pause) for line in node.say)
                                             if static else None)

    def handle(self, state: PersonState | None, inbound: Inbound, now: float) -> Turn:
        """Answer one input; never raises for any input a person can send."""
        if inbound.command is not None:
            return self._command(state, inbound.command.strip().lstrip("/").lower(), inbound, now)
        if state is None:
            if inbound.choice is not None:  # a button from before /forget: it must not bring the person back
                return Turn((Reply(texts.NOTHING_KEPT, "system", (Option("Begin", command="begin"),)),), None)
            return self._begin(None, inbound.person_id, now)
        if state.status != ACTIVE:
            return self._idle(state)
        if inbound.choice is not None:
            step, index = inbound.choice
            node = self._node(state)
            if step != state.step or not 0 <= index < len(node.choices):
                return Turn((Reply(texts.MOMENT_PASSED, "system"), *self.current(state, brief=True)), state)
            return self._choose(state, node.choices[index], now)
        return self._text(state, clean_text(inbound.text or ""), now, inbound.keep_words)

    def current(self, state: PersonState, brief: bool = False) -> tuple[Reply, ...]:
        """The current step again: its narration (or only the last line) and its options."""
        node = self._node(state)
        said = self._said.get((state.stage, state.node))
        if said is None:
            lines = node.say[-1:] if brief else node.say
            said = tuple(Reply(self._fill(line.text, state.vars), pause=line.pause) for line in lines)
        options = self._options.get((state.stage, state.node)) or _options(node)
        return self._with_options(said[-1:] if brief else said, options, node, state.step)

    def typed_choice(self, state: PersonState, text: str) -> Choice | None:
        """The choice a typed message names at the person's step, if any: its number, or its words with
        any case and punctuation, a small typo, or most of its words (bot/journey/choosing.py)."""
        picked = self._match_choice(self._node(state), text, self._labels.get((state.stage, state.node)))
        return picked if isinstance(picked, Choice) else None

    def repair(self, state: PersonState) -> PersonState:
        """A stored state made valid for this book (content may have changed since it was saved)."""
        if (state.stage, state.node) in self._nodes and state.status in STATUSES:
            return state  # valid(self.book, state), from the index
        if valid(self.book, state):
            return state
        if state.stage in STAGES:
            return replace(state, node=self.book.stage(state.stage).start, step=state.step + 1)
        stage, node = self.book.first
        return replace(state, stage=stage, node=node, step=state.step + 1)

    def pause(self, state: PersonState, now: float) -> PersonState:
        """The same place, paused."""
        return _with_status(state, PAUSED, now)

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
            state = _with_status(state, ACTIVE, now)
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
        state = _with_status(state, ACTIVE, now)
        recap = Reply(texts.RESUME_RECAP.format(**self.describe(state)), "system")
        return Turn((recap, *self.current(state)), state, ("resume",))

    def _idle(self, state: PersonState) -> Turn:
        if state.status == PAUSED:
            text, option = texts.WHILE_PAUSED.format(**self.describe(state)), Option("Resume", command="resume")
        else:
            text, option = texts.AFTER_COMPLETED, Option("Begin again", command="begin")
        return Turn((Reply(text, "system", (option,)),), state)

    # --- moving through the tree ----------------------------------------------------------
    def _text(self, state: PersonState, text: str, now: float, keep_words: bool = True) -> Turn:
        node = self._node(state)
        if not text:
            return Turn((Reply(texts.EMPTY, "system"), *self.current(state, brief=True)), state)
        picked = self._match_choice(node, text, self._labels.get((state.stage, state.node)))
        if isinstance(picked, Choice):
            return self._choose(state, picked, now)
        if node.prompt is not None:
            target, new_vars = self._answer(node.prompt, text[:2000], state.vars, keep_words)
            return self._goto(state, target, now, new_vars)
        if isinstance(picked, int):
            nudge = texts.NOT_A_CHOICE.format(number=picked)
            return Turn((Reply(nudge, "system"), *self.current(state, brief=True)), state)
        return Turn((Reply(texts.PICK_A_CHOICE, "system"), *self.current(state, brief=True)), state)

    @staticmethod
    def _answer(prompt: Prompt, text: str, variables: Mapping[str, str],
                keep_words: bool = True) -> tuple[str, dict[str, str]]:
        """Where a prompt's answer goes, and the vars after it: a route it affirms (negation and "but"
        understood), else their own words when the prompt keeps them, else the default.

        Words the figure has just answered as a doubt or a heavy message (`keep_words` False) are never
        kept: "I'm worthless" is not handed back as the phrase to carry."""
        route = routing.route(text, prompt.routes)
        words = own_words(text) if route is None and prompt.keep is not None and keep_words else None
        if route is not None:
            target, label, sets = route.next, route.label, route.sets
        elif words is not None and prompt.keep is not None:
            target, label, sets = prompt.keep.next, "own words", prompt.keep.sets
        else:
            target, label, sets = prompt.default, "other", prompt.sets
        new_vars = _set(variables, sets)
        if prompt.save_as:
            new_vars[prompt.save_as] = label
        if words is not None and prompt.keep is not None:
            name = prompt.keep.name
            new_vars[name] = words
            new_vars[OWN] = " ".join(sorted({*new_vars.get(OWN, "").split(), name}))
        return target, new_vars

    @staticmethod
    def _match_choice(node: Node, text: str, labels: tuple[Label, ...] | None = None) -> Choice | int | None:
        """A choice by its number or words; the number itself when it picks nothing."""
        return pick(labels if labels is not None else labels_of(node.choices), text)

    def _choose(self, state: PersonState, choice: Choice, now: float) -> Turn:
        if choice.action == "pause":
            if choice.sets:
                state = replace(state, vars=_set(state.vars, choice.sets))
            return self._pause(state, now)
        assert choice.next is not None  # the loader gives a choice exactly one of next and action
        return self._goto(state, choice.next, now, _set(state.vars, choice.sets) if choice.sets else state.vars)

    def _goto(self, state: PersonState, node_id: str, now: float, variables: Mapping[str, str]) -> Turn:
        return self._arrive(state, [], now, (), state.stage, node_id, state.step + 1, variables, now)

    def _arrive(self, state: PersonState, replies: list[Reply], now: float, events: tuple[str, ...],
                stage: str | None = None, node_id: str | None = None, step: int | None = None,
                variables: Mapping[str, str] | None = None, updated_at: float | None = None) -> Turn:
        """Say the node's lines and follow `next` and `exit` until the person must act.

        The place it arrives at is `state` with any of stage, node, step, vars and updated_at
        given; the new state is built once, at the end, rather than once per move.
        """
        moved = stage is not None
        if not moved:
            stage, node_id, step, variables, updated_at = (state.stage, state.node, state.step, state.vars,
                                                           state.updated_at)
        # A place is given whole (by _goto) or not at all.
        assert stage is not None and node_id is not None and step is not None and variables is not None
        assert updated_at is not None
        for _ in range(MAX_CHAIN):
            node = self._nodes.get((stage, node_id)) or self.book.node(stage, node_id)
            said = self._say(stage, node_id, node, variables)
            if node.interactive:
                if moved:
                    state = replace(state, stage=stage, node=node_id, step=step, vars=variables,
                                    updated_at=updated_at)
                options = self._options.get((stage, node_id)) or _options(node)
                return Turn((*replies, *self._with_options(said, options, node, step)), state, events)
            replies.extend(said)
            moved = True
            if node.next is not None:
                node_id = node.next
            elif node.exit == END:
                done = replace(state, stage=stage, node=node_id, status=COMPLETED, step=step,
                               completed=state.completed + 1, vars=variables, updated_at=now)
                replies.append(Reply(texts.FINISHED, "system", (Option("Begin again", command="begin"),)))
                return Turn(tuple(replies), done, events + ("complete",))
            else:
                assert node.exit is not None  # the loader gives a node without choices a next or an exit
                entered = self.book.stage(node.exit)
                stage, node_id = entered.name, entered.start
                replies.append(self._heading(entered.name))
                events += (f"stage:{entered.name}",)
        raise RuntimeError(f"{stage}/{node_id}: `next` chain too long")

    def _say(self, stage: str, node_id: str, node: Node, variables: Mapping[str, str]) -> tuple[Reply, ...]:
        """The node's lines as replies, filled with the person's vars where a line asks for them."""
        said = self._said.get((stage, node_id))
        if said is not None:
            return said
        return tuple(Reply(self._fill(line.text, variables), pause=line.pause) for line in node.say)

    @staticmethod
    def _with_options(said: tuple[Reply, ...], options: tuple[Option, ...], node: Node,
                      step: int) -> tuple[Reply, ...]:
        last = said[-1]
        return (*said[:-1], Reply(last.text, last.kind, options, last.pause, node.prompt is not None, step))

    def _heading(self, stage_name: str) -> Reply:
        stage = self.book.stage(stage_name)
        return Reply(texts.STAGE_HEADING.format(number=stage.number, title=stage.title), "heading")

    def _node(self, state: PersonState) -> Node:
        return self._nodes.get((state.stage, state.node)) or self.book.node(state.stage, state.node)

    def _fill(self, text: str, variables: Mapping[str, str]) -> str:
        """A line with its {names} filled; a person's own words said back escaped once (or plain)."""
        if "{" not in text:
            return text
        own = variables.get(OWN)
        if own:
            variables = {**variables, **{name: say_back(variables.get(name, ""), self.markup)
                                         for name in own.split()}}
        return text.format_map(_Vars(variables))


def _options(node: Node) -> tuple[Option, ...]:
    """One button per choice of a node."""
    return tuple(Option(choice.label, index) for index, choice in enumerate(node.choices))


def _set(variables: Mapping[str, str], sets: Mapping[str, str]) -> dict[str, str]:
    """The vars with `sets` set: a name set from the dialogues no longer holds a person's own words."""
    new_vars = dict(variables)
    if not sets:
        return new_vars
    new_vars.update(sets)
    own = new_vars.get(OWN)
    if own:
        left = [name for name in own.split() if name not in sets]
        if left:
            new_vars[OWN] = " ".join(left)
        else:
            del new_vars[OWN]
    return new_vars


def _with_status(state: PersonState, status: str, now: float) -> PersonState:
    """The same state with another status, changed now."""
    return replace(state, status=status, updated_at=now)


def valid(book: Book, state: PersonState) -> bool:
    """Whether a stored state points at a real node with a known status."""
    return state.stage in STAGES and book.has(state.stage, state.node) and state.status in (ACTIVE, PAUSED, COMPLETED)
