"""Read the labelled language sets and score any assess-like function on them (shared by the tools)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS_DIR = ROOT / "tests" / "language"
# Every labelled set; the order is the order of the cross-validation folds.
SETS = ("evaluation.tsv", "holdout.tsv", "holdout2.tsv", "holdout3.tsv", "blind.tsv", "families.tsv", "blind2.tsv")
# Training-only statements written for the model (idioms, everyday lookalikes), never a measure.
EXTRA = ROOT / "tools" / "language_training.tsv"
KINDS = ("crisis", "doubt", "none")
FIGURES = {"figure", "figure_of_speech"}


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled statement and the file it came from."""

    text: str
    kind: str
    theme: str | None
    group: str
    source: str
    lang: str | None = None
    trap: str | None = None
    area: str | None = None


def read_set(path: Path) -> list[Example]:
    """Read one set, in either layout: a header naming its columns (text, kind, theme, group, and
    optionally lang, trap, area), or the old one, text last (kind, theme, category, text)."""
    # A blind round's files are named with their folder ("blind6/help.tsv"): a file's name is its
    # cross-validation fold and its rows' key in the golden file, and tools/training/ has a help.tsv too.
    source = f"{path.parent.name}/{path.name}" if path.resolve().parent.parent == SETS_DIR else path.name
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines:
        return []
    header = lines[0].split("\t")
    text_first = header[0] == "text"
    if not text_first:
        header = ["kind", "theme", "group", "text"]
    found = []
    for line in lines[1:]:
        cells = line.split("\t")
        row = dict(zip(header, cells, strict=False))
        if "group" not in row and "category" in row:
            row["group"] = row["category"]
        text, kind = row.get("text", "").strip(), row.get("kind", "").strip()
        if not text or not kind:
            continue

        def cell(name: str, row: dict[str, str] = row) -> str | None:
            value = (row.get(name) or "").strip()
            return None if value in ("", "-") else value

        found.append(Example(text, kind, cell("theme"), cell("group") or "", source, cell("lang"), cell("trap"),
                             cell("area")))
    return found


# Blind rounds whose first measure is recorded (their folder's README.md): from then on the heads
# may learn from them. A newer round's folder stays out until its own first measure is written down.
MEASURED_BLIND = ("blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind15",
                 "blind16", "blind17", "blind18", "blind19")


def labelled_paths() -> list[Path]:
    """Every labelled file the heads learn from and the harness scores: tests/language/*.tsv, the
    measured blind rounds (MEASURED_BLIND; any other subfolder is never read), tools/language_training.tsv
    and tools/training/*.tsv. The golden verdicts file is output, not a set."""
    paths = [p for p in sorted(SETS_DIR.glob("*.tsv")) if p.name != "golden.tsv"]
    for folder in MEASURED_BLIND:
        paths += sorted((SETS_DIR / folder).glob("*.tsv"))
    if EXTRA.exists():
        paths.append(EXTRA)
    paths += sorted((ROOT / "tools" / "training").glob("*.tsv"))
    return paths


def read_sets(names: Iterable[str], extra: bool = True) -> list[Example]:
    """The named sets from tests/language, and the training-only statements if asked."""
    found = [e for name in names for e in read_set(SETS_DIR / name)]
    if extra and EXTRA.exists():
        found += read_set(EXTRA)
    return found


@dataclass
class Score:
    """A confusion matrix over kinds, with the figures of speech counted apart."""

    matrix: Counter
    theme_hits: int = 0
    figure_alarms: int = 0
    figures: int = 0

    def recall(self, kind: str) -> float:
        actual = sum(n for (a, _), n in self.matrix.items() if a == kind)
        return self.matrix[(kind, kind)] / actual if actual else 1.0

    def precision(self, kind: str) -> float:
        predicted = sum(n for (_, p), n in self.matrix.items() if p == kind)
        return self.matrix[(kind, kind)] / predicted if predicted else 1.0

    @property
    def figure_alarm_rate(self) -> float:
        """How many figures of speech were taken for a crisis, as a share of them all."""
        return self.figure_alarms / self.figures if self.figures else 0.0

    def meets_bars(self) -> bool:
        """Doubt recall and precision at least 0.90, every crisis kept, figures alarm at most 10%."""
        return (self.recall("doubt") >= 0.90 and self.precision("doubt") >= 0.90
                and self.recall("crisis") == 1.0 and self.figure_alarm_rate <= 0.10)

    def report(self, name: str) -> str:
        lines = [f"{name}: rows = actual, columns = predicted", "          " + "".join(f"{k:>8}" for k in KINDS)]
        for actual in KINDS:
            lines.append(f"{actual:>10}" + "".join(f"{self.matrix[(actual, p)]:>8}" for p in KINDS))
        lines.append(
            f"doubt recall {self.recall('doubt'):.2f} precision {self.precision('doubt'):.2f} | "
            f"crisis recall {self.recall('crisis'):.2f} precision {self.precision('crisis'):.2f} | "
            f"figure false alarms {self.figure_alarms}/{self.figures} | "
            f"theme right {self.theme_hits}/{self.matrix[('doubt', 'doubt')]}"
        )
        return "\n".join(lines)


def score(examples: Iterable[Example], judge: Callable[[str], tuple[str, str | None]]) -> Score:
    """Score judge(text) -> (kind, theme) on labelled examples."""
    result = Score(Counter())
    for example in examples:
        kind, theme = judge(example.text)
        result.matrix[(example.kind, kind)] += 1
        result.theme_hits += example.kind == kind == "doubt" and example.theme == theme
        if example.group in FIGURES:
            result.figures += 1
            result.figure_alarms += kind == "crisis"
    return result
