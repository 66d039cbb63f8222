"""Which situation a doubt comes from: the nearest written example, by the encoder's meaning (numpy only).

dialogues/situations.yaml holds situations people often bring, each with ways they write it;
tools/build_situations.py embeds every example (the encoder's vector of the whole message, as the
worker reads a message) into situations.npz beside this file, with the sha256 of the examples it was
built from (tests/language/test_situations.py checks that hash against the yaml, so an edited yaml
without a rebuilt index fails CI).

`ranked(vectors)` gives, for each message's vector, the situations whose closest examples are
closest, with those cosines. The worker keeps them on the reading (whole-message piece); the
ReframeBook answers a doubt from the best one in the area of life the message names (area.area_of)
when its cosine reaches tiers.SITUATION_AT (tiers.SITUATION_UNPLACED_AT when no area is named), else
from the theme and trap pools as before.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

INDEX_PATH = Path(__file__).with_name("situations.npz")
BEST_OF = 2  # a situation is as close as the mean of its closest examples, this many
TOP = 8  # situations kept per message: the reframe takes the best one in the message's area of life


class Index:
    """The examples' unit vectors and which situation each belongs to."""

    def __init__(self, header: dict, vectors: np.ndarray, owners: np.ndarray) -> None:
        import numpy as np

        self.header = header
        self.ids: tuple[str, ...] = tuple(header["ids"])
        self._vectors = np.ascontiguousarray(vectors.astype(np.float32))
        owners = owners.astype(np.int64)
        # Each situation's example rows, padded with -1 to the most any situation has.
        rows = [np.flatnonzero(owners == n) for n in range(len(self.ids))]
        most = max((len(r) for r in rows), default=1)
        self._slots = np.full((len(self.ids), most), -1, dtype=np.int64)
        for n, r in enumerate(rows):
            self._slots[n, :len(r)] = r

    def ranked(self, vectors: np.ndarray, k: int = TOP) -> list[tuple[tuple[str, float], ...]]:
        """For each row of `vectors` (unit vectors), the k situations closest to it, best first:
        ((id, closeness), ...). A situation's closeness is the mean cosine of its two closest examples,
        which chose the thought's own situation more often than the single closest on the measured
        ratings' thoughts (docs/language.md)."""
        import numpy as np

        if len(self.ids) == 0:
            return [()] * len(vectors)
        scores = np.asarray(vectors, dtype=np.float32) @ self._vectors.T
        padded = np.where(self._slots >= 0, scores[:, np.maximum(self._slots, 0)], -1.0)  # (n, situations, most)
        best = np.sort(padded, axis=2)[:, :, -BEST_OF:].mean(axis=2)
        found = []
        for row in best:
            order = np.argsort(-row, kind="stable")[:k]
            found.append(tuple((self.ids[int(o)], round(float(row[o]), 4)) for o in order))
        return found


def dump(path: Path, header: dict, vectors: np.ndarray, owners: np.ndarray) -> None:
    """Write an index: float16 vectors, int16 owners and the JSON header as bytes (no pickle)."""
    import io

    import numpy as np

    buffer = io.BytesIO()
    header_bytes = np.frombuffer(json.dumps(header, sort_keys=True, indent=1).encode(), dtype=np.uint8)
    np.savez_compressed(buffer, vectors=np.asarray(vectors, dtype=np.float16),
                        owners=np.asarray(owners, dtype=np.int16), header=header_bytes)
    path.write_bytes(buffer.getvalue())


def load(path: Path = INDEX_PATH) -> Index:
    """Read an index file (raises if missing or malformed)."""
    import numpy as np

    with np.load(path, allow_pickle=False) as data:
        header = json.loads(data["header"].tobytes().decode())
        return Index(header, data["vectors"], data["owners"])


_loaded: dict[str, Index | None] = {}


def get_index() -> Index | None:
    """The shipped index, read once; None if it is missing or unreadable (reframes use the pools alone)."""
    if "index" not in _loaded:
        try:
            _loaded["index"] = load()
        except Exception:  # noqa: BLE001 - without it the figure still answers, from the pools
            _loaded["index"] = None
    return _loaded["index"]
