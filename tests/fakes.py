"""Small builders shared by the tests: a minimal valid dialogues folder, a clock."""

from __future__ import annotations

from pathlib import Path

from bot.journey.model import STAGES


def minimal_stage(name: str, exit_to: str) -> str:
    """A tiny valid stage: three interactive beats, one prompt, then the exit."""
    return f"""\
stage: {name}
title: The {name}
start: one
nodes:
  - id: one
    say: ["{name} begins."]
    choices:
      - label: "Go on"
        next: two
      - label: "Rest"
        action: pause
  - id: two
    say: ["What do you notice?"]
    prompt:
      save_as: noticed_{name}
      routes:
        - label: light
          words: [light, glow]
          next: three
      default: three
  - id: three
    say: ["You noticed {{noticed_{name}}}."]
    choices:
      - label: "Onward"
        next: four
        set: {{last: "{name}"}}
  - id: four
    say: ["The {name} fades."]
    exit: {exit_to}
"""


def write_minimal_dialogues(folder: Path) -> Path:
    """Write seven minimal stage files into `folder` and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for i, name in enumerate(STAGES):
        exit_to = STAGES[i + 1] if i + 1 < len(STAGES) else "end"
        (folder / f"{name}.yaml").write_text(minimal_stage(name, exit_to), encoding="utf-8")
    return folder


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: float = 1_700_000_000.0):
        self.now = now

    def __call__(self) -> float:
        self.now += 1.0
        return self.now
