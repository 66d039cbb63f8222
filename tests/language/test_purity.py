"""The journey engine and the language layer stay pure: no Discord or database imports."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PURE_PACKAGES = ("bot/journey", "bot/language")
# No I/O libraries, and no numpy or scikit-learn: the rules and the old model are plain Python.
FORBIDDEN = {"discord", "aiosqlite", "asyncpg", "sqlite3", "numpy", "scipy", "sklearn"}
# The semantic model's files may use numpy (and only these): its vectors and heads are arrays.
NUMPY_ALLOWED = {"bot/language/encoder.py", "bot/language/heads.py", "bot/language/worker.py", "bot/language/bench.py",
                 "bot/language/situations.py"}


def forbidden_imports(source: str, filename: str = "<source>") -> list[str]:
    """Return the forbidden top-level modules imported anywhere in `source`."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) in {
                "__import__", "import_module"}:
            names = [a.value for a in node.args[:1] if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        else:
            continue
        found += [name for name in names if name.split(".")[0] in FORBIDDEN]
    return found


@pytest.mark.parametrize(
    "source",
    [
        "import discord",
        "import os, aiosqlite",
        "from asyncpg import connect",
        "from discord.ext import commands",
        "def f():\n    import sqlite3",
        "import importlib\nimportlib.import_module('discord')",
        "__import__('aiosqlite')",
    ],
)
def test_checker_catches_forbidden_imports(source: str) -> None:
    assert forbidden_imports(source)


@pytest.mark.parametrize("source",
                         ["import os", "from bot.content import read_yaml", "from . import discord_free",
                          "import discordant"])
def test_checker_allows_other_imports(source: str) -> None:
    assert forbidden_imports(source) == []


def _python_files() -> list[Path]:
    return sorted(p for package in PURE_PACKAGES for p in (ROOT / package).rglob("*.py"))


def test_there_is_something_to_check() -> None:
    assert any(p.parent.name == "language" for p in _python_files())


@pytest.mark.parametrize("path", _python_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_pure_packages_import_no_io_libraries(path: Path) -> None:
    found = forbidden_imports(path.read_text(encoding="utf-8"), str(path))
    if str(path.relative_to(ROOT)) in NUMPY_ALLOWED:
        found = [name for name in found if name.split(".")[0] != "numpy"]
    assert found == []
