"""Load the seven stage files into a Book, reporting every problem with file, line and node."""

from __future__ import annotations

import string
from pathlib import Path
from types import MappingProxyType
from typing import Any

from bot.content import ContentError, ContentInvalid, line_of, read_yaml
from bot.journey.model import END, STAGES, Book, Choice, Keep, Line, Node, Prompt, Route, Stage
from bot.journey.paths import analyse
from bot.journey.words import fold

MAX_TEXT = 2000  # Discord's message limit
MAX_LABEL = 80  # Discord's button label limit
MIN_BEATS = 3
MAX_WRITTEN_PAUSE = 30  # seconds: a written `pause` is honoured as written, up to this
NODE_KEYS = {"id", "say", "choices", "prompt", "next", "exit", "checkin"}
PROMPT_KEYS = {"routes", "default", "save_as", "keep", "set"}
ROUTE_KEYS = {"label", "words", "next", "set"}
KEEP_KEYS = {"as", "next", "set"}
ACTIONS = {"pause"}
MAX_CHOICES = 25  # Discord: five rows of five buttons
CHECKINS = ("before", "after")
CHECKIN_QUESTION = ("One small question, which you're free to skip: how kindly are you holding yourself "
                    "right now? 0 is not kindly at all, 10 is as kindly as you would hold a dear friend.")
SKIP = "Skip"


class _Reporter:
    """Collects errors for one file."""

    def __init__(self, file: str):
        self.file = file
        self.errors: list[ContentError] = []

    def __call__(self, line: int, node: str, message: str) -> None:
        self.errors.append(ContentError(self.file, line, node, message))


def load_book(folder: Path) -> Book:
    """Load and validate every stage in `folder`; raise ContentInvalid listing all problems."""
    stages, errors = load_stages(folder)
    if errors:
        raise ContentInvalid(errors)
    return Book(tuple(stages))


def load_stages(folder: Path) -> tuple[list[Stage], list[ContentError]]:
    """Every stage that could be built, and every problem found; for tools that draw broken trees."""
    errors: list[ContentError] = []
    stages: list[Stage] = []
    for number, name in enumerate(STAGES, start=1):
        path = Path(folder) / f"{name}.yaml"
        try:
            raw = read_yaml(path)
        except ContentInvalid as exc:
            errors.extend(exc.errors)
            continue
        report = _Reporter(str(path))
        stage = _build_stage(raw, name, number, report)
        if stage is not None:
            _check_stage(stage, report)
            stages.append(stage)
        errors.extend(report.errors)
    if not errors:
        errors.extend(_check_vars(stages))
    return stages, errors


def _build_stage(raw: Any, name: str, number: int, report: _Reporter) -> Stage | None:
    if not isinstance(raw, dict):
        report(1, "", "a stage file must be a mapping with stage, title, start and nodes")
        return None
    top = line_of(raw, 1)
    if raw.get("stage") != name:
        report(top, "", f"`stage` must be {name!r} to match the file name, found {raw.get('stage')!r}")
    title, start, raw_nodes = raw.get("title"), raw.get("start"), raw.get("nodes")
    if not isinstance(title, str) or not title.strip():
        report(top, "", "`title` is missing")
    if not isinstance(start, str):
        report(top, "", "`start` must name the first node")
    if not isinstance(raw_nodes, list) or not raw_nodes:
        report(top, "", "`nodes` must be a non-empty list")
        return None
    nodes: dict[str, Node] = {}
    for raw_node in raw_nodes:
        node = _build_node(raw_node, name, report)
        if node is None:
            continue
        if node.id in nodes:
            report(node.line, node.id, f"duplicate id (first at line {nodes[node.id].line})")
            continue
        nodes[node.id] = node
    if not nodes:
        return None
    return Stage(name, number, str(title), str(start), MappingProxyType(nodes), report.file)


