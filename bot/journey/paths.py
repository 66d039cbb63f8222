"""Paths through a stage: where each node leads, and which nodes no walk reaches or leaves."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from bot.journey.model import Node, Stage


def targets(node: Node) -> list[str]:
    """The node ids this node can move to within its stage (pauses and exits excluded)."""
    found = [c.next for c in node.choices if c.next is not None]
    if node.prompt:
        found += [r.next for r in node.prompt.routes] + [node.prompt.default]
        if node.prompt.keep is not None:
            found.append(node.prompt.keep.next)
    if node.next:
        found.append(node.next)
    return found


def walk(starts: Iterable[str], neighbours: Callable[[str], Iterable[str]], nodes: Mapping) -> set[str]:
    """Every node reachable from `starts` by following `neighbours`."""
    seen = {s for s in starts if s in nodes}
    todo = list(seen)
    while todo:
        for nxt in neighbours(todo.pop()):
            if nxt in nodes and nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def analyse(stage: Stage) -> tuple[set[str], set[str]]:
    """(unreachable, dead_end) node ids: none reach them, or no path from them reaches the exit."""
    nodes = stage.nodes
    reachable = walk([stage.start], lambda n: targets(nodes[n]), nodes)
    incoming: dict[str, list[str]] = {n: [] for n in nodes}
    for node in nodes.values():
        for target in targets(node):
            if target in incoming:
                incoming[target].append(node.id)
    exits = [n.id for n in nodes.values() if n.exit is not None]
    if exits:
        leads_out = walk(exits, lambda n: incoming[n], nodes)
    else:  # no exit at all is the stage's own problem; flag only the nodes with no way on
        leads_out = {n.id for n in nodes.values() if any(t in nodes for t in targets(n))}
    return set(nodes) - reachable, {n for n in reachable if n not in leads_out}
