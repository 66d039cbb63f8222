"""Train the language model offline and write bot/language/model.bin (deterministic: same sets, same bytes).

scikit-learn is a development tool only: `.venv/bin/pip install -e '.[train]'` (or `pip install
scikit-learn`). Run time reads the weights with bot/language/model.py alone.

    .venv/bin/python tools/train_language_model.py                       # train on every set, write
    .venv/bin/python tools/train_language_model.py --exclude blind2.tsv  # honest: measure blind2 unseen

Cross-validation is grouped by file: each labelled set in turn is scored by a model fitted on all
the others (and on tools/language_training.tsv, which is never a fold). The thresholds are chosen
on those out-of-fold probabilities, never on a set held out with --exclude; the report prints the
model alone out of fold and then the rules with each fold's model, file by file.
"""

from __future__ import annotations

import argparse
import sys
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tools")]

import numpy as np  # noqa: E402
from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from bot.language.decide import CRISIS, DOUBT, THEMES, decide, model_text  # noqa: E402
from bot.language.model import MODEL_PATH, Model, dump, features, parse  # noqa: E402
from bot.language.normalize import normalize  # noqa: E402
from tools.language_sets import SETS, Example, Score, read_sets, score  # noqa: E402

SEED = 0
C_CRISIS, C_DOUBT, C_THEME = 64.0, 64.0, 64.0
# A feature seen in fewer training statements is dropped; cross-validation found that dropping the
# rare ones only lost recall, so every feature is kept (the file stays small anyway).
MIN_ROWS = 1
# Crisis: the lowest threshold at which at most these shares of the other statements out of fold
# would alarm: of all, of figures of speech, of everyday chat and journey answers (the bulk of real
# traffic). Doubt: the lowest at which precision out of fold holds.
CRISIS_FALSE_ALARMS = 0.03
FIGURE_FALSE_ALARMS = 0.05
EVERYDAY_FALSE_ALARMS = 0.01
EVERYDAY = ("answer", "journey_answer", "neutral")
DOUBT_PRECISION = 0.95
QUANTUM = 32767
CHECKS = ("i want to kill myself", "this commute is killing me", "i'm on the roof and i keep looking down",
          "nobody would notice if i vanished", "i'm such a let down to my parents", "my phone is dead",
          "i could kill for a coffee", "i nearly died laughing", "a warm light", "")


@dataclass(frozen=True, slots=True)
class Prepared:
    """An example with the text the model reads and its features."""

    example: Example
    features: dict[str, float]


@dataclass(frozen=True, slots=True)
class Fitted:
    """Unquantized weights: a vocabulary and, per feature, crisis, doubt and theme columns."""

    vocabulary: list[str]
    weights: np.ndarray  # (features, 2 + themes)
    intercepts: np.ndarray  # (2 + themes,)


def prepare(examples: list[Example]) -> list[Prepared]:
    """Read every example as the model will: normalized, idioms set aside, as features."""
    return [Prepared(e, features(model_text(normalize(e.text)))) for e in examples]


def _logistic(x: Any, y: Any, c: float) -> LogisticRegression:
    """A logistic regression with classes weighted to balance, fitted deterministically."""
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=10_000, random_state=SEED)
    return model.fit(x, y)


def fit(rows: list[Prepared]) -> Fitted:
    """Fit crisis-vs-rest, doubt-vs-none (crisis rows left out) and the themes of doubts."""
    seen: dict[str, int] = {}
    for row in rows:
        for name in row.features:
            seen[name] = seen.get(name, 0) + 1
    vectorizer = DictVectorizer(sort=True)
    vectorizer.fit([{k: 1.0 for k, n in seen.items() if n >= MIN_ROWS}])
    x = vectorizer.transform([r.features for r in rows])
    kinds = np.array([r.example.kind for r in rows])
    crisis = _logistic(x, kinds == CRISIS, C_CRISIS)
    keep = kinds != CRISIS
    doubt = _logistic(x[keep], kinds[keep] == DOUBT, C_DOUBT)
    is_doubt = kinds == DOUBT
    themes = _logistic(x[is_doubt], np.array([r.example.theme for r in rows])[is_doubt], C_THEME)
    theme_weights = np.zeros((x.shape[1], len(THEMES)))
    theme_intercepts = np.full(len(THEMES), -30.0)  # a theme with no example is never chosen
    for index, name in enumerate(themes.classes_):
        theme_weights[:, THEMES.index(name)] = themes.coef_[index]
        theme_intercepts[THEMES.index(name)] = themes.intercept_[index]
    weights = np.column_stack([crisis.coef_[0], doubt.coef_[0], theme_weights])
    intercepts = np.concatenate([crisis.intercept_, doubt.intercept_, theme_intercepts])
    return Fitted(list(vectorizer.feature_names_), weights, intercepts)


def build(fitted: Fitted, thresholds: dict[str, float], checks: list | None = None) -> bytes:
    """The model file: weights rounded to int16 per column, features whose weights all round to 0 dropped."""
    scales = np.maximum(np.abs(fitted.weights).max(axis=0), 1e-12) / QUANTUM
    quantized = np.rint(fitted.weights / scales).astype(np.int16)
    used = np.flatnonzero(np.any(quantized != 0, axis=1))
    assert fitted.vocabulary == sorted(fitted.vocabulary)  # the scorer cuts a word's pairs from it by bisection
    header = {"themes": list(THEMES), "thresholds": thresholds, "scales": [float(s) for s in scales],
              "intercepts": [float(b) for b in fitted.intercepts], "checks": checks or []}
    weights = array("h", quantized[used].ravel().tolist())
    return dump(header, [fitted.vocabulary[i] for i in used], weights)


