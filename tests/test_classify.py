"""`wellspring classify` as an evaluator would use it: statements in, JSON lines out."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def classify(lines: list[str], *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", "classify", *extra], input="\n".join(lines) + "\n",
                          capture_output=True, text=True, cwd=ROOT, timeout=60)


def test_one_json_object_per_statement():
    statements = ["I'm not enough", "my brother thinks he's a failure", "this homework is killing me",
                  "kms", "", "   ", "nobody could ever love me <@123> @everyone"]
    result = classify(statements)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["text"] for r in rows] == [s for s in statements if s.strip()]
    by_text = {r["text"]: r for r in rows}
    assert by_text["I'm not enough"]["kind"] == "doubt" and by_text["I'm not enough"]["theme"] == "not_enough"
    assert by_text["I'm not enough"]["reframe"]
    assert by_text["my brother thinks he's a failure"] | {"matched": []} == {
        "text": "my brother thinks he's a failure", "kind": "none", "theme": None, "reframe": None, "matched": []}
    assert by_text["this homework is killing me"]["kind"] == "none"
    assert by_text["kms"]["kind"] == "crisis" and by_text["kms"]["reframe"] is None
    mention = by_text["nobody could ever love me <@123> @everyone"]
    assert mention["kind"] == "doubt" and "<@123>" not in mention["reframe"] and "@everyone" not in mention["reframe"]


def test_bench_flag_reports_a_rate():
    result = classify([], "--bench")
    assert result.returncode == 0
    report = json.loads(result.stdout)
    assert report["statements_per_s"] > 0 and report["statements"] > 0
