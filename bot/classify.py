"""`wellspring classify`: one statement per line in, one JSON assessment per line out."""

from __future__ import annotations

import json
from typing import TextIO

from bot.service import Language


def classify_line(text: str, language: Language) -> dict:
    """What the bot would make of one statement, and the reframe it would give to a doubt."""
    assessment = language.assess(text)
    reframe = None
    if assessment.kind == "doubt" and assessment.theme:
        # What the figure would say, composed from the theme, trap, area and the doubt's own words, plain
        # (no Discord escapes in a terminal); abuse and grief are acknowledged instead of reframed.
        answer = language.reframes.answer(text, assessment, (), markup="plain")
        reframe = answer[1] if answer is not None else None
    return {"text": text, "kind": assessment.kind, "theme": assessment.theme,
            "reframe": reframe, "matched": list(assessment.matched)}


def classify_stream(stdin: TextIO, stdout: TextIO, language: Language) -> int:
    """Classify every line until the end of input; blank lines are skipped."""
    for line in stdin:
        text = line.rstrip("\r\n")
        if not text.strip():
            continue
        stdout.write(json.dumps(classify_line(text, language), ensure_ascii=False) + "\n")
        stdout.flush()
    return 0
