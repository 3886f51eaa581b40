"""The window: empty state, loading, errors that keep what was shown, re-analysis, exports,
cancelling and drag-and-drop."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from briefing.gui import workers
from briefing.gui.window import MainWindow

from .conftest import ARTICLE, WAIT_MS, load


def _drop(window: MainWindow, mime: QMimeData) -> None:
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def test_opens_on_the_empty_state(window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.empty
    assert "Drop a news article here" in window.empty_text
    assert "Ctrl+O" in window.empty_text
    assert not any(a.isEnabled() for a in window.export_actions.values())


def test_loading_a_file_fills_summary_and_facts(qtbot, window: MainWindow, article: Path) -> None:
    load(qtbot, window, article)
    assert window.stack.currentWidget() is window.splitter
    assert window.summary_view.count() == 3
    assert window.tables["Quotes"].rowCount() == 1
    assert window.tables["Actors"].rowCount() >= 2
    assert window.windowTitle() == "Article Briefing — Ferry route to reopen next month"


def test_status_bar_counts_words_and_sentences(qtbot, window: MainWindow, article: Path) -> None:
    load(qtbot, window, article)
    text = window.status_label.text()
    assert f"{window.briefing.article.word_count} words" in text
    assert "3 sentences" in text


def test_quote_row_names_speaker_or_unattributed(qtbot, window: MainWindow, article: Path) -> None:
    load(qtbot, window, article)
    quotes = window.tables["Quotes"]
    assert "a good day for both our peoples" in quotes.item(0, 0).text()
    assert quotes.item(0, 1).text() in ("Anna Berg", "unattributed")


@pytest.mark.parametrize("content", [b"   \n", bytes(range(256)) * 8], ids=["empty", "binary"])
def test_bad_file_shows_an_error_and_keeps_the_briefing(
    qtbot, window: MainWindow, article: Path, tmp_path: Path, content: bytes
) -> None:
    load(qtbot, window, article)
    shown = window.briefing
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    window.open_path(bad)
    qtbot.waitUntil(lambda: window.last_error != "", timeout=WAIT_MS)
    assert window.last_error.startswith(str(bad))
    assert window.banner.isVisibleTo(window)
    assert window.briefing is shown
    assert window.summary_view.count() == 3


def test_a_bad_first_file_leaves_the_empty_state(qtbot, window: MainWindow, tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    window.open_path(bad)
    qtbot.waitUntil(lambda: window.last_error != "", timeout=WAIT_MS)
    assert "empty" in window.last_error
    assert window.stack.currentWidget() is window.empty


def test_changing_the_length_reanalyses(qtbot, window: MainWindow, article: Path) -> None:
    load(qtbot, window, article)
    window.length_value.setValue(1)
    qtbot.waitUntil(lambda: window.summary_view.count() == 1, timeout=WAIT_MS)
    assert window.briefing.options.length.value == 1


def test_length_as_a_share_of_the_article(qtbot, window: MainWindow, article: Path) -> None:
    load(qtbot, window, article)
    window.length_mode.setCurrentIndex(window.length_mode.findData("ratio"))
    window.length_value.setValue(50)
    qtbot.waitUntil(
        lambda: window.briefing.options.length.mode == "ratio" and not window.busy(),
        timeout=WAIT_MS,
    )
    assert window.briefing.options.length.value == 0.5


def test_changing_the_algorithm_reanalyses(qtbot, window: MainWindow, article: Path) -> None:
    load(qtbot, window, article)
    window.algorithm.setCurrentText("lead")
    qtbot.waitUntil(lambda: window.briefing.summary.algorithm == "lead", timeout=WAIT_MS)


def test_published_date_override_is_used(qtbot, window: MainWindow, article: Path) -> None:
    load(qtbot, window, article)
    window.use_published.setChecked(True)
    window.published.setDate(window.published.date().fromString("2021-06-01", "yyyy-MM-dd"))
    qtbot.waitUntil(
        lambda: (
            window.briefing.published is not None
            and window.briefing.published.isoformat() == "2021-06-01"
        ),
        timeout=WAIT_MS,
    )


def test_length_choices_are_remembered(qtbot, window: MainWindow, settings) -> None:
    window.length_value.setValue(5)
    again = MainWindow(settings)
    qtbot.addWidget(again)
    assert again.length_value.value() == 5


def test_opened_file_joins_recent_files(qtbot, window: MainWindow, article: Path, settings) -> None:
    load(qtbot, window, article)
    assert settings.recent_files == [str(article)]


def test_cancelled_job_result_is_ignored(qtbot, window: MainWindow, article: Path) -> None:
    window.open_path(article)
    window.cancel()
    workers.wait_for_all(WAIT_MS)
    QCoreApplication.processEvents()  # deliver whatever the job still sent
    assert window.briefing is None
    assert not window.busy()
    assert window.stack.currentWidget() is window.empty


def test_a_newer_analysis_replaces_an_older_one(
    qtbot, window: MainWindow, article: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.txt"
    other.write_text(ARTICLE.replace("Ferry route", "Bridge plan"), encoding="utf-8")
    window.open_path(article)
    load(qtbot, window, other)
    workers.wait_for_all(WAIT_MS)
    QCoreApplication.processEvents()
    assert window.briefing.article.title.startswith("Bridge plan")


def test_choosing_a_fact_row_reveals_its_evidence(qtbot, window: MainWindow, article: Path) -> None:
    load(qtbot, window, article)
    actors = window.tables["Actors"]
    row = next(r for r in range(actors.rowCount()) if actors.item(r, 0).text() == "Piet Kaljus")
    actors.selectRow(row)
    text = window.article_view.text
    assert text.selected_text() == "Piet Kaljus"
    assert text.extraSelections()


def test_choosing_a_summary_sentence_selects_it_in_the_article(
    qtbot, window: MainWindow, article: Path
) -> None:
    load(qtbot, window, article)
    window.left_tabs.setCurrentIndex(1)
    window.summary_view.choose(1)
    assert window.left_tabs.currentWidget() is window.article_view
    chosen = window.briefing.summary.sentences[1].text
    assert window.article_view.text.selected_text() == chosen


def test_source_tab_shows_the_text_as_loaded(qtbot, window: MainWindow, article: Path) -> None:
    load(qtbot, window, article)
    window.show()
    window.left_tabs.setCurrentWidget(window.source_view)
    assert "Ferry route to reopen" in window.source_view.text.toPlainText()


def test_the_algorithms_come_from_the_analysis_process(
    qtbot, window: MainWindow, article: Path
) -> None:
    load(qtbot, window, article)
    names = [window.algorithm.itemText(i) for i in range(window.algorithm.count())]
    assert names[0] == "auto"
    assert "lead" in names


def test_export_json(qtbot, window: MainWindow, article: Path, tmp_path: Path) -> None:
    load(qtbot, window, article)
    out = tmp_path / "out.json"
    window.export_to(out, "json")
    qtbot.waitUntil(lambda: out.exists() and not window.busy(), timeout=WAIT_MS)
    assert json.loads(out.read_text())["schema"] == "briefing/2"


def test_export_markdown(qtbot, window: MainWindow, article: Path, tmp_path: Path) -> None:
    load(qtbot, window, article)
    out = tmp_path / "out.md"
    window.export_to(out, "md")
    qtbot.waitUntil(lambda: out.exists() and not window.busy(), timeout=WAIT_MS)
    assert "Ferry route to reopen next month" in out.read_text()


def test_export_pdf(qtbot, window: MainWindow, article: Path, tmp_path: Path) -> None:
    pytest.importorskip("briefing.export.pdf")
    load(qtbot, window, article)
    out = tmp_path / "out.pdf"
    window.export_to(out, "pdf")
    qtbot.waitUntil(lambda: out.exists() and not window.busy(), timeout=WAIT_MS)
    assert out.read_bytes().startswith(b"%PDF")


def test_export_never_overwrites_the_article(qtbot, window: MainWindow, article: Path) -> None:
    load(qtbot, window, article)
    window.export_to(article, "json")
    qtbot.waitUntil(lambda: window.last_error != "", timeout=WAIT_MS)
    assert "source article" in window.last_error
    assert article.read_text(encoding="utf-8") == ARTICLE


def test_dropping_a_file_opens_it(qtbot, window: MainWindow, article: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(article))])
    _drop(window, mime)
    qtbot.waitUntil(lambda: window.briefing is not None, timeout=WAIT_MS)
    assert window.briefing.article.source == str(article)


def test_dropping_text_analyses_it(qtbot, window: MainWindow) -> None:
    mime = QMimeData()
    mime.setText(ARTICLE)
    _drop(window, mime)
    qtbot.waitUntil(lambda: window.briefing is not None, timeout=WAIT_MS)
    assert window.briefing.article.title == "Ferry route to reopen next month"


def test_a_fact_table_is_filled_when_its_tab_is_shown(
    qtbot, window: MainWindow, article: Path
) -> None:
    window.open_path(article)
    qtbot.waitUntil(lambda: window.briefing is not None and not window.busy(), timeout=WAIT_MS)
    assert window.tables["Actors"].rowCount() == 0
    assert window.facts_view.tabText(1).startswith("Actors (")
    window.facts_view.setCurrentIndex(1)
    assert window.tables["Actors"].rowCount() >= 2


def test_the_pdf_appendix_setting_reaches_the_export(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pypdf

    from briefing.gui.settings import PDF_APPENDIX
    from briefing.gui.window import export_writer
    from tests.export.pdf_briefings import harbour_briefing

    briefing = harbour_briefing()
    pages = {}
    for choice, (_, appendix) in PDF_APPENDIX.items():
        path = export_writer(briefing, tmp_path / f"{choice}.pdf", "pdf", "A4", appendix)()
        pages[choice] = len(pypdf.PdfReader(path).pages)
    assert pages["never"] == pages["long"] == 1 and pages["always"] > 1


def test_recent_files_are_remembered_as_absolute_paths(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from briefing.gui.settings import Settings

    monkeypatch.chdir(tmp_path)
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.add_recent("story.txt")
    assert settings.recent_files == [str(tmp_path / "story.txt")]
