"""GUI tests run headless, with settings of their own, and wait for background jobs."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import gc  # noqa: E402 (Qt must see the platform first)
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from briefing.gui import workers  # noqa: E402
from briefing.gui.settings import Settings  # noqa: E402
from briefing.gui.window import MainWindow  # noqa: E402

ARTICLE = """Ferry route to reopen next month

The transport ministers of Norland and Estria agreed on Tuesday to reopen the northern ferry \
route, which closed after a storm in 2019.

"This is a good day for both our peoples," Norland's minister Anna Berg told reporters in Valby.

Her Estrian counterpart, Piet Kaljus, said the first ferries would sail next month.
"""
# Generous: the first analysis loads the language models.
WAIT_MS = 30_000


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_ui_thread() -> Iterator[None]:
    """As the app does (workers.collect_garbage_on_ui_thread): a collection on a worker
    thread that frees a Qt object crashes the process."""
    gc.disable()
    yield
    workers.wait_for_all(WAIT_MS)
    gc.collect()
    gc.enable()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, settings: Settings) -> Iterator[MainWindow]:
    w = MainWindow(settings)
    qtbot.addWidget(w)
    yield w
    workers.wait_for_all(WAIT_MS)  # no job outlives its window


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "ferry.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def load(qtbot, window: MainWindow, path: Path) -> None:
    """Open `path` the way a drop does, and wait for its briefing."""
    window.open_path(path)
    qtbot.waitUntil(lambda: window.briefing is not None and not window.busy(), timeout=WAIT_MS)
    window.facts_view.fill_all()  # tables fill when their tab is first shown


# Our own sentences, repeated into a long document (tagging it takes many seconds).
LONG_PARAGRAPH = (
    "The harbour board of Valby met on Tuesday to discuss the new ferry timetable. "
    "Its chairman, Lars Holm, said the crossings to Norland would resume in spring. "
    "Fishermen in Estria asked for a second berth before the summer season."
)


def long_text(words: int = 60_000) -> str:
    per = len(LONG_PARAGRAPH.split())
    return "A long report on the harbour\n\n" + "\n\n".join([LONG_PARAGRAPH] * (words // per))


def write_article(folder: Path, name: str, title: str) -> Path:
    path = folder / name
    path.write_text(ARTICLE.replace("Ferry route to reopen next month", title), encoding="utf-8")
    return path
