"""Cancel and closing really stop the analysis: the worker process is gone, and the next
article does not wait for the abandoned one."""

from __future__ import annotations

from pathlib import Path

from briefing.gui.entries import CANCELLED, DONE, FAILED
from briefing.gui.window import MainWindow

from .conftest import WAIT_MS, load, long_text


def _start_long_job(qtbot, window: MainWindow):
    """Open a long document and wait until the worker is tagging it; its process."""
    window.open_text(long_text())
    entry = window.articles.entries[-1]
    qtbot.waitUntil(lambda: entry.stage == "Tagging sentences", timeout=WAIT_MS)
    (process,) = window.worker.processes()
    assert process.is_alive()
    return entry, process


def test_cancel_ends_the_worker_process(qtbot, window: MainWindow) -> None:
    entry, process = _start_long_job(qtbot, window)
    window.cancel()
    assert not process.is_alive()
    assert window.is_idle()
    assert entry.status == CANCELLED


def test_after_cancel_the_next_article_is_analysed(
    qtbot, window: MainWindow, article: Path
) -> None:
    _start_long_job(qtbot, window)
    window.cancel()
    load(qtbot, window, article)
    assert window.briefing.article.title == "Ferry route to reopen next month"


def test_closing_the_window_during_a_job_ends_the_worker(qtbot, window: MainWindow) -> None:
    _, process = _start_long_job(qtbot, window)
    window.close()
    qtbot.waitUntil(lambda: not process.is_alive(), timeout=1000)


def test_progress_names_the_article_stage_and_percentage(qtbot, window: MainWindow) -> None:
    entry, _ = _start_long_job(qtbot, window)
    qtbot.waitUntil(lambda: entry.percent > 6, timeout=WAIT_MS)
    assert entry.name in window.stage_label.text()
    assert "Tagging sentences" in window.stage_label.text()
    assert window.progress.value() > 0
    window.cancel()


def test_closing_the_article_being_analysed_stops_it(qtbot, window: MainWindow) -> None:
    entry, process = _start_long_job(qtbot, window)
    window.close_entry(entry.id)
    assert not process.is_alive()
    assert window.articles.entries == []
    assert window.is_idle()


def test_cancel_keeps_a_briefing_already_made(qtbot, window: MainWindow, article: Path) -> None:
    load(qtbot, window, article)
    shown = window.articles.entries[0]
    _start_long_job(qtbot, window)
    window.cancel()
    assert shown.status == DONE
    assert window.briefing is shown.briefing


def test_a_worker_that_dies_is_reported_and_replaced(
    qtbot, window: MainWindow, article: Path
) -> None:
    entry, process = _start_long_job(qtbot, window)
    process.kill()
    qtbot.waitUntil(lambda: entry.status == FAILED, timeout=WAIT_MS)
    assert entry.reason == "The analysis stopped unexpectedly."
    load(qtbot, window, article)
    assert window.briefing.article.title == "Ferry route to reopen next month"
