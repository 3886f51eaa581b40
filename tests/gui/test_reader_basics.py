"""Find, copying rows, context menus, printing, after-export actions, help and about."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter

from briefing.gui.dialogs import HELP, about_html
from briefing.gui.window import MainWindow

from .conftest import WAIT_MS, load


def test_find_marks_every_match_and_counts(qtbot, window: MainWindow, article: Path) -> None:
    load(qtbot, window, article)
    window.open_find()
    bar = window.article_view.find_bar
    bar.field.setText("minister")
    assert bar.count == 2
    assert bar.status.text() == "1 of 2"
    assert window.article_view.text.selected_text().lower() == "minister"


def test_find_next_and_previous_wrap_around(qtbot, window: MainWindow, article: Path) -> None:
    load(qtbot, window, article)
    window.open_find()
    bar = window.article_view.find_bar
    bar.field.setText("ferr")
    total = bar.count
    assert total >= 2
    bar.next()
    assert bar.status.text() == f"2 of {total}"
    bar.previous()
    bar.previous()
    assert bar.status.text() == f"{total} of {total}"


def test_find_says_when_nothing_matches(qtbot, window: MainWindow, article: Path) -> None:
    load(qtbot, window, article)
    window.open_find()
    window.article_view.find_bar.field.setText("zeppelin")
    assert window.article_view.find_bar.status.text() == "no matches"


def test_ctrl_c_copies_every_selected_row(qtbot, window: MainWindow, article: Path) -> None:
    load(qtbot, window, article)
    actors = window.tables["Actors"]
    actors.selectAll()
    qtbot.keyClick(actors, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert len(lines) == actors.rowCount()
    assert all(line.count("\t") == 3 for line in lines)


def test_copy_table_starts_with_its_headers(qtbot, window: MainWindow, article: Path) -> None:
    load(qtbot, window, article)
    window.tables["Quotes"].copy_table()
    first = QGuiApplication.clipboard().text().splitlines()[0]
    assert first == "Quote\tSpeaker\tFound by"


def test_table_context_menu_offers_copy(qtbot, window: MainWindow, article: Path) -> None:
    load(qtbot, window, article)
    actors = window.tables["Actors"]
    actors.resize(500, 300)
    menu = actors.context_menu(QPoint(5, actors.rowViewportPosition(0) + 2))
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == ["Copy selected rows", "Copy the whole table", "Show in the article"]
    assert actors.selected_rows() == [0]


def test_print_to_a_pdf_printer(qtbot, window: MainWindow, article: Path, tmp_path) -> None:
    pypdf = pytest.importorskip("pypdf")
    load(qtbot, window, article)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    window.print_to(printer)
    text = " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(out).pages)
    assert "Ferry route to reopen next month" in text
    assert "Summary" in text


def test_after_export_open_and_show_in_folder(
    qtbot, window: MainWindow, article: Path, tmp_path
) -> None:
    load(qtbot, window, article)
    opened: list[QUrl] = []
    window.open_url = opened.append
    out = tmp_path / "out.md"
    window.export_to(out, "md")
    qtbot.waitUntil(lambda: out.exists() and not window.busy(), timeout=WAIT_MS)
    assert [b.text() for b in window.banner.buttons] == ["Open", "Show in folder"]
    for button in window.banner.buttons:
        button.click()
    assert [u.toLocalFile() for u in opened] == [str(out), str(tmp_path)]


def test_every_export_has_a_shortcut(window: MainWindow) -> None:
    keys = [a.shortcut().toString() for a in window.export_actions.values()]
    assert keys == ["Ctrl+E", "Ctrl+Shift+J", "Ctrl+Shift+M"]
    assert window.help_action.shortcut().toString() == "F1"


def test_about_credits_models_data_fonts_and_map() -> None:
    about = about_html()
    for credit in ("CoNLL-2003", "GeoNames", "DejaVu", "Natural Earth", "LGPL", "Apache"):
        assert credit in about


def test_help_names_the_shortcuts() -> None:
    for key in ("Ctrl+F", "Ctrl+C", "Esc", "Ctrl+Shift+J"):
        assert key in HELP