def _build_node(raw: Any, stage: str, report: _Reporter) -> Node | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not raw["id"].strip():
        report(line_of(raw), "", "every node needs an `id` (a non-empty string)")
        return None
    node_id, line = raw["id"], line_of(raw)
    for key in sorted(set(raw) - NODE_KEYS):
        report(line, node_id, f"unknown key {key!r} (allowed: {', '.join(sorted(NODE_KEYS))})")
    if "checkin" in raw:
        return _build_checkin(raw, stage, node_id, line, report)
    say = _build_say(raw.get("say"), node_id, line, report)
    choices = tuple(_build_choice(c, node_id, line, report) for c in _as_list(raw.get("choices")))
    if len(choices) > MAX_CHOICES:
        report(line, node_id, f"{len(choices)} choices; Discord shows at most {MAX_CHOICES} buttons")
    prompt = _build_prompt(raw.get("prompt"), node_id, line, report) if "prompt" in raw else None
    ways = [bool(choices) or prompt is not None, "next" in raw, "exit" in raw]
    if sum(ways) == 0:
        report(line, node_id, "dead end: the node has no choices, prompt, next or exit")
    elif sum(ways) > 1:
        report(line, node_id, "a node leads on one way only: choices/prompt, next, or exit")
    for key in ("next", "exit"):
        if key in raw and not isinstance(raw[key], str):
            report(line, node_id, f"`{key}` must be a string")
    return Node(node_id, stage, say, tuple(c for c in choices if c), prompt,
                raw.get("next"), raw.get("exit"), line)


def _build_checkin(raw: dict, stage: str, node_id: str, line: int, report: _Reporter) -> Node:
    """`checkin: before|after` with `next`: the 0-10 question, its buttons and Skip, built here."""
    when, target = raw.get("checkin"), raw.get("next")
    if when not in CHECKINS:
        report(line, node_id, f"`checkin` must be one of {', '.join(CHECKINS)}, not {when!r}")
    if not isinstance(target, str) or any(k in raw for k in ("choices", "prompt", "exit")):
        report(line, node_id, "a check-in node leads on with `next` only (its buttons are built for you)")
        target = target if isinstance(target, str) else node_id
    say = _build_say(raw.get("say") or [CHECKIN_QUESTION], node_id, line, report)
    key = f"_checkin_{when}"
    scores = [Choice(str(n), target, None, MappingProxyType({key: str(n)}), line) for n in range(11)]
    skip = Choice(SKIP, target, None, MappingProxyType({}), line)
    return Node(node_id, stage, say, (*scores, skip), None, None, None, line, checkin=str(when))


def _as_list(value: Any) -> list:
    return value if isinstance(value, list) else ([] if value is None else [value])


def _build_say(raw: Any, node_id: str, line: int, report: _Reporter) -> tuple[Line, ...]:
    lines = []
    for item in _as_list(raw):
        text, pause = (item.get("text"), item.get("pause")) if isinstance(item, dict) else (item, None)
        if not isinstance(text, str) or not text.strip():
            report(line_of(item, line), node_id, "each `say` line must be non-empty text")
            continue
        if len(text) > MAX_TEXT:
            report(line_of(item, line), node_id, f"text is {len(text)} characters; Discord allows {MAX_TEXT}")
        if pause is not None and (isinstance(pause, bool) or not isinstance(pause, (int, float))
                                  or not 0 <= pause <= MAX_WRITTEN_PAUSE):
            report(line_of(item, line), node_id,
                   f"`pause` must be a number of seconds from 0 to {MAX_WRITTEN_PAUSE}, not {pause!r} "
                   "(a longer rest is a choice the person taps to go on)")
            pause = None
        lines.append(Line(text.strip(), None if pause is None else float(pause)))
    if not lines:
        report(line, node_id, "`say` needs at least one line of narration")
    return tuple(lines)


