"""Shared fixtures: paths to our own sample articles and to ../shared (skipped when absent)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
# BRIEFING_SHARED names ../shared when the checkout is elsewhere (a git worktree, a CI folder),
# as evaluation/shared.py and training/corpora.py read it.
SHARED = Path(os.environ.get("BRIEFING_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "samples" / "idlib-2018.txt"


def pytest_configure(config: pytest.Config) -> None:
    """Subprocess tests run in temporary folders, where a relative PYTHONPATH (desktop:.)
    would name other folders; make it absolute once, before any test starts."""
    entries = os.environ.get("PYTHONPATH", "").split(os.pathsep)
    if any(entries):
        os.environ["PYTHONPATH"] = os.pathsep.join(str(Path(e).resolve()) for e in entries if e)


@pytest.fixture
def seed_article_path() -> Path:
    """The seed article in ../shared (never copied into the repository)."""
    if not SEED.exists():
        pytest.skip("../shared/samples/idlib-2018.txt is not beside the project")
    return SEED


@pytest.fixture
def seed_lines(seed_article_path: Path) -> list[str]:
    """The seed's non-blank lines, stripped, so tests compare with it without copying it."""
    text = seed_article_path.read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()]
