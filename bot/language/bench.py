"""Measure how many statements per second assess() handles on one core."""

from __future__ import annotations

import time

from bot.language.assess import assess

# A mix like real traffic: short journey answers, chat, doubts, figures of speech, and a long message.
SAMPLES: tuple[str, ...] = (
    "yes",
    "work",
    "a warm light",
    "i feel calmer",
    "my mum",
    "I'm not enough.",
    "im such a failure lol",
    "nobody could love me",
    "this homework is killing me",
    "I'm not a failure",
    "my brother thinks he's a failure",
    "the movie was a failure",
    "I've been busy with work lately and I'm a bit nervous about tomorrow, but okay.",
    "honestly i dont know, everything feels heavy today and i cant really explain it",
    "i want to go for a walk later and maybe call my sister",
    "It's all my fault, I should have known better.",
    ("so today was long. " * 30).strip(),
)


def bench_classify(seconds: float = 2.0) -> dict:
    """Run assess() over a fixed mix for about `seconds`; return counts and statements per second.

    The rate is CPU time of this process (one core), so other load on the machine does not skew
    it; the wall-clock rate is reported beside it.
    """
    count = 0
    chars = 0
    wall_start = time.perf_counter()
    cpu_start = time.process_time()
    deadline = wall_start + max(seconds, 0.01)
    while True:
        for text in SAMPLES:
            assess(text)
            chars += len(text)
        count += len(SAMPLES)
        if time.perf_counter() >= deadline:
            break
    cpu = max(time.process_time() - cpu_start, 1e-9)
    wall = max(time.perf_counter() - wall_start, 1e-9)
    return {
        "statements": count,
        "cpu_seconds": round(cpu, 3),
        "wall_seconds": round(wall, 3),
        "statements_per_s": round(count / cpu),
        "wall_statements_per_s": round(count / wall),
        "mean_us": round(cpu / count * 1e6, 1),
        "chars_per_s": round(chars / cpu),
    }
