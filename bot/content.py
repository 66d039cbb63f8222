"""Read content YAML with line numbers, and report problems naming file, line and node."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml


@dataclass(frozen=True, slots=True)
class ContentError:
    """One problem in a content file, printable as `file:line: node: message`."""

    file: str
    line: int
    node: str
    message: str

    def __str__(self) -> str:
        where = f" {self.node}:" if self.node else ""
        return f"{self.file}:{self.line}:{where} {self.message}"


class ContentInvalid(Exception):
    """Raised when content files fail validation; carries every problem found."""

    def __init__(self, errors: list[ContentError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


class LineDict(dict):
    """A mapping from YAML that remembers the line it started on (1-based)."""

    line: int = 0


class _LineLoader(yaml.SafeLoader):
    """SafeLoader that records line numbers and refuses duplicate keys."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in result:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        result[key] = loader.construct_object(value_node, deep=True)
    return result


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def read_yaml(path: Path) -> Any:
    """Parse one YAML file safely; raise ContentInvalid naming the file and line on bad YAML."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentInvalid([ContentError(str(path), 0, "", "file is missing")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentInvalid([ContentError(str(path), 0, "", f"cannot be read: {exc}")]) from None
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - _LineLoader is a SafeLoader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark else 0
        problem = getattr(exc, "problem", None) or str(exc)
        raise ContentInvalid([ContentError(str(path), line, "", f"invalid YAML: {problem}")]) from None


def line_of(value: Any, default: int = 0) -> int:
    """The line a YAML mapping started on, or `default` for other values."""
    return getattr(value, "line", default) or default
