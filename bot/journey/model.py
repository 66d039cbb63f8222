"""The shape of a journey: stages made of nodes, and a person's place in it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

STAGES: tuple[str, ...] = ("abyss", "tunnel", "candle", "lake", "figure", "embrace", "waking")
END = "end"

ACTIVE, PAUSED, COMPLETED = "active", "paused", "completed"
STATUSES = (ACTIVE, PAUSED, COMPLETED)
OWN = "_own"  # the var listing (space-separated) the vars that hold a person's own words


@dataclass(frozen=True, slots=True)
class Line:
    """One narration message and the pause after it (seconds, None = by length)."""

    text: str
    pause: float | None = None


@dataclass(frozen=True, slots=True)
class Choice:
    """A button: either moves to `next` or performs `action` (only `pause` today)."""

    label: str
    next: str | None = None
    action: str | None = None
    sets: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    line: int = 0


def _no_vars() -> Mapping[str, str]:
    return MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Route:
    """A prompt answer affirming any of `words` goes to `next`; `label` is stored, `sets` are set."""

    label: str
    words: frozenset[str]
    next: str
    line: int = 0
    sets: Mapping[str, str] = field(default_factory=_no_vars, hash=False)


@dataclass(frozen=True, slots=True)
class Keep:
    """A prompt whose answer may be the person's own words: kept as var `name`, then on to `next`.

    The words are kept for this journey only (erased by /forget with the rest) and said back quoted
    safely wherever a line holds {name}: escaped once for Discord, plain in the console.
    """

    name: str
    next: str
    sets: Mapping[str, str] = field(default_factory=_no_vars, hash=False)
    line: int = 0


@dataclass(frozen=True, slots=True)
class Prompt:
    """A short free-text question; the answer picks a route, is kept in its own words, or goes to the default."""

    routes: tuple[Route, ...]
    default: str
    save_as: str | None = None
    line: int = 0
    keep: Keep | None = None
    sets: Mapping[str, str] = field(default_factory=_no_vars, hash=False)  # set when the default is taken


@dataclass(frozen=True, slots=True)
class Node:
    """One step of a stage: narration, then exactly one way on."""

    id: str
    stage: str
    say: tuple[Line, ...]
    choices: tuple[Choice, ...] = ()
    prompt: Prompt | None = None
    next: str | None = None
    exit: str | None = None
    line: int = 0
    checkin: str | None = None  # "before" or "after": the 0-10 check-in, stored per journey

    @property
    def interactive(self) -> bool:
        """Whether the person must act before the journey goes on."""
        return bool(self.choices) or self.prompt is not None


@dataclass(frozen=True, slots=True)
class Stage:
    """One of the seven stages of the visualization, loaded from its YAML file."""

    name: str
    number: int
    title: str
    start: str
    nodes: Mapping[str, Node]
    file: str = ""


@dataclass(frozen=True, slots=True)
class Book:
    """All seven stages, in order."""

    stages: tuple[Stage, ...]

    def stage(self, name: str) -> Stage:
        """Return the stage called `name`."""
        return self.stages[STAGES.index(name)]

    def node(self, stage: str, node_id: str) -> Node:
        """Return one node; KeyError when the book has no such node."""
        return self.stage(stage).nodes[node_id]

    def has(self, stage: str, node_id: str) -> bool:
        """Whether (stage, node_id) names a node of this book."""
        return stage in STAGES and node_id in self.stage(stage).nodes

    @property
    def first(self) -> tuple[str, str]:
        """The (stage, node) a new journey begins at."""
        return self.stages[0].name, self.stages[0].start


@dataclass(slots=True)
class PersonState:
    """Where one person is: stored after every turn, the only thing that persists.

    A value: every change makes a new state (dataclasses.replace), and the stores keep the ones they
    committed, so nothing may change one in place. Not frozen because building a frozen dataclass
    costs five times as much, and every turn builds one.
    """

    person_id: str
    stage: str
    node: str
    status: str = ACTIVE
    step: int = 0
    journeys: int = 1
    completed: int = 0
    vars: Mapping[str, str] = field(default_factory=dict)
    reframes_seen: tuple[str, ...] = ()
    started_at: float = 0.0
    updated_at: float = 0.0

    @property
    def stage_number(self) -> int:
        """1-based position of the current stage."""
        return STAGES.index(self.stage) + 1

    def checkin(self, when: str) -> int | None:
        """This journey's check-in score ("before" or "after"), if the person gave one."""
        value = self.vars.get(f"_checkin_{when}")
        if value is None or not value.isdecimal() or len(value) > 2:
            return None
        return int(value) if int(value) <= 10 else None
