"""Reading dialogues/situations.yaml: the figure's answers for situations people often bring, each checked.

A situation is one kind of moment a doubt comes from ("a mistake at work someone spotted"): the ways
people write it (`examples`, what the model's nearest-neighbour search reads; tools/build_situations.py
turns them into bot/language/situations.npz), two or more acknowledgements that name it, views that
answer the thought in it (`trap: any`, or the thinking trap a view was written for) and steps.

`read_situations(path)` returns the pieces (reframe_file.Piece, sections `situation_acks`,
`situation_views` and `situation_steps`, keyed by the situation's id) and the examples by id, or raises
ContentInvalid listing every problem with its file, line and node: missing keys, too few texts, unknown
areas or traps, a question mark, an uncontracted form, a duplicate id.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from bot.content import ContentError, ContentInvalid, line_of, read_yaml
from bot.language.reframe_file import _UNCONTRACTED, AREAS, MAX_TEXT, TRAPS, Piece

SECTIONS = {"acknowledge": "situation_acks", "views": "situation_views", "steps": "situation_steps"}
MINIMUM = {"examples": 3, "acknowledge": 2, "views": 2, "steps": 1}
MAX_EXAMPLE = 400
_ID = re.compile(r"^[a-z][a-z0-9_]{2,60}$")


def examples_digest(examples: dict[str, tuple[str, ...]]) -> str:
    """The sha256 of every situation's examples, in order: the index records it (tests check it matches)."""
    data = json.dumps(sorted(examples.items()), ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def _text(file: str, line: int, node: str, text: object, errors: list[ContentError]) -> str | None:
    if not isinstance(text, str) or not text.strip():
        errors.append(ContentError(file, line, node, "text must be a non-empty string"))
        return None
    if len(text) > MAX_TEXT:
        errors.append(ContentError(file, line, node, f"text is {len(text)} characters (at most {MAX_TEXT})"))
    if "?" in text:
        errors.append(ContentError(file, line, node, "the figure doesn't ask: no question marks"))
    if "{" in text or "}" in text:
        errors.append(ContentError(file, line, node, "a situation's texts hold no placeholders"))
    if (found := _UNCONTRACTED.search(text)) is not None:
        errors.append(ContentError(file, line, node, f"use contractions, like the narration: {found.group()!r}"))
    return " ".join(text.split())


def _entry(file: str, entry: dict, errors: list[ContentError]) -> tuple[str, tuple[str, ...], list[Piece]] | None:
    line = line_of(entry, 1)
    sid = entry.get("id")
    if not isinstance(sid, str) or not _ID.match(sid):
        errors.append(ContentError(file, line, str(sid), "id must be snake_case letters, digits and _"))
        return None
    for key in entry:
        if key not in ("id", "area", "examples", *SECTIONS):
            errors.append(ContentError(file, line, f"{sid}.{key}", "unknown key (known: id, area, examples, "
                                       "acknowledge, views, steps)"))
    if entry.get("area") not in AREAS:
        errors.append(ContentError(file, line, f"{sid}.area", f"area must be one of: {', '.join(AREAS)}"))
    for key, least in MINIMUM.items():
        value = entry.get(key)
        if not isinstance(value, list) or len(value) < least:
            errors.append(ContentError(file, line, f"{sid}.{key}", f"expected a list of at least {least}"))
            return None
    examples = []
    for example in entry["examples"]:
        if not isinstance(example, str) or not example.strip() or len(example) > MAX_EXAMPLE:
            errors.append(ContentError(file, line, f"{sid}.examples", f"each example is a text of 1-{MAX_EXAMPLE}"
                                       " characters"))
            continue
        examples.append(" ".join(example.split()))
    pieces: list[Piece] = []
    for key, section in SECTIONS.items():
        for n, item in enumerate(entry[key], 1):
            node = f"{sid}.{key}[{n}]"
            trap: object = ""
            if key == "views":
                if not isinstance(item, dict):
                    errors.append(ContentError(file, line, node, "a view is `trap:` (any or a trap) and `text:`"))
                    continue
                trap = item.get("trap")
                if trap != "any" and trap not in TRAPS:
                    errors.append(ContentError(file, line_of(item, line), node,
                                               f"trap must be any or one of: {', '.join(TRAPS)}"))
                    continue
                item = item.get("text")
            text = _text(file, line, node, item, errors)
            if text is not None:
                pieces.append(Piece(f"sit.{sid}.{key[0]}{n}", section, sid, text, (str(entry.get("area")),),
                                    trap=str(trap or "")))
    return sid, tuple(examples), pieces


def read_situations(path: Path) -> tuple[list[Piece], dict[str, tuple[str, ...]], dict[str, str]]:
    """Validate situations.yaml: (its pieces, examples by situation id, area by id); raise ContentInvalid."""
    file = str(path)
    data = read_yaml(Path(path))
    if not isinstance(data, list):
        raise ContentInvalid([ContentError(file, line_of(data, 1), "", "expected a list of situations")])
    errors: list[ContentError] = []
    pieces: list[Piece] = []
    examples: dict[str, tuple[str, ...]] = {}
    areas: dict[str, str] = {}
    for entry in data:
        if not isinstance(entry, dict):
            errors.append(ContentError(file, 1, "", "each situation is a mapping (id, area, examples, ...)"))
            continue
        found = _entry(file, entry, errors)
        if found is None:
            continue
        sid, said, own = found
        if sid in examples:
            errors.append(ContentError(file, line_of(entry, 1), sid, "duplicate situation id"))
            continue
        examples[sid], areas[sid] = said, str(entry.get("area"))
        pieces += own
    if errors:
        raise ContentInvalid(errors)
    return pieces, examples, areas
