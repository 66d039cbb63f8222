"""Turn loaded stages into a drawing: boxes, arrows and highlights, independent of any output format."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bot.content import ContentError
from bot.journey.model import END, Node, Stage
from bot.journey.paths import analyse

# What a box is: an ordinary node, a highlighted one, or one of the markers the drawing adds.
NODE, UNREACHABLE, DEAD_END, MISSING, PAUSE, FINISH = "node", "unreachable", "dead_end", "missing", "pause", "end"
# How an arrow came about, which decides how it is drawn.
CHOICE, ROUTE, DEFAULT, NEXT, PAUSED, EXIT = "choice", "route", "default", "next", "pause", "exit"

EDGE_LABEL = 30  # characters of a choice label shown on its arrow
SNIPPET_WIDTH, SNIPPET_LINES = 28, 2  # the start of a node's first line, wrapped
END_KEY = "end"


@dataclass(frozen=True, slots=True)
class Box:
    """One box of the drawing; `key` is unique across stages ("stage/id")."""

    key: str
    label: str
    snippet: tuple[str, ...] = ()
    kind: str = NODE
    start: bool = False
    problems: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Arrow:
    """One arrow between two boxes, with its (possibly empty) label."""

    src: str
    dst: str
    kind: str
    label: str = ""


@dataclass(frozen=True, slots=True)
class Cluster:
    """One stage drawn as a titled group of boxes."""

    stage: str
    title: str
    keys: tuple[str, ...]
    note: str = ""


@dataclass(slots=True)
class Drawing:
    """Everything a format needs: clusters of boxes, loose boxes, arrows and a caption."""

    clusters: list[Cluster] = field(default_factory=list)
    boxes: dict[str, Box] = field(default_factory=dict)
    loose: list[str] = field(default_factory=list)
    arrows: list[Arrow] = field(default_factory=list)
    caption: str = ""

    def of_kind(self, kind: str) -> list[str]:
        """List the keys of every box of `kind`, in drawing order."""
        return [key for key, box in self.boxes.items() if box.kind == kind]


def key_of(stage: str, node_id: str) -> str:
    """Name a node uniquely across stages: "stage/id"."""
    return f"{stage}/{node_id}"


def shorten(text: str, limit: int = EDGE_LABEL) -> str:
    """Collapse whitespace and cut `text` to `limit` characters, ending in an ellipsis if cut."""
    text = _clean(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def snippet(node: Node) -> tuple[str, ...]:
    """Wrap the start of the node's first line into a few short lines."""
    first = _clean(node.say[0].text) if node.say else ""
    lines = textwrap.wrap(first, SNIPPET_WIDTH)
    if len(lines) > SNIPPET_LINES:
        lines = lines[:SNIPPET_LINES]
        lines[-1] = lines[-1][: SNIPPET_WIDTH - 2].rstrip() + " …"
    return tuple(lines)


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", "".join(ch if ch.isprintable() else " " for ch in text)).strip()


def build(stages: Sequence[Stage], problems: Sequence[ContentError] = ()) -> Drawing:
    """Lay out every stage that was built; highlight unreachable and dead-end nodes."""
    drawing = Drawing()
    by_name = {stage.name: stage for stage in stages}
    for stage in sorted(stages, key=lambda s: s.number):
        _add_stage(drawing, stage, by_name, _problems_of(stage, problems))
    if any(a.dst == END_KEY for a in drawing.arrows):
        drawing.boxes[END_KEY] = Box(END_KEY, "end", kind=FINISH)
        drawing.loose.append(END_KEY)
    nodes = sum(len(s.nodes) for s in stages)
    caption = f"{len(stages)} stage(s), {nodes} nodes"
    flagged = len(drawing.of_kind(UNREACHABLE)) + len(drawing.of_kind(DEAD_END))
    if flagged:
        caption += f"; {flagged} highlighted"
    if problems:
        caption += f"; {len(problems)} problem(s) — run `wellspring check` for details"
    drawing.caption = caption
    return drawing


def _problems_of(stage: Stage, problems: Sequence[ContentError]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for problem in problems:
        if problem.file == stage.file or Path(problem.file).stem == stage.name:
            found.setdefault(problem.node, []).append(problem.message)
    return found


def _add_stage(drawing: Drawing, stage: Stage, by_name: dict[str, Stage], problems: dict[str, list[str]]) -> None:
    unreachable, dead_ends = analyse(stage)
    keys: list[str] = []

    def box(key: str, made: Box) -> None:
        if key not in drawing.boxes:
            drawing.boxes[key] = made
            keys.append(key)

    for node in stage.nodes.values():
        kind = UNREACHABLE if node.id in unreachable else DEAD_END if node.id in dead_ends else NODE
        box(key_of(stage.name, node.id), Box(key_of(stage.name, node.id), node.id, snippet(node), kind,
                                             node.id == stage.start, tuple(problems.get(node.id, ()))))
    for node in stage.nodes.values():
        src = key_of(stage.name, node.id)
        for dst, kind, label in ways_on(node):
            if kind == PAUSED:
                dst_key = key_of(stage.name, node.id) + "/(pause)"  # one small marker beside each node
                box(dst_key, Box(dst_key, "pause", kind=PAUSE))
            else:
                dst_key = key_of(stage.name, dst)
                if dst not in stage.nodes:
                    box(dst_key, Box(dst_key, dst, ("missing: no such node",), MISSING))
            drawing.arrows.append(Arrow(src, dst_key, kind, label))
        if node.exit is not None:
            drawing.arrows.append(Arrow(src, _exit_target(drawing, str(node.exit), by_name), EXIT, "exit"))
    note = "" if any(n.exit for n in stage.nodes.values()) else "no exit"
    if stage.start not in stage.nodes:
        note = ", ".join(filter(None, [note, f"start {stage.start!r} missing"]))
    drawing.clusters.append(Cluster(stage.name, f"{stage.number}. {stage.title}", tuple(keys), note))


def ways_on(node: Node) -> list[tuple[str, str, str]]:
    """List every (target, arrow kind, label) leading on from a node; pause has no target."""
    ways = []
    for choice in node.choices:
        if choice.next is not None:
            ways.append((str(choice.next), CHOICE, shorten(choice.label)))
        elif choice.action is not None:
            ways.append(("", PAUSED, shorten(choice.label)))
    if node.prompt is not None:
        ways += [(r.next, ROUTE, shorten(f"answer: {r.label}")) for r in node.prompt.routes]
        if node.prompt.keep is not None:
            ways.append((node.prompt.keep.next, ROUTE, "answer: their own words"))
        ways.append((node.prompt.default, DEFAULT, "any other answer"))
    if node.next is not None:
        ways.append((str(node.next), NEXT, ""))
    return ways


def _exit_target(drawing: Drawing, exit_to: str, by_name: dict[str, Stage]) -> str:
    if exit_to == END:
        return END_KEY
    stage = by_name.get(exit_to)
    if stage is not None and stage.start in stage.nodes:
        return key_of(stage.name, stage.start)
    key = f"(stage)/{exit_to}"
    if key not in drawing.boxes:
        drawing.boxes[key] = Box(key, exit_to, ("missing: stage not drawn",), MISSING)
        drawing.loose.append(key)
    return key
