"""The terminal mode as a person uses it: piped input, killed mid-journey, bad input, broken content."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path


from bot.store.sqlite import SqliteStore

ROOT = Path(__file__).resolve().parents[1]


def console(db: Path, user: str = "tester", *extra: str) -> list[str]:
    return [sys.executable, "-m", "bot", "console", "--db", str(db), "--user", user, "--no-pacing", *extra]


def run_console(db: Path, lines: list[str], user: str = "tester", env: dict | None = None, timeout: float = 60):
    stdin = "".join(line + "\n" for line in lines)
    return subprocess.run(console(db, user), input=stdin, capture_output=True, text=True, cwd=ROOT,
                          timeout=timeout, env={**os.environ, **(env or {})})


def load(db: Path, user: str = "tester"):
    async def read():
        store = await SqliteStore.open(db)
        try:
            return await store.load(f"console:{user}")
        finally:
            await store.close()

    return asyncio.run(read())


def test_piped_session_shows_numbered_choices_and_status(tmp_path):
    db = tmp_path / "w.db"
    result = run_console(db, ["/status", "1", "/status"])
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "not therapy" in out and "   1) " in out
    assert out.count("stage 1 of 7") >= 1 and "The abyss" in out
    assert out.rstrip().endswith("Come back any time with `wellspring console`.")


def test_whole_journey_by_typing_one_then_status_completed(tmp_path):
    db = tmp_path / "w.db"
    result = run_console(db, ["1"] * 400 + ["/status"])
    assert result.returncode == 0, result.stderr
    for number in range(1, 8):
        assert f"Stage {number} of 7" in result.stdout
    assert "Your journey is complete" in result.stdout
    assert "completed" in result.stdout.splitlines()[-2]
    assert load(db).status == "completed"


def test_killed_mid_journey_resumes_at_the_saved_node(tmp_path):
    db = tmp_path / "w.db"
    proc = subprocess.Popen(console(db, "kim"), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        for _ in range(6):
            proc.stdin.write("1\n")
            proc.stdin.flush()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # wait until the sixth step has been saved
            state = load(db, "kim") if db.exists() else None
            if state is not None and state.step >= 6:
                break
            time.sleep(0.1)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    saved = load(db, "kim")
    assert saved is not None and saved.step >= 6
    again = run_console(db, ["/status"], user="kim")
    assert again.returncode == 0
    assert "Welcome back" in again.stdout
    assert f"stage {saved.stage_number} of 7" in again.stdout
    resumed = load(db, "kim")
    assert (resumed.stage, resumed.node, resumed.step) == (saved.stage, saved.node, saved.step)


def test_bad_input_gets_kind_answers_and_loses_nothing(tmp_path):
    db = tmp_path / "w.db"
    run_console(db, ["1"])
    before = load(db)
    bad = ["", "    ", "x" * 10_000, "🌊🌊🌊", "\x1b[31m\x00\x07", "/frobnicate", "42", "/"]
    result = run_console(db, bad)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "I didn't catch anything" in out
    assert "I don't know /frobnicate" in out
    assert "There's no choice 42 here" in out
    assert "Traceback" not in out + result.stderr
    after = load(db)
    assert (after.stage, after.node) == (before.stage, before.node) or after.step > before.step


def test_commands_pause_resume_restart_forget(tmp_path):
    db = tmp_path / "w.db"
    result = run_console(db, ["1", "/pause", "1", "/resume", "/restart", "/forget"])
    out = result.stdout
    assert "Paused at stage 1 of 7" in out and "/resume when you're ready" in out
    assert "Welcome back" in out and "Beginning again" in out and "erased" in out
    assert load(db) is None


def test_broken_dialogues_refuse_to_start_naming_file_line_and_node(tmp_path):
    broken = tmp_path / "dialogues"
    broken.mkdir()
    for path in (ROOT / "dialogues").glob("*.yaml"):
        (broken / path.name).write_text(path.read_text())
    lake = broken / "lake.yaml"
    lake.write_text(lake.read_text().replace("next:", "next: nowhere_", 1))
    result = run_console(tmp_path / "w.db", ["1"], env={"WELLSPRING_DIALOGUES": str(broken)})
    assert result.returncode == 1
    assert f"{lake}:" in result.stderr and "unknown target 'nowhere_" in result.stderr
    assert "refusing to start" in result.stderr


def test_check_command(tmp_path):
    ok = subprocess.run([sys.executable, "-m", "bot", "check"], capture_output=True, text=True, cwd=ROOT)
    assert ok.returncode == 0 and "ok" in ok.stdout
    empty = subprocess.run([sys.executable, "-m", "bot", "check", str(tmp_path)], capture_output=True,
                           text=True, cwd=ROOT)
    assert empty.returncode == 1 and "abyss.yaml:0: file is missing" in empty.stderr


def test_run_without_token_explains_and_points_to_console(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DISCORD_TOKEN"}
    result = subprocess.run([sys.executable, "-m", "bot", "run"], capture_output=True, text=True,
                            cwd=tmp_path, env={**env, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 2
    assert "DISCORD_TOKEN" in result.stderr and ".env.example" in result.stderr
    assert "wellspring console" in result.stderr


def test_journey_chart_and_mydata_files(tmp_path):
    import json

    db = tmp_path / "data" / "w.db"
    result = run_console(db, ["1", "8", "/journey", "/mydata", "/remind"], user="ana")
    assert result.returncode == 0, result.stderr
    chart = tmp_path / "data" / "wellspring-journey-ana.png"
    assert f"Your chart is saved here:\n{chart}" in result.stdout and "journey 1: 8 → –" in result.stdout
    png = chart.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and png[12:16] == b"IHDR"
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert width > 300 and height > 200
    export = json.loads((tmp_path / "data" / "wellspring-mydata-ana.json").read_text())
    assert export["state"]["person_id"] == "console:ana" and export["journeys"][0]["checkin_before"] == 8
    assert "Never the words you type" in export["about"]
    assert "Reminders arrive as Discord messages" in result.stdout
    forgot = run_console(db, ["/forget", "/mydata"], user="ana")
    export = json.loads((tmp_path / "data" / "wellspring-mydata-ana.json").read_text())
    assert forgot.returncode == 0 and export["state"] is None and export["journeys"] == [] and export["events"] == []
