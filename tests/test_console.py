"""The terminal mode as a person uses it: piped input, killed mid-journey, bad input, broken content."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

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
    last = out.rstrip().splitlines()[-1]
    assert last.startswith("Your place is saved. Come back any time with `") and last.endswith(
        f"-m bot console --db {db} --user tester --no-pacing`.")  # the command as it was run


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


# --- Leaving: quit, exit, /quit, /exit, Ctrl-C, Ctrl-D; at once, cleanly, the place kept --------------

def paced(db: Path, user: str) -> subprocess.Popen:
    """The console with narration paced as a person sees it (no --no-pacing), stdin kept open."""
    return subprocess.Popen([sys.executable, "-m", "bot", "console", "--db", str(db), "--user", user],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
                            env={**os.environ, "WELLSPRING_PACING": "1"})


def read_until(proc: subprocess.Popen, needle: str, timeout: float = 60) -> str:
    """Everything printed until `needle` appears (read unbuffered, so nothing is held back)."""
    import select

    seen = b""
    deadline = time.monotonic() + timeout
    while needle.encode() not in seen:
        left = deadline - time.monotonic()
        assert left > 0, seen.decode(errors="replace")[-800:]
        ready, _, _ = select.select([proc.stdout], [], [], left)
        if ready:
            chunk = os.read(proc.stdout.fileno(), 65536)
            assert chunk, seen.decode(errors="replace")[-800:]  # ended before saying it
            seen += chunk
    return seen.decode()


def finish(proc: subprocess.Popen, timeout: float = 10) -> tuple[str, str]:
    out, err = proc.communicate(timeout=timeout)
    return out.decode(), err.decode()


@pytest.mark.parametrize("word", ["quit", "exit", "/quit", "/exit", "QUIT"])
def test_quit_words_end_at_once_even_mid_pacing(tmp_path, word):
    db = tmp_path / "w.db"
    proc = paced(db, "leaver")
    try:
        read_until(proc, "Welcome.")  # the greeting is being paced: a dozen seconds of it are still queued
        proc.stdin.write(b"1\n")
        proc.stdin.flush()
        deadline = time.monotonic() + 30
        while (load(db, "leaver").step if db.exists() and load(db, "leaver") else 0) < 1:
            assert time.monotonic() < deadline
            time.sleep(0.1)
        started = time.monotonic()
        proc.stdin.write(f"{word}\n".encode())
        proc.stdin.flush()
        out, err = finish(proc)
        took = time.monotonic() - started
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert took < 5, took  # not after the narration still queued (well over ten seconds of it)
    assert "Traceback" not in out + err and err == ""
    assert out.rstrip().splitlines()[-1].startswith("Your place is saved. Come back any time with `")
    saved = load(db, "leaver")
    assert saved.step == 1 and saved.status == "active"  # the answer before quitting is kept


def test_ctrl_c_mid_pacing_ends_cleanly_with_exit_0_and_keeps_the_place(tmp_path):
    db = tmp_path / "w.db"
    proc = paced(db, "interrupted")
    try:
        read_until(proc, "Welcome.")
        time.sleep(0.3)  # inside a paced pause
        started = time.monotonic()
        proc.send_signal(signal.SIGINT)
        out, err = finish(proc)
        took = time.monotonic() - started
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert took < 5 and "Traceback" not in out + err and "KeyboardInterrupt" not in err, err
    assert "Your place is saved. Come back any time with `" in out
    assert "-m bot console --db" in out and "--user interrupted`." in out
    state = load(db, "interrupted")
    assert state is not None and (state.stage, state.node) == ("abyss", "welcome")
    again = run_console(db, ["/status"], user="interrupted")
    assert "Welcome back" in again.stdout and again.returncode == 0


def test_ctrl_d_at_a_terminal_ends_at_once(tmp_path):
    import pty

    db = tmp_path / "w.db"
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "bot", "console", "--db", str(db), "--user", "tty"],
                            stdin=follower, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
                            env={**os.environ, "WELLSPRING_PACING": "1"})
    os.close(follower)
    try:
        read_until(proc, "Welcome.")
        started = time.monotonic()
        os.write(leader, b"\x04")  # Ctrl-D on an empty line: the end of input
        out, err = finish(proc)
        took = time.monotonic() - started
    finally:
        os.close(leader)
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0 and took < 5 and "Traceback" not in err, (took, err)
    assert "Your place is saved." in out and "I'm ready to begin" not in out  # the paced greeting was dropped


def test_help_lists_quit(tmp_path):
    result = run_console(tmp_path / "w.db", ["/help"])
    assert result.returncode == 0
    assert "/quit (or quit, exit, Ctrl-C, Ctrl-D) ends at once and keeps your place" in result.stdout


def test_the_goodbye_names_the_command_as_it_was_run(tmp_path, monkeypatch):
    from bot.console import command_name

    assert command_name([".venv/bin/wellspring", "console"], []) == ".venv/bin/wellspring console"
    assert command_name(["wellspring", "console", "--user", "ana b"], []) == "wellspring console --user 'ana b'"
    program = tmp_path / "bin" / "wellspring"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    monkeypatch.setenv("PATH", str(program.parent))
    assert command_name([str(program), "console"], []) == "wellspring console"  # found on PATH: its name
    monkeypatch.setenv("PATH", "/nowhere")
    assert command_name([str(program), "console"], []) == f"{program} console"
    main = str(ROOT / "bot" / "__main__.py")
    assert command_name([main, "console", "--no-pacing"], ["python3", "-m", "bot", "console", "--no-pacing"]) == (
        "python3 -m bot console --no-pacing")


def test_ctrl_c_after_piped_input_ends_while_the_answered_narration_is_still_paced(tmp_path):
    db = tmp_path / "w.db"
    proc = paced(db, "piped")
    try:
        proc.stdin.write(b"1\n")
        proc.stdin.close()  # the end of a piped script: what was answered keeps printing at its pace
        proc.stdin = None
        read_until(proc, "Welcome.")
        started = time.monotonic()
        proc.send_signal(signal.SIGINT)
        out, err = finish(proc)
        took = time.monotonic() - started
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0 and took < 5 and "Traceback" not in err, (took, err)
    assert "Your place is saved." in out
