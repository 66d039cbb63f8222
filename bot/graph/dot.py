"""Write a Drawing as Graphviz DOT: stages stacked top-down, each exit a short arrow to the next."""

from __future__ import annotations

from collections.abc import Sequence

import bot.graph.shape as shape
from bot.content import ContentError
from bot.journey.model import Stage

FONT = "Helvetica"
# Box kind -> DOT attributes (colours shared with the Mermaid output and the legend).
BOXES = {
    shape.NODE: {"fillcolor": "#ffffff", "color": "#6b7b8c"},
    shape.UNREACHABLE: {"fillcolor": "#fde2e2", "color": "#c62828", "penwidth": "2.5"},
    shape.DEAD_END: {"fillcolor": "#fff0c2", "color": "#e65100", "penwidth": "2.5"},
    shape.MISSING: {"fillcolor": "#ffffff", "color": "#c62828", "style": "dashed,rounded,filled"},
    shape.PAUSE: {"shape": "ellipse", "fillcolor": "#eeeeee", "color": "#9e9e9e", "fontsize": "9",
                  "margin": "0.05,0.02", "height": "0.3"},
    shape.FINISH: {"shape": "doublecircle", "fillcolor": "#37474f", "fontcolor": "#ffffff", "color": "#37474f"},
}
START = {"fillcolor": "#e3f2e5", "color": "#2e7d32", "penwidth": "2.5"}
ARROWS = {
    shape.CHOICE: {"color": "#455a64"},
    shape.ROUTE: {"color": "#1565c0", "fontcolor": "#1565c0"},
    shape.DEFAULT: {"color": "#1565c0", "fontcolor": "#1565c0", "style": "dashed"},
    shape.NEXT: {"color": "#78909c", "style": "dashed"},
    shape.PAUSED: {"color": "#9e9e9e", "fontcolor": "#757575", "style": "dotted"},
    shape.EXIT: {"color": "#2e7d32", "fontcolor": "#2e7d32", "penwidth": "2.5"},
}
LEGEND = [
    ("#e3f2e5", "#2e7d32", "start", "a stage's first node"),
    ("#ffffff", "#6b7b8c", "id", "node: its id and the start of its first line"),
    ("#fde2e2", "#c62828", "unreachable", "no path from the stage's start leads here"),
    ("#fff0c2", "#e65100", "dead end", "no way on, or no path from here to the exit"),
    ("#ffffff", "#c62828", "missing", "named as a target but not defined"),
]
EDGE_LEGEND = [
    ("solid", "#455a64", "choice (button label)"), ("solid", "#1565c0", "prompt answer route"),
    ("dashed", "#1565c0", "any other answer"), ("dashed", "#78909c", "next: carries straight on"),
    ("dotted", "#9e9e9e", "choice that pauses the journey"), ("bold", "#2e7d32", "exit to the next stage"),
]


def quote(text: str) -> str:
    """Quote text for DOT: backslashes and quotes escaped, newlines as spaces."""
    text = " ".join(str(text).splitlines())
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def html(text: str) -> str:
    """Escape text for a DOT HTML-like label (where Graphviz would expand \\N and friends)."""
    return (str(text).replace("&", "&amp;").replace("\\", "\\\\").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("]", "&#93;").replace("[", "&#91;"))


class Html(str):
    """An HTML-like label, written between < and > instead of quotes."""


def _attrs(values: dict[str, str]) -> str:
    return ", ".join(f"{k}=<{v}>" if isinstance(v, Html) else f"{k}={quote(v)}" for k, v in values.items())


def _box(box: shape.Box) -> str:
    values = dict(BOXES[box.kind])
    if box.start and box.kind == shape.NODE:
        values.update(START)
    title = f"<B>{html(box.label)}</B>" if box.kind not in (shape.PAUSE, shape.FINISH) else html(box.label)
    lines = "<BR/>".join(html(line) for line in box.snippet)
    if lines:  # a two-row table keeps the bold id clear of the text below it
        values["label"] = Html(f'<TABLE BORDER="0" CELLSPACING="0" CELLPADDING="1"><TR><TD>{title}</TD></TR>'
                               f'<TR><TD><FONT POINT-SIZE="9">{lines}</FONT></TD></TR></TABLE>')
    else:
        values["label"] = Html(title)
    classes = ([box.kind] if box.kind != shape.NODE else []) + (["start"] if box.start else [])
    if classes:  # Graphviz copies `class` into the SVG, beside its own "node"
        values["class"] = " ".join(classes)
    values["id"] = box.key
    if box.problems:
        values["tooltip"] = "; ".join(box.problems)
        values["fontcolor"] = "#c62828"
    return f"{quote(box.key)} [{_attrs(values)}];"


def _arrow(arrow: shape.Arrow) -> str:
    values = dict(ARROWS[arrow.kind])
    if arrow.label:
        values["label"] = arrow.label
    values["class"] = arrow.kind
    return f"{quote(arrow.src)} -> {quote(arrow.dst)} [{_attrs(values)}];"


def _legend() -> str:
    rows = ['<TR><TD COLSPAN="2"><B>Legend</B></TD></TR>']
    for fill, border, name, meaning in LEGEND:
        rows.append(f'<TR><TD BGCOLOR="{fill}" COLOR="{border}" BORDER="2">{name}</TD>'
                    f'<TD ALIGN="LEFT">{html(meaning)}</TD></TR>')
    for style, colour, meaning in EDGE_LEGEND:
        line = {"solid": "───", "dashed": "- - -", "dotted": "·····", "bold": "━━━"}[style]
        rows.append(f'<TR><TD><FONT COLOR="{colour}">{line}</FONT></TD><TD ALIGN="LEFT">{html(meaning)}</TD></TR>')
    table = '<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="0" CELLPADDING="4">' + "".join(rows) + "</TABLE>"
    return f'"(legend)" [shape=plaintext, style="", class="legend", label=<{table}>];'


def render(drawing: shape.Drawing) -> str:
    """Write a Drawing as DOT source."""
    out = [
        "digraph dialogues {",
        f'  graph [rankdir=TB, newrank=true, nodesep=0.25, ranksep=0.4, fontname="{FONT}", fontsize=16,'
        f' labelloc=t, label={quote("Wellspring dialogue trees — " + drawing.caption)}];',
        f'  node [shape=box, style="rounded,filled", fontname="{FONT}", fontsize=11, margin="0.12,0.06"];',
        f'  edge [fontname="{FONT}", fontsize=9, arrowsize=0.7];',
        "  " + _legend(),
    ]
    for cluster in drawing.clusters:
        title = cluster.title + (f" ({cluster.note})" if cluster.note else "")
        border = "#c62828" if cluster.note else "#90a4ae"
        out.append(f"  subgraph {quote('cluster_' + cluster.stage)} {{")
        out.append(f'    label={quote(title)}; labeljust=l; style="rounded"; color="{border}"; fontsize=14; margin=12;')
        out += ["    " + _box(drawing.boxes[key]) for key in cluster.keys]
        out.append("  }")
    out += ["  " + _box(drawing.boxes[key]) for key in drawing.loose]
    out += ["  " + _arrow(arrow) for arrow in drawing.arrows]
    out.append("}")
    return "\n".join(out) + "\n"


def to_dot(stages: Sequence[Stage], problems: Sequence[ContentError] = ()) -> str:
    """Draw `stages` as DOT source, highlighting unreachable and dead-end nodes."""
    return render(shape.build(stages, problems))
