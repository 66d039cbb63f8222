"""Import structure, read with ast (nothing is imported): no cycles inside bot/bench or among bot/discord's
modules at import time, and the runtime package never imports the test suite."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def imported(path: Path, *, deferred: bool) -> set[str]:
    """Modules `path` imports; with `deferred`, also those inside functions and `if TYPE_CHECKING:`."""
    found: set[str] = set()

    def visit(node: ast.AST, hidden: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inner = hidden or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)) or (
                isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test))
            if isinstance(child, ast.Import) and (deferred or not inner):
                found.update(alias.name for alias in child.names)
            elif isinstance(child, ast.ImportFrom) and child.module and child.level == 0 and (deferred or not inner):
                found.add(child.module)
                found.update(f"{child.module}.{alias.name}" for alias in child.names)
            visit(child, inner)

    visit(ast.parse(path.read_text(encoding="utf-8")), False)
    return found


def graph(package: str, *, deferred: bool) -> dict[str, set[str]]:
    folder = ROOT / package.replace(".", "/")
    modules = {f"{package}.{p.stem}": p for p in folder.glob("*.py") if p.stem != "__init__"}
    return {name: {m for m in imported(path, deferred=deferred) if m in modules and m != name}
            for name, path in modules.items()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(edges[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_cycles_finds_a_cycle_when_there_is_one():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_bot_bench_has_no_import_cycle_even_through_deferred_imports():
    assert cycles(graph("bot.bench", deferred=True)) == []


def test_bot_discord_has_no_import_cycle_at_import_time():
    assert cycles(graph("bot.discord", deferred=False)) == []


def test_the_runtime_package_never_imports_the_tests():
    offenders = [str(path.relative_to(ROOT)) for path in (ROOT / "bot").rglob("*.py")
                 if any(m == "tests" or m.startswith("tests.") for m in imported(path, deferred=True))]
    assert offenders == []
