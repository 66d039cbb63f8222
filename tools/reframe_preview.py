"""Preview the figure's answers to the rated thoughts: area, trap (cue / model / chosen) against the labels.

    .venv/bin/python tools/reframe_preview.py [--set tests/language/reframe_rating/thoughts.tsv] [--quiet]

For each thought it prints the kind and theme the language layer read, the area area_of() reads against
the labelled one, the trap the wording's cues give (bot/language/traps.py), the model's trap head and the
trap the answer uses, against the labelled trap, and the composed answer (plain markup, as the console shows
it). A thought the layer did not read as a doubt, and that is no weight either, is composed as a doubt of
unknown theme, marked [as a doubt], so the pieces can be read on every row (the bot itself asks or
passes). At the end: area accuracy and trap accuracy of the
model alone and of cue + model. Assessments are cached in /tmp (--fresh to reassess).
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import inspect
import json
import sys
import zlib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.app import load_content  # noqa: E402
from bot.language.assess import Assessment  # noqa: E402
from bot.language.normalize import normalize  # noqa: E402
from bot.language.reframes import area_of, phrase_of  # noqa: E402
from bot.language.traps import cue_of, cue_words, explicit_trap, trap_of  # noqa: E402


def _assess(language: Any, texts: list[str], cache: Path, fresh: bool) -> list[dict]:
    if cache.exists() and not fresh:
        stored = json.loads(cache.read_text(encoding="utf-8"))
        if [s["text"] for s in stored] == texts:
            return stored
    out = []
    for text in texts:
        found = language.assess(text)
        if inspect.iscoroutine(found):
            found = asyncio.run(found)
        out.append({"text": text, "kind": found.kind, "theme": found.theme, "trap": found.trap,
                    "matched": list(found.matched), "family": found.family})
    cache.write_text(json.dumps(out), encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", default=str(ROOT / "tests/language/reframe_rating/thoughts.tsv"))
    parser.add_argument("--quiet", action="store_true", help="only the totals")
    parser.add_argument("--fresh", action="store_true", help="assess again, not from the cache")
    args = parser.parse_args(argv)
    rows = list(csv.DictReader(open(args.set, encoding="utf-8"), delimiter="\t"))
    content = load_content(ROOT / "dialogues")
    language = content.language
    cache = Path("/tmp") / f"reframe_preview.{Path(args.set).stem}.json"
    read = _assess(language, [r["thought"] for r in rows], cache, args.fresh)
    area_ok = model_ok = chosen_ok = doubts = 0
    texts = set()
    for row, got in zip(rows, read, strict=True):
        text = row["thought"]
        assessment = Assessment(got["kind"], got["theme"], tuple(got["matched"]), trap=got["trap"],
                                family=got["family"])
        doubt = assessment.kind == "doubt" and assessment.theme
        ruled = got["family"] == "rules" and got["matched"]
        area = area_of(text, got["matched"][0] if ruled else cue_words(text))
        cue, chosen = cue_of(text), trap_of(text, got["trap"])
        area_ok += area == row["area"]
        model_ok += got["trap"] == row["trap"]
        chosen_ok += chosen == row["trap"]
        doubts += bool(doubt)
        book = language.reframes
        found = book.answer(text, assessment, (), markup="plain")
        if found is None and not doubt:  # what the pieces would say to it as a doubt of unknown theme
            words = cue_words(text)
            ids, said = book.compose(None, chosen, area, (), phrase_of(text, (words,) if words else ()), markup="plain",
                                     feeling=explicit_trap(text) == chosen, salt=zlib.crc32(normalize(text).encode()))
            found = (ids, said, "as a doubt")
        said = found[1] if found else "(no answer)"
        texts.add(said)
        if not args.quiet:
            mark = lambda ok: "ok" if ok else "MISS"  # noqa: E731
            print(f"{row['id']} [{got['kind']}/{got['theme']}] area {area} vs {row['area']} "
                  f"{mark(area == row['area'])};"
                  f" trap cue={cue} model={got['trap']} -> {chosen} vs {row['trap']} {mark(chosen == row['trap'])}")
            print(f"  > {text}")
            print(f"  < {said}" + (f"  [{found[2]}]" if found else ""))
    n = len(rows)
    print(f"\n{n} thoughts, {doubts} read as doubts; area {area_ok}/{n} = {area_ok / n:.0%}; "
          f"trap: model alone {model_ok}/{n} = {model_ok / n:.0%}, cue + model {chosen_ok}/{n} = {chosen_ok / n:.0%}; "
          f"{len(texts)} distinct answers")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
