"""Run the language layer off the event loop, batching concurrent messages into one encoder call.

    listener = Listener()
    assessment = await listener.assess(text)   # from the service, on the event loop
    assessment = assess_sync(text)            # from the CLI and tools, anywhere

`Listener.assess` puts the message in a queue and awaits it. One batch at a time runs on the
Listener's own worker thread (at most one in flight per process): every message that arrived while
the last batch ran goes into the next one, so under load the encoder sees a batch, and alone a
message goes at once. The rules read every message in the batch first; messages the rules already
call a crisis (or a help request) skip the encoder.

Never raises. If the encoder fails on a message, that message is a `check` (family model_failed)
unless the rules say crisis: the bot asks rather than passes (fail closed). Where the encoder cannot
load at all (no wheel for the platform, see encoder.encoder_status), every message goes down the
rules-only path, as before this model existed, and start-up says so.
"""

from __future__ import annotations

import asyncio
import logging
import re
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import TYPE_CHECKING

import bot.language.registry as registry
from bot.language.decide import CHECK, NOTHING, Assessment, RulesReading, combine, decide_rules, read_rules

if TYPE_CHECKING:
    import numpy as np

    from bot.language.heads import Reading
    from bot.language.model import Model

log = logging.getLogger(__name__)
# Messages per encoder call at most; more wait for the next batch (a batch of 32 short messages is
# about 150 ms on this project's 2-core machine).
MAX_BATCH = 32

_FAILED = Assessment(CHECK, None, (), family=registry.MODEL_FAILED)


class Semantic:
    """The encoder and heads together, or the rules-only path where either is missing."""

    def __init__(self) -> None:
        from bot.language.encoder import get_encoder
        from bot.language.heads import get_heads

        self.encoder = get_encoder()
        self.heads = get_heads() if self.encoder is not None else None
        self.available = self.encoder is not None and self.heads is not None
        self._old_model: Model | None = None

    def old_model(self) -> Model:
        """The pure-Python model.bin, the rules-only path's doubt helper (read on first need)."""
        if self._old_model is None:
            from bot.language.model import load

            self._old_model = load()
        return self._old_model

    def assess_many(self, texts: list[str]) -> list[Assessment]:
        """Assess messages together (one encoder call); never raises."""
        if not self.available:
            return [self._rules_only(text) for text in texts]
        rules: list[RulesReading | None] = []
        for text in texts:
            try:
                rules.append(read_rules(text))
            except Exception:  # noqa: BLE001 - a rules bug must not stop the model reading it
                log.exception("language rules failed on a message")
                rules.append(RulesReading(text.lower(), None, None, None, False, False))
        need = [i for i, r in enumerate(rules)
                if r is not None and r.crisis is None and not r.help and readable(texts[i])]
        readings: dict[int, Reading] = {}
        failed: set[int] = set()
        if need:
            try:
                readings = self._read([texts[i] for i in need], need)
            except Exception:  # noqa: BLE001 - try each alone, so one bad message fails only itself
                log.exception("language model failed on a batch of %d", len(need))
                for i in need:
                    try:
                        readings.update(self._read([texts[i]], [i]))
                    except Exception:  # noqa: BLE001
                        failed.add(i)
        found = []
        for i in range(len(texts)):
            try:
                found.append(combine(rules[i], readings.get(i), failed=i in failed
                                     or (i in need and i not in readings)))
            except Exception:  # noqa: BLE001
                log.exception("language decision failed on a message")
                found.append(_FAILED)
        return found

    def _read(self, texts: list[str], index: list[int]) -> dict[int, Reading]:
        from bot.language.encoder import pieces
        from bot.language.heads import Reading

        all_pieces: list[str] = []
        groups: list[tuple[int, int]] = []
        owners: list[int] = []
        found: dict[int, Reading] = {}
        for i, text in zip(index, texts, strict=False):
            parts = pieces(text)
            if not parts:  # nothing left for the model to read (only idioms): it has no crisis to add
                found[i] = Reading(0.0, 0.0, None, None, "")
                continue
            groups.append((len(all_pieces), len(all_pieces) + len(parts)))
            all_pieces += parts
            owners.append(i)
        if all_pieces:
            assert self.encoder is not None and self.heads is not None  # read only when available
            vectors = self.encoder.embed(all_pieces)
            read = self.heads.read(vectors, groups, all_pieces)
            found.update(zip(owners, _situated(read, vectors, groups), strict=False))
        return found

    def _rules_only(self, text: str) -> Assessment:
        try:
            return decide_rules(text, self.old_model())
        except Exception:  # noqa: BLE001 - as assess() always did: a bug must never stop a journey
            log.exception("language rules failed on a message")
            return NOTHING


