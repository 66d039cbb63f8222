"""Write a Drawing as Mermaid flowchart text (GitHub, GitLab and mermaid.live render it)."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

import bot.graph.shape as shape
from bot.content import ContentError
from bot.journey.model import Stage

RESERVED = {"end", "graph", "subgraph", "flowchart", "class", "classdef", "style", "linkstyle", "click",
            "direction", "default", "call", "href"}
# Box kind -> Mermaid class name and style (the same colours as the DOT output).
CLASSES = {
    "start": "fill:#e3f2e5,stroke:#2e7d32,stroke-width:3px",
    shape.UNREACHABLE: "fill:#fde2e2,stroke:#c62828,stroke-width:3px",
    shape.DEAD_END: "fill:#fff0c2,stroke:#e65100,stroke-width:3px",
    shape.MISSING: "fill:#ffffff,stroke:#c62828,stroke-dasharray:5 3",
    shape.PAUSE: "fill:#eeeeee,stroke:#9e9e9e,font-size:10px",
    "finish": "fill:#37474f,stroke:#37474f,color:#ffffff",
}
ARROWS = {  # kind -> (arrow with a label, arrow without one)
    shape.CHOICE: ("-->|{}|", "-->"), shape.ROUTE: ("-->|{}|", "-->"), shape.DEFAULT: ("-.->|{}|", "-.->"),
    shape.NEXT: ("-.->|{}|", "-.->"), shape.PAUSED: ("-.->|{}|", "-.->"), shape.EXIT: ("==>|{}|", "==>"),
}
LINK_COLOURS = {shape.ROUTE: "#1565c0", shape.DEFAULT: "#1565c0", shape.PAUSED: "#9e9e9e", shape.EXIT: "#2e7d32"}
LEGEND = [
    ("legend_start", "start", "start: a stage's first node"),
    ("legend_unreachable", shape.UNREACHABLE, "unreachable from the stage's start"),
    ("legend_dead_end", shape.DEAD_END, "dead end: no way on to the exit"),
    ("legend_missing", shape.MISSING, "missing: named but not defined"),
]
EDGE_NOTE = ("solid: choice or answer route · dashed: next, or any other answer · "
             "dotted: pause · thick: exit to the next stage")


ENTITIES = {"#": "#35;", '"': "#quot;", "<": "#lt;", ">": "#gt;", "&": "#amp;", "|": "#124;", "`": "#96;",
            ";": "#59;", "\\": "#92;"}


def text(value: str) -> str:
    """Escape text for a quoted Mermaid label, using Mermaid's #code; entities."""
    return "".join(ENTITIES.get(char, char) for char in " ".join(str(value).splitlines()))


class Ids:
    """Mermaid-safe ids for drawing keys: readable, unique, never a keyword."""

    def __init__(self) -> None:
        self.ids: dict[str, str] = {}
        self.used: set[str] = set()

    def __call__(self, key: str) -> str:
        if key not in self.ids:
            safe = re.sub(r"[^A-Za-z0-9_]", "_", key.replace("/", "__"))
            safe = re.sub(r"_{3,}", "__", safe).strip("_") or "node"
            if safe.lower() in RESERVED or not safe[0].isalpha():
                safe = "n_" + safe
            candidate, n = safe, 1
            while candidate in self.used:
                n += 1
                candidate = f"{safe}_{n}"
            self.used.add(candidate)
            self.ids[key] = candidate
        return self.ids[key]


def _box(box: shape.Box, ids: Ids) -> str:
    title = f"<b>{text(box.label)}</b>" if box.kind not in (shape.PAUSE, shape.FINISH) else text(box.label)
    if box.problems:
        title = "⚠ " + title
    label = "<br/>".join([title] + [f"<small>{text(line)}</small>" for line in box.snippet])
    opening, closing = {shape.PAUSE: ("([", "])"), shape.FINISH: ("((", "))")}.get(box.kind, ("[", "]"))
    return f'{ids(box.key)}{opening}"{label}"{closing}'


def _classes(box: shape.Box) -> list[str]:
    found = ["start"] if box.start else []
    if box.kind == shape.FINISH:
        found.append("finish")
    elif box.kind in CLASSES:
        found.append(box.kind)
    return found


def render(drawing: shape.Drawing) -> str:
    """Write a Drawing as Mermaid flowchart text."""
    ids = Ids()
    out = ["---", "title: " + json.dumps("Wellspring dialogue trees — " + drawing.caption, ensure_ascii=False), "---",
           "flowchart TB"]
    for cluster in drawing.clusters:
        title = cluster.title + (f" ({cluster.note})" if cluster.note else "")
        out.append(f'  subgraph {ids("stage_" + cluster.stage)}["{text(title)}"]')
        out += ["    " + _box(drawing.boxes[key], ids) for key in cluster.keys]
        out.append("  end")
    out += ["  " + _box(drawing.boxes[key], ids) for key in drawing.loose]
    colours: dict[str, list[int]] = {}
    for index, arrow in enumerate(drawing.arrows):
        with_label, bare = ARROWS[arrow.kind]
        link = with_label.format(f'"{text(arrow.label)}"') if arrow.label else bare
        out.append(f"  {ids(arrow.src)} {link} {ids(arrow.dst)}")
        if arrow.kind in LINK_COLOURS:
            colours.setdefault(LINK_COLOURS[arrow.kind], []).append(index)
    out.append('  subgraph legend["Legend"]')
    out += [f'    {node}["{text(meaning)}"]' for node, _, meaning in LEGEND]
    out.append(f'    legend_arrows["{text(EDGE_NOTE)}"]')
    out.append("  end")
    out += [f"  classDef {name} {style}" for name, style in CLASSES.items()]
    members: dict[str, list[str]] = {}
    for box in drawing.boxes.values():
        for name in _classes(box):
            members.setdefault(name, []).append(ids(box.key))
    for node, name, _ in LEGEND:
        members.setdefault(name, []).append(node)
    out += [f"  class {','.join(nodes)} {name}" for name, nodes in members.items()]
    for colour, indexes in colours.items():
        out.append(f"  linkStyle {','.join(map(str, indexes))} stroke:{colour},color:{colour}")
    return "\n".join(out) + "\n"


def to_mermaid(stages: Sequence[Stage], problems: Sequence[ContentError] = ()) -> str:
    """Draw `stages` as Mermaid flowchart text, highlighting unreachable and dead-end nodes."""
    return render(shape.build(stages, problems))
