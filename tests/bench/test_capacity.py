"""`wellspring bench --capacity --json` on a small crowd: its fields are there and its counts agree.

Timing targets are not asserted here (the machine is shared and noisy); docs/performance.md has the
numbers of a full run."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIELDS = ("global_requests_per_journey", "capacity_people", "capacity_baseline_people", "first_reply_p99_ms",
          "crisis_reply_p99_ms", "rate_limited_429")


@pytest.mark.slow
def test_a_small_capacity_run_reports_every_field_with_counts_that_agree():
    done = subprocess.run([sys.executable, "-m", "bot", "bench", "--capacity", "--json", "--people", "100",
                           "--scale", "10", "--speed", "2", "--window", "4"],
                          cwd=ROOT, capture_output=True, text=True, timeout=400)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    for key in FIELDS:
        assert isinstance(result[key], (int, float)) and result[key] >= 0, (key, result[key])
    levels = result["levels"]
    ours = [level for level in levels if level["path"] == "interactions"]
    theirs = [level for level in levels if level["path"] == "baseline"]
    assert ours and theirs and ours[0]["people"] == 100
    # capacity is the largest crowd each path served, and a served crowd met the target
    served = [level["people"] for level in ours if level["served"]]
    assert result["capacity_people"] == (max(served) if served else 0)
    base_served = [level["people"] for level in theirs if level["served"]]
    assert result["capacity_baseline_people"] == (max(base_served) if base_served else 0)
    for level in levels:
        assert level["simulated"] == max(2, round(level["people"] / 10))
        quiet = level["path"] == "baseline" or level["global_429"] == 0
        assert level["served"] == (level["replies"] > 0 and level["first_reply_p99_ms"] <= 1000
                                   and level["errors"] == 0 and quiet)
        assert level["replies"] + level["crisis_replies"] <= level["actions"]
        assert level["global_requests"] <= level["requests"]
    judged = [level for level in ours if level["people"] <= max(result["capacity_people"], 100)]
    assert result["rate_limited_429"] == sum(level["global_429"] for level in judged)
    limited = result["rate_limited_429"] + result["rate_limited_429_beyond_capacity"]
    assert limited == sum(load["global_429"] for load in ours)
    assert result["baseline_rate_limited_429"] == sum(level["global_429"] for level in theirs)
    # one journey by buttons: the interaction path spends far less of the global limit than the baseline
    assert 0 < result["global_requests_per_journey"] <= 30
    assert result["baseline_global_requests_per_journey"] > 100
    assert result["targets"]["no_global_429"] == (result["rate_limited_429"] == 0)
