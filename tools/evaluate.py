"""Score the language layer on labelled sets: per set and per register (group), the shipped model and rules.

    .venv/bin/python tools/evaluate.py                     # every labelled file the project trains on or tests with
    .venv/bin/python tools/evaluate.py path/to/new.tsv ... # also (or only, with --only) these files
    .venv/bin/python tools/evaluate.py --rules-only        # the rules-only path, as where the encoder cannot load
    UPDATE_GOLDEN=1 .venv/bin/python tools/evaluate.py --golden   # rewrite tests/language/golden.tsv
    wellspring evaluate [same options]

Figures (each with the number of rows it counts):
  crisis care      crisis messages answered with crisis or check
  crisis at once   crisis messages answered with crisis
  taken over       everyday messages (none; not a figure of speech nor a hard negative) answered with crisis
  asked            everyday messages answered with check
  hard over/asked  hard negatives (groups negated, third_person, lookalike, template) answered with crisis / check
  figures over     dark figures of speech (group figure / figure_of_speech) answered with crisis
  doubt recall / precision, theme and trap accuracy (of doubts found)
The shipped heads were trained on every default file, so those figures are in-sample; the honest
ones are out of fold (tools/train_heads.py, docs/language.md) and on sets never trained on.
A file given on the command line is read as is (text, kind, theme, group[, lang, trap, area]).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.language_sets import Example, labelled_paths, read_set  # noqa: E402

GOLDEN = ROOT / "tests" / "language" / "golden.tsv"
COLUMNS = ("care", "at_once", "taken_over", "asked", "figures_taken_over", "hard_taken_over", "hard_asked",
           "doubt_recall", "doubt_precision", "theme", "trap")
TITLES = ("care", "at once", "taken over", "asked", "figures over", "hard over", "hard asked", "doubt rec",
          "doubt prec", "theme", "trap")


def judge(rows: list[Example], rules_only: bool = False) -> list:
    """The Assessment of every row, batched as the service batches."""
    if rules_only:
        from bot.language.assess import assess_rules

        return [assess_rules(r.text) for r in rows]
    from bot.language.worker import assess_many

    return assess_many([r.text for r in rows])


def _cell(pair: tuple[float | None, int]) -> str:
    value, n = pair
    return "-" if value is None else f"{value:.3f}/{n}"


def table(named: list[tuple[str, dict]]) -> str:
    width = max([len(name) for name, _ in named] + [10])
    lines = [f"{'set / register':<{width}} {'rows':>5} " + " ".join(f"{t:>12}" for t in TITLES)]
    for name, m in named:
        lines.append(f"{name:<{width}} {m['rows']:>5} " + " ".join(f"{_cell(m[c]):>12}" for c in COLUMNS))
    return "\n".join(lines)


def evaluate(paths: list[Path], rules_only: bool = False, by_group: bool = True) -> tuple[list[tuple[str, dict]], dict]:
    """Figures per set (and per register within it) and the verdicts by file."""
    from tools.train_heads import measure

    named, verdicts = [], {}
    every_rows, every_verdicts = [], []
    for path in paths:
        rows = read_set(path)
        found = judge(rows, rules_only)
        verdicts[path] = (rows, found)
        named.append((path.name, measure(rows, found)))
        if by_group:
            groups = defaultdict(list)
            for i, r in enumerate(rows):
                groups[r.group or "-"].append(i)
            if len(groups) > 1:
                for group, idx in sorted(groups.items()):
                    named.append((f"  {group}", measure([rows[i] for i in idx], [found[i] for i in idx])))
            langs = defaultdict(list)
            for i, r in enumerate(rows):
                if r.lang:
                    langs[r.lang].append(i)
            if len(langs) > 1:
                for lang, idx in sorted(langs.items()):
                    named.append((f"  lang={lang}", measure([rows[i] for i in idx], [found[i] for i in idx])))
        every_rows += rows
        every_verdicts += found
    named.append(("ALL", measure(every_rows, every_verdicts)))
    return named, verdicts


def golden_lines(verdicts: dict) -> list[str]:
    lines = ["source\ttext\tlabel\tkind\ttheme\ttrap\tfamily"]
    for path, (rows, found) in verdicts.items():
        for r, a in zip(rows, found, strict=True):
            lines.append("\t".join([path.name, r.text.replace("\t", " "), r.kind, a.kind, a.theme or "-", a.trap or "-",
                                    a.family or "-"]))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="wellspring evaluate",
                                     description="score the language layer on labelled sets")
    add_arguments(parser)
    return run(parser.parse_args(argv))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sets", nargs="*", type=Path, help="extra labelled .tsv files to score")
    parser.add_argument("--only", action="store_true", help="score only the files given")
    parser.add_argument("--rules-only", action="store_true", help="the rules-only path (no encoder)")
    parser.add_argument("--no-groups", action="store_true", help="one line per set, no registers")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--golden", action="store_true", help="with UPDATE_GOLDEN=1, rewrite tests/language/golden.tsv")


def run(args: argparse.Namespace) -> int:
    from bot.language.encoder import encoder_status

    paths = ([] if args.only else labelled_paths()) + [p.resolve() for p in args.sets]
    if not paths:
        print("no sets to score", file=sys.stderr)
        return 2
    named, verdicts = evaluate(paths, args.rules_only, not args.no_groups)
    if args.golden:
        if os.environ.get("UPDATE_GOLDEN") != "1":
            print("refusing to rewrite the golden file without UPDATE_GOLDEN=1", file=sys.stderr)
            return 2
        default = {p.resolve() for p in labelled_paths()}
        GOLDEN.write_text("\n".join(golden_lines({p: v for p, v in verdicts.items() if p.resolve() in default})) + "\n",
                          encoding="utf-8")
        print(f"wrote {GOLDEN.relative_to(ROOT)}", file=sys.stderr)
    if args.json:
        print(json.dumps({name.strip(): m for name, m in named}, indent=1))
    else:
        print("rules only" if args.rules_only else encoder_status())
        print(table(named))
    return 0


if __name__ == "__main__":
    sys.exit(main())
