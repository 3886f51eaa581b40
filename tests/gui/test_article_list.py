"""Several articles: queued in a side list, each with its state; switch, close, reorder,
and remembered across restarts when the user asks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QUrl

from briefing.gui.entries import DONE, FAILED, FRAGMENT, ReadingList
from briefing.gui.window import MainWindow

from .conftest import WAIT_MS, write_article


def _three(tmp_path: Path) -> list[Path]:
    return [
        write_article(tmp_path, f"{n}.txt", title)
        for n, title in enumerate(("Bridge plan agreed", "Port strike ends", "Rail link opens"))
    ]


def _all_done(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.busy(), timeout=3 * WAIT_MS)


def test_dropping_several_files_queues_them_all(qtbot, window: MainWindow, tmp_path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in _three(tmp_path)])
    window.open_mime(mime)
    assert window.article_list.count() == 3
    assert window.article_list.isVisibleTo(window)
    _all_done(qtbot, window)
    assert [e.status for e in window.articles.entries] == [DONE, DONE, DONE]
    assert window.briefing.article.title == "Bridge plan agreed"  # the first is shown


def test_choosing_an_article_in_the_list_shows_it(qtbot, window: MainWindow, tmp_path) -> None:
    window.open_paths(_three(tmp_path))
    _all_done(qtbot, window)
    window.article_list.setCurrentRow(2)
    assert window.briefing.article.title == "Rail link opens"
    assert window.windowTitle().endswith("Rail link opens")


def test_closing_an_article_shows_its_neighbour(qtbot, window: MainWindow, tmp_path) -> None:
    window.open_paths(_three(tmp_path))
    _all_done(qtbot, window)
    window.article_list.setCurrentRow(1)
    window.close_shown()
    assert [e.name for e in window.articles.entries] == ["0.txt", "2.txt"]
    assert window.briefing.article.title == "Rail link opens"


def test_closing_the_last_article_returns_to_the_empty_state(
    qtbot, window: MainWindow, tmp_path
) -> None:
    window.open_paths(_three(tmp_path)[:1])
    _all_done(qtbot, window)
    window.close_shown()
    assert window.stack.currentWidget() is window.empty
    assert window.briefing is None


def test_moving_an_article_down_the_list(qtbot, window: MainWindow, tmp_path) -> None:
    window.open_paths(_three(tmp_path))
    first = window.articles.entries[0].id
    window._move_entry(first, 1)
    assert [e.name for e in window.articles.entries] == ["1.txt", "0.txt", "2.txt"]
    assert window.article_list.ids()[1] == first
    _all_done(qtbot, window)


def test_a_failed_file_is_listed_with_its_reason(qtbot, window: MainWindow, tmp_path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    window.open_paths([*_three(tmp_path)[:1], bad])
    _all_done(qtbot, window)
    failed = window.articles.entries[1]
    assert failed.status == FAILED
    assert "empty" in failed.reason
    assert "Failed" in window.article_list.item(1).text()


def test_the_list_is_remembered_when_asked(qtbot, settings, tmp_path) -> None:
    paths = _three(tmp_path)
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.remember_action.setChecked(True)
    first.open_paths(paths)
    _all_done(qtbot, first)
    first.close()
    again = MainWindow(settings)
    qtbot.addWidget(again)
    assert [e.name for e in again.articles.entries] == ["0.txt", "1.txt", "2.txt"]
    _all_done(qtbot, again)


def test_the_list_is_not_remembered_by_default(qtbot, settings, tmp_path) -> None:
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.open_paths(_three(tmp_path)[:1])
    _all_done(qtbot, first)
    first.close()
    again = MainWindow(settings)
    qtbot.addWidget(again)
    assert again.articles.entries == []


def test_two_dropped_words_are_not_analysed_as_an_article(qtbot, window: MainWindow) -> None:
    mime = QMimeData()
    mime.setText("ferry strike")
    window.open_mime(mime)
    qtbot.waitUntil(lambda: window.articles.entries[0].status == FRAGMENT, timeout=WAIT_MS)
    assert "fragment" in window.banner.text.text()
    assert window.briefing is None
    assert [b.text() for b in window.banner.buttons] == ["Analyse anyway"]


def test_a_fragment_can_be_analysed_anyway(qtbot, window: MainWindow) -> None:
    window.open_text("Ferry strike ends\n\nThe ferry strike in Valby ended on Monday.")
    qtbot.waitUntil(lambda: window.articles.entries[0].status == FRAGMENT, timeout=WAIT_MS)
    window.banner.buttons[0].click()
    qtbot.waitUntil(lambda: window.briefing is not None, timeout=WAIT_MS)
    assert window.briefing.article.title == "Ferry strike ends"


def test_next_queued_prefers_the_article_on_show() -> None:
    articles = ReadingList()
    first, second = articles.add("a", "a"), articles.add("b", "b")
    assert articles.next_queued() is first
    assert articles.next_queued(second.id) is second


def test_reorder_takes_the_dragged_order() -> None:
    articles = ReadingList()
    a, b, c = (articles.add(t, t) for t in "abc")
    articles.reorder([c.id, a.id, b.id])
    assert [e.name for e in articles.entries] == ["c", "a", "b"]


def test_an_article_the_user_chose_stays_on_show(qtbot, window: MainWindow, tmp_path) -> None:
    window.open_paths(_three(tmp_path))
    window.article_list.setCurrentRow(2)
    assert window.stack.currentWidget() is window.pending
    _all_done(qtbot, window)
    assert window.briefing.article.title == "Rail link opens"