def _build_choice(raw: Any, node_id: str, line: int, report: _Reporter) -> Choice | None:
    line = line_of(raw, line)
    if not isinstance(raw, dict) or not isinstance(raw.get("label"), str) or not raw["label"].strip():
        report(line, node_id, "each choice needs a `label`")
        return None
    label, nxt, action, sets = raw["label"].strip(), raw.get("next"), raw.get("action"), raw.get("set", {})
    if len(label) > MAX_LABEL:
        report(line, node_id, f"choice label is {len(label)} characters; Discord allows {MAX_LABEL}")
    if (nxt is None) == (action is None):
        report(line, node_id, f"choice {label!r} needs exactly one of `next` or `action`")
    if action is not None and action not in ACTIONS:
        report(line, node_id, f"unknown action {action!r} (known: {', '.join(sorted(ACTIONS))})")
    return Choice(label, nxt, action, _build_sets(sets, node_id, line, report), line)


def _build_sets(sets: Any, node_id: str, line: int, report: _Reporter) -> MappingProxyType:
    """A `set:` mapping of names to text, checked."""
    if not isinstance(sets, dict) or not all(isinstance(v, str) for v in sets.values()):
        report(line, node_id, "`set` must map names to text")
        return MappingProxyType({})
    if any(str(k).startswith("_") for k in sets):
        report(line, node_id, "names starting with `_` are kept for wellspring itself")
    return MappingProxyType({str(k): v for k, v in sets.items()})


def _unknown(raw: dict, allowed: set[str], what: str, node_id: str, line: int, report: _Reporter) -> None:
    for key in sorted(set(map(str, raw)) - allowed):
        report(line, node_id, f"unknown key {key!r} in {what} (allowed: {', '.join(sorted(allowed))})")


def _build_prompt(raw: Any, node_id: str, line: int, report: _Reporter) -> Prompt | None:
    line = line_of(raw, line)
    if not isinstance(raw, dict) or not isinstance(raw.get("default"), str):
        report(line, node_id, "a prompt needs a `default` node for any answer")
        return None
    _unknown(raw, PROMPT_KEYS, "a prompt", node_id, line, report)
    routes = []
    for item in _as_list(raw.get("routes")):
        ok = isinstance(item, dict) and all(isinstance(item.get(k), str) for k in ("label", "next"))
        words = item.get("words") if isinstance(item, dict) else None
        if not ok or not isinstance(words, list) or not words:
            report(line_of(item, line), node_id, "each route needs `label`, `next` and a list of `words`")
            continue
        at = line_of(item, line)
        _unknown(item, ROUTE_KEYS, "a route", node_id, at, report)
        folded = frozenset(fold(str(w)) for w in words)  # "mum's" is "mums"; a phrase keeps its spaces
        if "" in folded:
            report(at, node_id, f"route {item['label']!r} has a word with no letters")
        sets = _build_sets(item.get("set", {}), node_id, at, report)
        routes.append(Route(item["label"], folded - {""}, item["next"], at, sets))
    save_as = raw.get("save_as")
    if save_as is not None and not isinstance(save_as, str):
        report(line, node_id, "`save_as` must be a name")
        save_as = None
    elif isinstance(save_as, str) and save_as.startswith("_"):
        report(line, node_id, "names starting with `_` are kept for wellspring itself")
    keep = _build_keep(raw["keep"], node_id, line, report) if "keep" in raw else None
    if keep is not None and keep.name == save_as:
        report(line, node_id, f"`save_as` and `keep` both name {save_as!r}: a label would overwrite their words")
    sets = _build_sets(raw.get("set", {}), node_id, line, report)
    return Prompt(tuple(routes), raw["default"], save_as, line, keep, sets)


def _build_keep(raw: Any, node_id: str, line: int, report: _Reporter) -> Keep | None:
    """`keep: {as: name, next: node, set: {...}}`: the answer in the person's own words, kept as {name}."""
    line = line_of(raw, line)
    if not isinstance(raw, dict):
        report(line, node_id, "`keep` must be a mapping with `as` (a name) and `next` (a node)")
        return None
    _unknown(raw, KEEP_KEYS, "`keep`", node_id, line, report)
    name, target = raw.get("as"), raw.get("next")
    if not isinstance(name, str) or not name.isidentifier():
        report(line, node_id, f"`keep` needs `as`: a plain name for their words, not {name!r}")
        return None
    if name.startswith("_"):
        report(line, node_id, "names starting with `_` are kept for wellspring itself")
    if not isinstance(target, str):
        report(line, node_id, "`keep` needs `next`: the node that says their words back")
        return None
    sets = _build_sets(raw.get("set", {}), node_id, line, report)
    if name in sets:
        report(line, node_id, f"`keep` sets {name!r} itself: `set` may not name it too")
    return Keep(name, target, sets, line)


