"""What starts the app: the frozen app's launcher sends `brief …` to the command line and
everything else to the window; the Makefile refuses a Python older than 3.11 in plain words."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LAUNCHER = ROOT / "packaging" / "launcher.py"


def _launch(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(LAUNCHER), *args], capture_output=True, text=True, timeout=120
    )


def test_launcher_runs_the_command_line_for_brief() -> None:
    run = _launch("brief", "--help")
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("usage: briefing brief")


def test_launcher_runs_the_window_otherwise() -> None:
    run = _launch("--version")
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("briefing-desktop ")


def test_launcher_offers_the_self_test() -> None:
    run = _launch("--help")
    assert "--self-test" in run.stdout


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for Python")
def test_makefile_refuses_a_python_older_than_3_11(tmp_path: Path) -> None:
    old = tmp_path / "python3.10"
    old.write_text(
        "#!/bin/sh\n"
        'case "$2" in *platform*) echo 3.10.4; exit 0;; *version_info*) exit 1;; esac\n'
        "exit 2\n"
    )
    old.chmod(0o755)
    venv = tmp_path / "venv"
    run = subprocess.run(
        ["make", "-s", "-C", str(ROOT), f"PYTHON={old}", f"VENV={venv}", f"{venv}/.installed"],
        capture_output=True,
        text=True,
        env={**os.environ, "MAKEFLAGS": ""},
    )
    assert run.returncode != 0
    assert "needs Python 3.11 or newer" in run.stderr and "3.10.4" in run.stderr
    assert not venv.exists()
