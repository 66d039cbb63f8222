"""Import structure, read with ast (nothing is imported): no import cycle anywhere in the runtime package, and
the runtime package never imports the test suite.

A cycle counts every import that runs: at module level and inside functions (a deferred import still ties
the two modules together, it only hides the knot until the function is called). Imports under
`if TYPE_CHECKING:` are left out: they never run, so they can't make a cycle at run time. They stay allowed
because the only thing they give is a name for an annotation (the handlers name the Discord client's mixin,
delivery names the service), and a module that has one must use `from __future__ import annotations`, so
that those names are never looked up at run time either (checked below)."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def imported(path: Path, *, deferred: bool, checking: bool | None = None) -> set[str]:
    """Modules `path` imports: with `deferred`, also those inside functions; with `checking` (by default the
    same as `deferred`), also those under `if TYPE_CHECKING:`. `from a import b` names both a and a.b."""
    checking = deferred if checking is None else checking
    found: set[str] = set()

    def add(node: ast.AST) -> None:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)

    def visit(nodes: list[ast.AST], in_function: bool) -> None:
        for node in nodes:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                if checking:
                    visit(list(node.body), in_function)
                visit(list(node.orelse), in_function)  # an else branch runs
                continue
            if isinstance(node, (ast.Import, ast.ImportFrom)) and (deferred or not in_function):
                add(node)
            inner = in_function or isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            visit(list(ast.iter_child_nodes(node)), inner)

    visit([ast.parse(path.read_text(encoding="utf-8"))], False)
    return found


def module_name(path: Path) -> str:
    """bot/store/sqlite.py -> bot.store.sqlite; bot/store/__init__.py -> bot.store."""
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def runtime_graph() -> dict[str, set[str]]:
    """Every module of bot/ (packages as their __init__) -> the modules of bot/ it imports when it runs."""
    modules = {module_name(p): p for p in (ROOT / "bot").rglob("*.py")}
    return {name: {m for m in imported(path, deferred=True, checking=False) if m in modules and m != name}
            for name, path in modules.items()}


PACKAGES = sorted(module_name(p) for p in (ROOT / "bot").rglob("__init__.py"))


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


def test_imports_are_read_inside_functions_but_not_under_type_checking(tmp_path):
    source = tmp_path / "m.py"
    source.write_text("import os\nfrom typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import json\n"
                      "else:\n    import csv\ndef f():\n    from bot.store import base\n", encoding="utf-8")
    assert imported(source, deferred=False) == {"os", "typing", "typing.TYPE_CHECKING", "csv"}
    assert imported(source, deferred=True, checking=False) - imported(source, deferred=False) == {
        "bot.store", "bot.store.base"}
    assert "json" in imported(source, deferred=True)


def test_every_package_of_bot_is_seen():
    assert {"bot", "bot.discord", "bot.language", "bot.store", "bot.graph"} <= set(PACKAGES)
    edges = runtime_graph()
    assert "bot.store.sqlite" in edges["bot.store"]  # open_store's deferred import is an edge
    assert "bot.discord.client" not in edges["bot.discord.about"]  # a TYPE_CHECKING import is not


@pytest.mark.parametrize("package", PACKAGES)
def test_no_import_cycle_at_run_time_even_through_deferred_imports(package):
    """Within `package` (the package itself and every module below it; for bot, the whole runtime)."""
    edges = runtime_graph()
    inside = {name for name in edges if name == package or name.startswith(f"{package}.")}
    assert cycles({name: edges[name] & inside for name in inside}) == []


def test_type_checking_imports_are_only_in_modules_whose_annotations_are_never_evaluated():
    offenders = []
    for path in (ROOT / "bot").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        checks = any(isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
                     for node in ast.walk(tree))
        postponed = any(isinstance(node, ast.ImportFrom) and node.module == "__future__"
                        and any(alias.name == "annotations" for alias in node.names) for node in tree.body)
        if checks and not postponed:
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
