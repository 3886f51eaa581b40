"""The window: empty state, loading, errors that keep what was shown, re-analysis, exports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from briefing.gui.window import MainWindow

ARTICLE = """Ferry route to reopen next month

The transport ministers of Norland and Estria agreed on Tuesday to reopen the northern ferry \
route, which closed after a storm in 2019.

"This is a good day for both our peoples," Norland's minister Anna Berg told reporters in Valby.

Her Estrian counterpart, Piet Kaljus, said the first ferries would sail next month.
"""
WAIT = 30_000


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch) -> MainWindow:
    monkeypatch.setenv("HOME", str(tmp_path))
    w = MainWindow()
    qtbot.addWidget(w)
    return w


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "ferry.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _load(qtbot, window: MainWindow, path: Path) -> None:
    window.open_path(path)
    qtbot.waitUntil(lambda: window.briefing is not None, timeout=WAIT)


def test_opens_on_the_empty_state(window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.empty
    assert "Drop a news article here" in window.empty.text()
    assert not any(a.isEnabled() for a in window.export_actions)


def test_loading_a_file_fills_summary_and_facts(qtbot, window: MainWindow, article: Path) -> None:
    _load(qtbot, window, article)
    assert window.summary_view.count() == 3
    assert window.tables["Quotes"].rowCount() == 1
    assert window.tables["Actors"].rowCount() >= 2
    assert window.windowTitle().endswith("Ferry route to reopen next month")


def test_bad_file_shows_an_error_and_keeps_the_briefing(
    qtbot, window: MainWindow, article: Path, tmp_path: Path
) -> None:
    _load(qtbot, window, article)
    shown = window.briefing
    empty = tmp_path / "empty.txt"
    empty.write_text("  ")
    window.open_path(empty)
    qtbot.waitUntil(lambda: window.last_error != "", timeout=WAIT)
    assert "empty" in window.last_error and window.banner.isVisibleTo(window)
    assert window.briefing is shown


def test_changing_the_length_reanalyses(qtbot, window: MainWindow, article: Path) -> None:
    _load(qtbot, window, article)
    window.length_value.setValue(1)
    qtbot.waitUntil(lambda: window.summary_view.count() == 1, timeout=WAIT)


def test_cancelled_job_result_is_ignored(qtbot, window: MainWindow, article: Path) -> None:
    window.open_path(article)
    window.cancel()
    qtbot.wait(1500)
    assert window.briefing is None


def test_export_json(qtbot, window: MainWindow, article: Path, tmp_path: Path) -> None:
    _load(qtbot, window, article)
    out = tmp_path / "out.json"
    window.export_to(out, "json")
    qtbot.waitUntil(out.exists, timeout=WAIT)
    assert json.loads(out.read_text())["schema"] == "briefing/1"


def test_export_pdf(qtbot, window: MainWindow, article: Path, tmp_path: Path) -> None:
    pytest.importorskip("briefing.export.pdf")
    _load(qtbot, window, article)
    out = tmp_path / "out.pdf"
    window.export_to(out, "pdf")
    qtbot.waitUntil(out.exists, timeout=WAIT)
    assert out.read_bytes().startswith(b"%PDF")


def test_dropping_a_file_opens_it(qtbot, window: MainWindow, article: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(article))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.briefing is not None, timeout=WAIT)
    assert window.briefing.article.source == str(article)