def _targets(node: Node) -> list[tuple[str, int]]:
    found = [(c.next, c.line) for c in node.choices if c.next is not None]
    if node.prompt:
        found += [(r.next, r.line) for r in node.prompt.routes] + [(node.prompt.default, node.prompt.line)]
        if node.prompt.keep is not None:
            found.append((node.prompt.keep.next, node.prompt.keep.line))
    if node.next:
        found.append((node.next, node.line))
    return found


def _check_stage(stage: Stage, report: _Reporter) -> None:
    nodes = stage.nodes
    if stage.start not in nodes:
        report(1, stage.start, "`start` names no node of this stage")
        return
    for node in nodes.values():
        for target, line in _targets(node):
            if target not in nodes:
                report(line, node.id, f"unknown target {target!r}")
        for said in node.say:
            _check_placeholders(said.text, node, report)
    expected = STAGES[stage.number] if stage.number < len(STAGES) else END
    exits = [n for n in nodes.values() if n.exit is not None]
    for node in exits:
        if node.exit != expected:
            report(node.line, node.id, f"exit must be {expected!r} (the next stage), not {node.exit!r}")
    if not exits:
        report(1, "", f"the stage has no exit (a node with `exit: {expected}`)")
    unreachable, dead_ends = analyse(stage)
    for node in nodes.values():
        if node.id in unreachable:
            report(node.line, node.id, f"unreachable from start node {stage.start!r}")
        elif node.id in dead_ends and exits:
            report(node.line, node.id, "dead end: no path from here reaches the stage's exit")
    for node in nodes.values():
        seen, at = {node.id}, node
        while at.next is not None and at.next in nodes:
            at = nodes[at.next]
            if at.id in seen:
                report(node.line, node.id, "`next` runs in a circle with no choice to leave it")
                break
            seen.add(at.id)
    beats = sum(1 for n in nodes.values() if n.interactive)
    if beats < MIN_BEATS:
        report(1, "", f"the stage has {beats} interactive beats; at least {MIN_BEATS} are needed")


def _check_placeholders(text: str, node: Node, report: _Reporter) -> None:
    try:
        names = [f for _, f, _, _ in string.Formatter().parse(text) if f is not None]
    except ValueError as exc:
        report(node.line, node.id, f"bad placeholder in text: {exc} (write {{{{ and }}}} for braces)")
        return
    for name in names:
        if not name.isidentifier():
            report(node.line, node.id, f"placeholder {{{name}}} must be a plain name")


def _check_vars(stages: list[Stage]) -> list[ContentError]:
    """Every {name} used in text must be set somewhere by `save_as` or `set`."""
    defined: set[str] = set()
    for stage in stages:
        for node in stage.nodes.values():
            defined.update(k for c in node.choices for k in c.sets)
            prompt = node.prompt
            if prompt is not None:
                defined.update([prompt.save_as] if prompt.save_as else [])
                defined.update(k for r in prompt.routes for k in r.sets)
                defined.update(prompt.sets)
                if prompt.keep is not None:
                    defined.update([prompt.keep.name, *prompt.keep.sets])
    errors = []
    for stage in stages:
        for node in stage.nodes.values():
            for line in node.say:
                for _, name, _, _ in string.Formatter().parse(line.text):
                    if name and name not in defined:
                        errors.append(ContentError(stage.file, node.line, node.id,
                                                   f"{{{name}}} is never set by `save_as` or `set`"))
    return errors
