"""Golden transcripts: scripted inputs through the real content, service and engine.

Each file in tests/transcripts/ holds `> input` lines and the exact lines the terminal printed.
After an intended content change, regenerate with `UPDATE_GOLDEN=1 pytest tests/test_transcripts.py`
and read the diff like a script.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from bot.app import load_content
from bot.console import Console
from bot.journey.engine import Engine
from bot.service import Service
from bot.store.memory import MemoryStore
from tests.fakes import Clock

ROOT = Path(__file__).resolve().parents[1]
FOLDER = Path(__file__).resolve().parent / "transcripts"
SCRIPTS = {
    "full_journey": ["1"] * 260 + ["/status"],
    "pause_resume_restart_forget": ["1", "1", "/status", "/pause", "hello?", "/resume", "1",
                                    "/restart", "/status", "/forget", "/status"],
    "doubts_and_crisis": ["1", "1", "i'm not good enough", "i always mess things up", "nobody could love me",
                          "im such a burden", "i want to die", "1", "/resume", "i am enough", "/status"],
    "bad_input": ["", "   ", "🌊", "\x00\x1b", "/dance", "99", "0", "x" * 3000, "1"],
}


async def replay(inputs: list[str]) -> str:
    content = load_content(ROOT / "dialogues")
    service = Service(Engine(content.book), MemoryStore(), content.language, clock=Clock(), markup="plain")
    out = io.StringIO()
    console = Console(service, "console:golden", 0.0, stdin=io.StringIO(""), stdout=out)
    await console.show(await service.greet("console:golden"))
    for line in inputs:
        shown = line if len(line) <= 80 else line[:40] + f"…({len(line)} chars)"
        out.write(f"> {shown!r}\n" if not line.isprintable() else f"> {shown}\n")
        inbound = console.parse(line)
        await console.show(await service.handle(inbound))
    return out.getvalue()


@pytest.mark.parametrize("name", sorted(SCRIPTS))
async def test_transcript(name):
    actual = await replay(SCRIPTS[name])
    path = FOLDER / f"{name}.txt"
    if os.environ.get("UPDATE_GOLDEN") or not path.exists():
        path.write_text(actual, encoding="utf-8")
        if not os.environ.get("UPDATE_GOLDEN"):
            pytest.fail(f"{path.name} was missing and has been written; read it, then commit it")
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"{path.name} differs: run with UPDATE_GOLDEN=1 after reading the diff"