def reference(fitted: Fitted, text: str) -> list:
    """[text, crisis, doubt, theme] computed with numpy from the unquantized weights (the checks)."""
    index = {name: i for i, name in enumerate(fitted.vocabulary)}
    logits = fitted.intercepts.copy()
    for name, value in features(model_text(normalize(text))).items():
        if name in index:
            logits += fitted.weights[index[name]] * value
    crisis, doubt = (1 / (1 + np.exp(-logits[:2]))).tolist()
    return [text, round(crisis, 6), round(doubt, 6), THEMES[int(np.argmax(logits[2:]))]]


def out_of_fold(rows: list[Prepared]) -> tuple[np.ndarray, np.ndarray, list[str], dict[str, Model]]:
    """Crisis and doubt probabilities and themes of each row from a model fitted without its file."""
    crisis, doubt, themes, models = np.zeros(len(rows)), np.zeros(len(rows)), [""] * len(rows), {}
    for source in sorted({r.example.source for r in rows if r.example.source in SETS}):
        train = [r for r in rows if r.example.source != source]
        models[source] = model = parse(build(fit(train), {"crisis": 0.5, "doubt": 0.5}))
        for i, row in enumerate(rows):
            if row.example.source == source:
                read = model_text(normalize(row.example.text))
                found = model.scores(read)
                crisis[i], doubt[i], themes[i] = found.crisis, found.doubt, model.theme(read)
    return crisis, doubt, themes, models


def choose_thresholds(rows: list[Prepared], crisis: np.ndarray, doubt: np.ndarray) -> dict[str, float]:
    """Thresholds from out-of-fold probabilities (rows with no fold, the extra statements, are left out)."""
    folded = np.array([r.example.source in SETS for r in rows])
    kinds = np.array([r.example.kind for r in rows])
    groups = np.array([r.example.group for r in rows])
    others = folded & (kinds != CRISIS)
    t_crisis = 0.0
    figures = others & np.isin(groups, ["figure", "figure_of_speech"])
    for chosen, share in ((others, CRISIS_FALSE_ALARMS), (figures, FIGURE_FALSE_ALARMS),
                          (others & np.isin(groups, EVERYDAY), EVERYDAY_FALSE_ALARMS)):
        alarms = np.sort(crisis[chosen])[::-1]  # the threshold lets through at most `share` of them
        t_crisis = max(t_crisis, float(alarms[int(share * len(alarms))]) + 1e-6)
    # Lowest doubt threshold at which the doubts it finds among non-crisis statements stay precise.
    candidates = folded & (kinds != CRISIS)
    t_doubt = 0.99
    for t in np.arange(0.99, 0.049, -0.01):
        found = candidates & (doubt >= t)
        if found.sum() and (kinds[found] == DOUBT).mean() < DOUBT_PRECISION:
            break
        t_doubt = float(t)
    return {"crisis": round(t_crisis, 6), "doubt": round(t_doubt, 6)}


def judged(model: Model | None) -> Callable[[str], tuple[str, str | None]]:
    """A judge for language_sets.score: decide() with this model."""
    def judge(text: str) -> tuple[str, str | None]:
        found = decide(text, model)
        return found.kind, found.theme
    return judge


def model_alone(rows: list[Prepared], crisis: np.ndarray, doubt: np.ndarray, themes: list[str],
                thresholds: dict[str, float]) -> Score:
    """Out-of-fold score of the model alone (no rules), at the chosen thresholds."""
    verdicts = {}
    for i, row in enumerate(rows):
        kind = CRISIS if crisis[i] >= thresholds["crisis"] else DOUBT if doubt[i] >= thresholds["doubt"] else "none"
        verdicts[row.example.text] = (kind, themes[i] if kind == DOUBT else None)
    return score([r.example for r in rows], lambda text: verdicts[text])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exclude", nargs="*", default=[], help="sets held out of training and measured")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--no-extra", action="store_true", help="leave out tools/language_training.tsv")
    args = parser.parse_args()
    names = [n for n in SETS if n not in args.exclude]
    rows = prepare(read_sets(names, extra=not args.no_extra))
    print(f"training on {len(rows)} statements from {', '.join(names)}{'' if args.no_extra else ' + extra'}")
    crisis, doubt, themes, models = out_of_fold(rows)
    thresholds = choose_thresholds(rows, crisis, doubt)
    print(f"thresholds from out-of-fold probabilities: {thresholds}")
    folded = [r for r in rows if r.example.source in SETS]
    keep = [i for i, r in enumerate(rows) if r.example.source in SETS]
    print(model_alone(folded, crisis[keep], doubt[keep], [themes[i] for i in keep], thresholds).report(
        "\nmodel alone, out of fold (each file scored by a model fitted without it)"))
    for source, model in models.items():
        model.crisis_threshold, model.doubt_threshold = thresholds["crisis"], thresholds["doubt"]
        print(score([r.example for r in folded if r.example.source == source], judged(model)).report(
            f"\nrules + model fitted without {source}"))
    fitted = fit(rows)
    checks = [reference(fitted, text) for text in CHECKS]
    data = build(fitted, thresholds, checks)
    shipped = parse(data)
    for text, crisis_p, doubt_p, _theme in checks:
        found = shipped.scores(model_text(normalize(text)))
        assert abs(found.crisis - crisis_p) < 2e-3 and abs(found.doubt - doubt_p) < 2e-3, (text, found)
    for name in args.exclude:
        held = read_sets([name], extra=False)
        print(score(held, judged(None)).report(f"\n{name} held out, rules alone"))
        print(score(held, judged(shipped)).report(f"\n{name} held out, rules + model"))
    args.out.write_bytes(data)
    print(f"\nwrote {args.out} ({len(data):,} bytes, {len(shipped._index):,} features)")


if __name__ == "__main__":
    main()
