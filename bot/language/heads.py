"""The heads the project trains on the encoder's vectors: kind, doubt theme and thinking trap (numpy only).

The kind head is a small network (one hidden layer of ReLU units, softmax over crisis / doubt /
none): out of fold it read the 12 other languages markedly better than a logistic regression did
(docs/language.md). It is five networks of 128 units from five seeds, averaged, which is one network
of 640 units (tools/train_heads.fit_bagged). The theme and trap heads are logistic regressions.
All read the standardized 384-dimensional e5 vector; trained by tools/train_heads.py and shipped
in heads.npz beside this file, with a header that records the sha256 of everything it was built from
(tests/language/test_heads.py rebuilds that hash).

A message is read in pieces (encoder.pieces: the whole and each sentence); its crisis and doubt
probabilities are the highest over its pieces, and the theme and trap are read from the piece that
holds the doubt most strongly, so one risky line in a long message is never averaged away.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

HEADS_PATH = Path(__file__).with_name("heads.npz")
KINDS = ("crisis", "doubt", "none")


@dataclass(frozen=True, slots=True)
class Reading:
    """The model's reading of one message."""

    crisis: float
    doubt: float
    theme: str | None
    trap: str | None
    piece: str  # the piece that read most like a crisis (what a model crisis quotes)
    situations: tuple[tuple[str, float], ...] = ()  # the nearest written situations (situations.py), best first


class Heads:
    """The trained heads, folded with their standardization so a reading is one matrix product."""

    def __init__(self, header: dict, arrays: dict) -> None:
        import numpy as np

        self.header = header
        self.themes: tuple[str, ...] = tuple(header["themes"])
        self.traps: tuple[str, ...] = tuple(header["traps"])
        mean = arrays["mean"].astype(np.float64)
        scale = arrays["scale"].astype(np.float64)
        # The kind head: one hidden layer (ReLU) then softmax; the standardization folds into its first layer.
        w1 = arrays["kind_w1"].astype(np.float64) / scale[:, None]
        self._kind_w1 = np.ascontiguousarray(w1.astype(np.float32))
        self._kind_b1 = (arrays["kind_b1"].astype(np.float64) - mean @ w1).astype(np.float32)
        self._kind_w2 = arrays["kind_w2"].astype(np.float32)
        self._kind_b2 = arrays["kind_b2"].astype(np.float32)
        # Theme and trap: logistic regressions, read together as one matrix product.
        blocks, biases = [], []
        self._slices: dict[str, slice | None] = {}
        at = 0
        for name in ("theme", "trap"):
            w = arrays.get(f"{name}_w")
            if w is None or w.size == 0:
                self._slices[name] = None
                continue
            w = w.astype(np.float64) / scale[:, None]
            b = arrays[f"{name}_b"].astype(np.float64) - mean @ w
            blocks.append(w)
            biases.append(b)
            self._slices[name] = slice(at, at + w.shape[1])
            at += w.shape[1]
        self._w = np.ascontiguousarray(np.concatenate(blocks, axis=1).astype(np.float32))
        self._b = np.concatenate(biases).astype(np.float32)

    @staticmethod
    def _softmax(logits: np.ndarray) -> np.ndarray:
        import numpy as np

        logits = logits - logits.max(axis=1, keepdims=True)
        e = np.exp(logits)
        return e / e.sum(axis=1, keepdims=True)

    def kind_probabilities(self, vectors):
        """P(crisis), P(doubt), P(none) for each vector (n, 3)."""
        import numpy as np

        hidden = np.maximum(vectors @ self._kind_w1 + self._kind_b1, 0.0)
        return self._softmax((hidden @ self._kind_w2 + self._kind_b2).astype(np.float64))

    def read(self, vectors: np.ndarray, groups: list[tuple[int, int]], texts: list[str]) -> list[Reading]:
        """One Reading per message; groups[i] is the (start, end) of message i's pieces in vectors."""
        import numpy as np

        logits = (vectors @ self._w + self._b).astype(np.float64)
        kind = self.kind_probabilities(vectors)
        found = []
        for start, end in groups:
            part = kind[start:end]
            c = int(np.argmax(part[:, 0]))
            d = int(np.argmax(part[:, 1]))
            theme = trap = None
            if self._slices["theme"] is not None:
                theme = self.themes[int(np.argmax(logits[start + d, self._slices["theme"]]))]
            if self._slices["trap"] is not None:
                trap = self.traps[int(np.argmax(logits[start + d, self._slices["trap"]]))]
            found.append(Reading(float(part[c, 0]), float(part[d, 1]), theme, trap, texts[start + c]))
        return found


def dump(path: Path, header: dict, arrays: dict) -> None:
    """Write a heads file: the arrays, float32, and the JSON header as bytes (no pickle)."""
    import io

    import numpy as np

    payload = {k: np.asarray(v, dtype=np.float32) for k, v in sorted(arrays.items())}
    payload["header"] = np.frombuffer(json.dumps(header, sort_keys=True, indent=1).encode(), dtype=np.uint8)
    buffer = io.BytesIO()
    np.savez_compressed(buffer, **payload)  # type: ignore[arg-type]  # the stubs also map ** onto allow_pickle
    path.write_bytes(buffer.getvalue())


def load(path: Path = HEADS_PATH) -> Heads:
    """Read a heads file (raises if missing or malformed)."""
    import numpy as np

    with np.load(path, allow_pickle=False) as data:
        arrays = {k: data[k] for k in data.files}
    header = json.loads(arrays.pop("header").tobytes().decode())
    return Heads(header, arrays)


_loaded: dict[str, object] = {}


def get_heads() -> Heads | None:
    """The shipped heads, read once; None if the file is missing or unreadable (then rules only)."""
    if "heads" not in _loaded:
        try:
            _loaded["heads"] = load()
            _loaded["reason"] = None
        except Exception as exc:  # noqa: BLE001
            _loaded["heads"] = None
            _loaded["reason"] = f"{type(exc).__name__}: {exc}"[:200]
    return _loaded["heads"]  # type: ignore[return-value]


def heads_status() -> str:
    heads = get_heads()
    if heads is None:
        return f"heads missing ({_loaded.get('reason')})"
    h = heads.header
    digest = str(h.get("inputs_sha256", "?"))[:12]
    return f"heads trained on {h.get('rows', '?')} labelled rows (inputs sha256 {digest})"
