"""The wheel: built from this tree, installed into a fresh venv, run from another folder."""

from __future__ import annotations

import shutil
import stat
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

from bot.config import DEFAULT_DIALOGUES, version

from .helpers import ROOT, clean_env, wellspring

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_package_folder_is_listed_in_pyproject() -> None:
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "bot").rglob("__init__.py")
             if "__pycache__" not in p.parts}
    assert found - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"
    assert listed - found == {"bot.dialogues"}
    assert PYPROJECT["tool"]["setuptools"]["package-dir"] == {"bot.dialogues": "dialogues"}
    assert not (ROOT / "bot" / "dialogues").exists(), "dialogues/ at the top is the one copy"


def test_a_checkout_reads_the_top_level_dialogues() -> None:
    assert DEFAULT_DIALOGUES == ROOT / "dialogues"


def test_version_is_printed() -> None:
    result = wellspring("--version", cwd=ROOT)
    assert result.returncode == 0 and result.stdout.strip() == f"wellspring {version()}"


def test_no_message_sends_people_to_the_unrelated_pypi_package(monkeypatch: pytest.MonkeyPatch) -> None:
    # `wellspring` on PyPI is someone else's project: hints name this project's extra instead.
    import bot.config

    monkeypatch.setattr(bot.config.importlib.util, "find_spec", lambda name: None)
    problem = bot.config.database_url_problem("postgresql://u:pw@127.0.0.1:9/db")
    assert problem is not None and "pip install -e '.[postgres]'" in problem and "wellspring[" not in problem
    assert "pw" not in problem


def _copy_tree(to: Path) -> Path:
    """What a clean checkout's build reads, without other builds' leftovers."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    to.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, to / name)
    for name in ("bot", "dialogues"):
        shutil.copytree(ROOT / name, to / name, ignore=ignore)
    return to


@pytest.mark.slow
def test_built_wheel_runs_check_console_and_run_from_another_folder(tmp_path: Path) -> None:
    source = _copy_tree(tmp_path / "src")
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", ".", "-w", str(tmp_path / "dist")],
                           cwd=source, capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp_path / "dist").glob("wellspring-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {f"bot/dialogues/{p.name}" for p in (ROOT / "dialogues").iterdir() if p.is_file()}
    assert shipped <= names, f"missing from the wheel: {sorted(shipped - names)}"
    assert not any(n.startswith(("dialogues/", "tests/")) for n in names)
    assert any(n.endswith("dist-info/licenses/LICENSE") for n in names)
    assert "bot/language/model.bin" in names and any(n.startswith("bot/store/migrations/sqlite/") for n in names)

    # A fresh venv; this interpreter's site-packages lend the dependencies (offline and fast). A .pth adds a
    # path only: the checkout's editable install there is not activated, so `bot` is the wheel's.
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    purelib = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    lent = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(purelib, "lent-dependencies.pth").write_text("\n".join(sorted(lent)) + "\n")
    installed = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q",
                                str(wheel)], capture_output=True, text=True, timeout=300)
    assert installed.returncode == 0, installed.stderr
    command = venv / "bin" / "wellspring"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in clean_env().items() if k != "PYTHONPATH"}

    def run(*args: str, stdin: str = "", **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(command), *args], cwd=elsewhere, env={**env, **extra}, input=stdin,
                              capture_output=True, text=True, timeout=120)

    where = run("--version")
    assert where.stdout.strip() == f"wellspring {version()}"
    checked = run("check")
    assert checked.returncode == 0, checked.stderr
    assert f"{purelib}/bot/dialogues: ok" in checked.stdout  # the packaged copy, not a checkout's

    other = tmp_path / "my-dialogues"
    shutil.copytree(ROOT / "dialogues", other)
    overridden = run("check", WELLSPRING_DIALOGUES=str(other))
    assert overridden.returncode == 0 and overridden.stdout.startswith(f"{other}: ok"), overridden.stderr

    walked = run("console", "--no-pacing", "--user", "wheel", stdin="hello\n1\n")
    assert walked.returncode == 0, walked.stderr
    assert "Stage 1 of 7" in walked.stdout and "Traceback" not in walked.stderr
    db = elsewhere / "data" / "wellspring.db"
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert stat.S_IMODE(db.parent.stat().st_mode) == 0o700

    refused = run("run")
    assert refused.returncode == 2 and "DISCORD_TOKEN is not set" in refused.stderr
    assert "Traceback" not in refused.stderr
