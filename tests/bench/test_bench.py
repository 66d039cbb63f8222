"""`wellspring bench --quick --json` runs end to end and reports sane numbers (never asserts speed)."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REQUIRED = ("turns_per_s", "baseline_turns_per_s", "raw_sqlite_per_s", "p50_ms", "p95_ms", "p99_ms",
            "rss_bytes_per_session", "startup_ms", "ratio", "memory_store_turns_per_s",
            "traced_bytes_per_session", "peak_rss_bytes", "achieved_rate", "turns_per_commit")


def test_quick_bench_prints_one_json_object_with_sane_numbers():
    done = subprocess.run([sys.executable, "-m", "bot", "bench", "--quick", "--json", "--people", "150"],
                          cwd=ROOT, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)  # exactly one JSON object: anything else on stdout breaks this
    for key in REQUIRED:
        value = result[key]
        assert isinstance(value, (int, float)) and math.isfinite(value) and value > 0, (key, value)
    assert result["errors"] == 0
    assert result["people"] == 150
    assert set(result["targets"]) == {"vs_baseline", "p99_latency", "memory", "startup"}
    assert result["machine"]["cpus"] >= 1 and result["machine"]["python"].startswith("3.")
    # The same numbers as the table a person reads: every measurement, and a word on the smaller run.
    from bot.bench.report import table

    printed = table(result)
    assert "this run had 150" in printed and "indicative only" in printed
    assert "throughput, group commit" in printed and "start-up <= 300 ms" in printed
    assert "this run had" not in table({**result, "people": 10_000})
