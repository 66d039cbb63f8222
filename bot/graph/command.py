"""`wellspring graph`: draw the dialogue trees as an image through Graphviz, or as DOT/Mermaid text."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import IO

from bot.graph import dot, mermaid, shape
from bot.journey.loader import load_stages

FORMATS = ("svg", "png", "mermaid", "dot")
IMAGES = ("svg", "png")
SUFFIXES = {".svg": "svg", ".png": "png", ".dot": "dot", ".gv": "dot", ".mmd": "mermaid", ".mermaid": "mermaid"}
DEFAULT_NAME = "dialogue-graph"
INSTALL = ("Graphviz is not installed (no `dot` program on PATH). Install it with "
           "`apt-get install graphviz` (macOS: `brew install graphviz`) to get svg or png.")
DOT_TIMEOUT = 120  # seconds; the whole journey lays out in about one


def graphviz() -> str | None:
    """Find Graphviz's `dot` program; None when it is not installed."""
    return shutil.which("dot")


def choose_format(requested: str | None, out: Path | None, have_graphviz: bool) -> str:
    """Pick the format: as asked, else from --out's suffix, else svg with Graphviz and mermaid without."""
    if requested:
        return requested
    if out is not None and out.suffix.lower() in SUFFIXES:
        return SUFFIXES[out.suffix.lower()]
    return "svg" if have_graphviz else "mermaid"


def run_graphviz(program: str, source: str, fmt: str, stderr: IO[str]) -> bytes | None:
    """Lay out DOT `source` with Graphviz into svg or png bytes; None (reported) on failure."""
    try:
        done = subprocess.run([program, f"-T{fmt}"], input=source.encode("utf-8"), capture_output=True,
                              timeout=DOT_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        print(f"wellspring: Graphviz could not run: {exc}", file=stderr)
        return None
    message = done.stderr.decode("utf-8", "replace").strip()
    if done.returncode != 0 or not done.stdout:
        print(f"wellspring: Graphviz failed (exit {done.returncode}): {message}", file=stderr)
        return None
    if message:
        print(f"graphviz: {message}", file=stderr)
    return done.stdout


def graph_command(requested: str | None, out: Path | None, folder: Path,
                  stdout: IO[str] | None = None, stderr: IO[str] | None = None) -> int:
    """Draw the trees in `folder`; 0 when something was drawn, 1 when nothing could be."""
    stdout, stderr = stdout or sys.stdout, stderr or sys.stderr
    stages, problems = load_stages(Path(folder))
    for problem in problems:
        print(problem, file=stderr)
    if not stages:
        print(f"wellspring: nothing to draw: no stage in {folder} could be built.", file=stderr)
        return 1
    if problems:
        print(f"{len(problems)} problem(s) found; drawing the {len(stages)} stage(s) that could be built.",
              file=stderr)
    program = graphviz()
    fmt = choose_format(requested, out, program is not None)
    if fmt in IMAGES and program is None:
        out = (out or Path(DEFAULT_NAME)).with_suffix(".mmd")
        print(f"wellspring: cannot draw {fmt}: {INSTALL}\n"
              f"Writing Mermaid text to {out} instead; paste it into https://mermaid.live "
              f"or a ```mermaid block on GitHub to see it.", file=stderr)
        fmt = "mermaid"
    drawing = shape.build(stages, problems)
    if fmt in IMAGES and program is not None:  # without the program the format is mermaid by now
        data = run_graphviz(program, dot.render(drawing), fmt, stderr)
        if data is None:
            return 1
        return _write(out or Path(f"{DEFAULT_NAME}.{fmt}"), data, drawing, stdout, stderr)
    text = mermaid.render(drawing) if fmt == "mermaid" else dot.render(drawing)
    if out is not None:
        return _write(out, text.encode("utf-8"), drawing, stdout, stderr)
    buffer = getattr(stdout, "buffer", None)
    if buffer is not None:  # UTF-8 whatever the terminal's encoding: labels hold curly quotes and dashes
        stdout.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()
    else:
        stdout.write(text)
    return 0


def _write(path: Path, data: bytes, drawing: shape.Drawing, stdout: IO[str], stderr: IO[str]) -> int:
    try:
        path.write_bytes(data)
    except OSError as exc:
        print(f"wellspring: cannot write {path}: {exc}", file=stderr)
        return 1
    print(f"wrote {path} ({drawing.caption})", file=stdout)
    return 0