def _situated(readings: list[Reading], vectors: np.ndarray, groups: list[tuple[int, int]]) -> list[Reading]:
    """The readings with the situations nearest each message (situations.py), read on the whole message."""
    from bot.language.situations import get_index

    index = get_index()
    if index is None:
        return readings
    near = index.ranked(vectors[[start for start, _ in groups]])
    return [replace(r, situations=found) for r, found in zip(readings, near, strict=True)]


_LETTERS = re.compile(r"[^\W\d_]+")


def readable(text: str) -> bool:
    """Whether a message holds a word for the model to read: numbers, emoji and "xxxxxxxx" are the rules' alone.

    A model shown a run of one letter or a bare number reads noise into it (it took 3,000 x's for a crisis).
    """
    return any(len(word) >= 2 and len(set(word)) >= 2 for word in _LETTERS.findall(text[:4000]))


_semantic: Semantic | None = None
_semantic_lock = threading.Lock()


def semantic() -> Semantic:
    """The process-wide Semantic (loads the encoder on first call: about 0.1 s)."""
    global _semantic
    if _semantic is None:
        with _semantic_lock:
            if _semantic is None:
                _semantic = Semantic()
    return _semantic


def assess_sync(text: str) -> Assessment:
    """Assess one message on the calling thread (CLI, tools, tests); never raises."""
    return semantic().assess_many([text])[0]


def assess_many(texts: list[str], batch: int = MAX_BATCH) -> list[Assessment]:
    """Assess many messages in encoder batches (the evaluation harness); never raises."""
    engine = semantic()
    found: list[Assessment] = []
    for start in range(0, len(texts), batch):
        found += engine.assess_many(texts[start:start + batch])
    return found


class Listener:
    """The service's async entry point: `await listener.assess(text)`, batched, off the loop."""

    def __init__(self, max_batch: int = MAX_BATCH) -> None:
        self._engine = semantic()
        self._max_batch = max_batch
        self._pending: list[tuple[str, asyncio.Future[Assessment]]] = []
        self._draining = False
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="language")
        self._executor.submit(registry.warm)  # name the crisis families off the start-up path
        self.batches = 0  # batches run and messages in them, for the bench
        self.messages = 0

    @property
    def available(self) -> bool:
        """Whether the semantic model listens (False: rules only)."""
        return self._engine.available

    async def assess(self, text: str) -> Assessment:
        """Assess one message; never raises (a failure is a check, never a pass)."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Assessment] = loop.create_future()
        self._pending.append((text, future))
        if not self._draining:
            self._draining = True
            loop.create_task(self._drain())
        try:
            return await future
        except asyncio.CancelledError:
            raise
        except Exception:  # noqa: BLE001
            return _FAILED

    async def _drain(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            while self._pending:
                batch, self._pending = self._pending[:self._max_batch], self._pending[self._max_batch:]
                texts = [text for text, _ in batch]
                try:
                    results = await loop.run_in_executor(self._executor, self._engine.assess_many, texts)
                except BaseException:  # noqa: BLE001 - fail closed, then let a cancel go on
                    for (_, future) in batch:
                        if not future.done():
                            future.set_result(_FAILED)
                    raise
                self.batches += 1
                self.messages += len(batch)
                for (_, future), result in zip(batch, results, strict=False):
                    if not future.done():
                        future.set_result(result)
        finally:
            self._draining = False
            if self._pending:  # cancelled with messages waiting: they are asked, not dropped
                for _, future in self._pending:
                    if not future.done():
                        future.set_result(_FAILED)
                self._pending = []

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)


def language_status() -> str:
    """encoder_status(), and on the rules-only path what that costs (the rules' other-language coverage is thin)."""
    from bot.language.encoder import encoder_status, get_encoder

    status = encoder_status()
    if get_encoder() is None:
        return f"{status}, which miss most crisis messages not written in English"
    return status
