"""Build bot/language/situations.npz from dialogues/situations.yaml (the nearest-situation index).

    .venv/bin/python tools/build_situations.py

Every example is read as the worker reads a message (encoder.pieces: the whole message's piece) and
embedded by the shipped encoder; the index holds those unit vectors (float16), which situation each
belongs to, and a header with the situation ids and the sha256 of the examples (situation_file.
examples_digest), which tests/language/test_situations.py checks against the yaml. Run it after any
change to the examples; the acknowledgements, views and steps are read from the yaml at start-up and
need no rebuild. About 10 s per 100 situations on a 2-core machine.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.language.encoder import get_encoder, pieces  # noqa: E402
from bot.language.situation_file import examples_digest, read_situations  # noqa: E402
from bot.language.situations import INDEX_PATH, dump  # noqa: E402

YAML = ROOT / "dialogues" / "situations.yaml"


def main() -> int:
    import numpy as np

    _, examples, areas = read_situations(YAML)
    encoder = get_encoder()
    if encoder is None:
        print("build_situations: the encoder is not available on this machine", file=sys.stderr)
        return 1
    ids = sorted(examples)
    texts, owners = [], []
    for n, sid in enumerate(ids):
        for example in examples[sid]:
            found = pieces(example)
            if found:
                texts.append(found[0])
                owners.append(n)
    vectors = encoder.embed_uncached(texts)
    header = {"ids": ids, "areas": [areas[i] for i in ids], "examples_sha256": examples_digest(examples),
              "examples": len(texts)}
    dump(INDEX_PATH, header, vectors, np.asarray(owners))
    print(f"wrote {INDEX_PATH.relative_to(ROOT)}: {len(ids)} situations, {len(texts)} examples")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
