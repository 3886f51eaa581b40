"""The wheel a user installs: built from the sources alone, it holds every shipped file, and
installed into a fresh virtualenv it works offline from any folder, with HOME and NLTK_DATA
empty (no checkout, no NLTK download, no network). Takes about half a minute: `-m "not wheel"`
leaves it out while iterating; `make test` runs it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
SOURCES = ("pyproject.toml", "setup.py", "README.md", "LICENSE", "desktop", "resources")
BIN = "Scripts" if sys.platform == "win32" else "bin"

pytestmark = pytest.mark.wheel

# Installed into the fresh virtualenv: any attempt to reach the network fails loudly.
NO_NETWORK = """import socket
def _no_network(*args, **kwargs):
    raise OSError("Article Briefing tried to use the network")
socket.socket.connect = _no_network
socket.create_connection = _no_network
"""


def _shipped_files() -> list[str]:
    return sorted(
        p.relative_to(RESOURCES).as_posix()
        for p in RESOURCES.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built by pip from a copy of the sources (so the checkout stays clean)."""
    tree = tmp_path_factory.mktemp("source")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tree / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, tree / name)
    out = tmp_path_factory.mktemp("wheel")
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q"]
        + ["-w", str(out), str(tree)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert build.returncode == 0, build.stderr
    (wheel,) = out.glob("article_briefing-*.whl")
    return wheel


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh virtualenv with the wheel installed; its dependencies are those of the test
    run (a .pth line), so the install needs no network."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / BIN / ("python.exe" if sys.platform == "win32" else "python")
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q"]
        + ["--no-deps", "--no-index", str(wheel)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert install.returncode == 0, install.stderr
    site = Path(
        subprocess.check_output(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            text=True,
        ).strip()
    )
    (site / "test_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    (site / "sitecustomize.py").write_text(NO_NETWORK)
    yield venv


def _user_env(tmp: Path) -> dict[str, str]:
    """A user with an empty home and an empty NLTK_DATA, nothing of ours on any path."""
    home, nltk_data = tmp / "home", tmp / "nltk_data"
    home.mkdir(exist_ok=True)
    nltk_data.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFING_", "PYTHON"))}
    return {**env, "HOME": str(home), "NLTK_DATA": str(nltk_data), "QT_QPA_PLATFORM": "offscreen"}


def test_wheel_holds_every_shipped_file_and_no_training_code(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {f"briefing_resources/{f}" for f in _shipped_files()} <= names
    for model in (
        "nltk_data/tokenizers/punkt_tab/english/abbrev_types.txt",
        "nltk_data/taggers/averaged_perceptron_tagger_eng/averaged_perceptron_tagger_eng.weights.json",
        "nltk_data/taggers/briefing_ner/ner.crfsuite",
        "models/compact/punkt.ortho.u8",
        "models/compact/tagger.weights.f64",
        "models/compact/places.names.txt",
        "fonts/DejaVuSerif.ttf",
        "icons/article-briefing-256.png",
    ):
        assert f"briefing_resources/{model}" in names
    assert not any(
        n.startswith(("training/", "evaluation/", "tests/", "benchmarks/")) for n in names
    )


def test_installed_wheel_briefs_the_sample_offline_from_any_folder(
    installed: Path, tmp_path: Path
) -> None:
    article = tmp_path / "article.txt"
    shutil.copy(RESOURCES / "samples" / "harbour-talks.txt", article)
    where = subprocess.run(
        [
            str(installed / BIN / "python"),
            "-c",
            "import briefing, briefing_resources as r;print(briefing.__file__); print(r.__file__)",
        ],
        env=_user_env(tmp_path),
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert where.returncode == 0, where.stderr
    assert all(Path(line).is_relative_to(installed) for line in where.stdout.split())
    run = subprocess.run(
        [str(installed / BIN / "briefing"), "brief", article.name, "--json", "-"],
        env=_user_env(tmp_path),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    briefing = json.loads(run.stdout)
    assert briefing["summary"]["sentences"]
    assert briefing["actors"] and briefing["locations"] and briefing["quotes"]


def test_installed_briefing_desktop_passes_its_self_test(installed: Path, tmp_path: Path) -> None:
    run = subprocess.run(
        [str(installed / BIN / "briefing-desktop"), "--self-test"],
        env=_user_env(tmp_path),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    assert set(figures) == {"painted_ms", "analysed_ms", "pdf_pages", "cancel_ms"}
    assert figures["pdf_pages"] >= 1
