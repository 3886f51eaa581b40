"""Readable in light and dark palettes, named for screen readers, and Tab never trapped."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QTextEdit,
    QWidget,
)

from briefing.gui import palette as colours
from briefing.gui.window import MainWindow

from .conftest import load


def _palettes() -> dict[str, QPalette]:
    light = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Base, "#ffffff"),
        (QPalette.ColorRole.Text, "#1a1a1a"),
        (QPalette.ColorRole.Window, "#efefef"),
    ):
        light.setColor(role, colour)
    return {"light": light, "dark": colours.dark_palette()}


@pytest.mark.parametrize("name", ["light", "dark"])
@pytest.mark.parametrize("kind", sorted(colours.MARKS))
def test_marks_keep_text_readable(name: str, kind: str) -> None:
    background, text = colours.mark(_palettes()[name], kind)
    assert colours.contrast(background, text) >= colours.MIN_CONTRAST


@pytest.mark.parametrize("name", ["light", "dark"])
def test_secondary_text_is_readable(name: str) -> None:
    palette = _palettes()[name]
    base = palette.color(QPalette.ColorRole.Base)
    assert colours.contrast(colours.muted(palette), base) >= colours.MIN_CONTRAST
    assert colours.contrast(colours.accent(palette), base) >= colours.MIN_CONTRAST


def test_summary_highlight_in_the_dark_palette_is_readable(qtbot, settings, article: Path) -> None:
    app = QApplication.instance()
    before = app.palette()
    app.setPalette(colours.dark_palette())
    try:
        window = MainWindow(settings)
        qtbot.addWidget(window)
        load(qtbot, window, article)
        text = window.article_view.text
        cursor = text._cursor(*_first_summary_span(window))
        cursor.setPosition(cursor.selectionStart() + 1)
        fmt = cursor.charFormat()
        ratio = colours.contrast(fmt.background().color(), fmt.foreground().color())
        assert ratio >= colours.MIN_CONTRAST
    finally:
        app.setPalette(before)


def _first_summary_span(window: MainWindow) -> tuple[int, int]:
    s = window.briefing.summary.sentences[0]
    return s.start, s.end


def test_every_control_has_an_accessible_name(qtbot, window: MainWindow, article: Path) -> None:
    load(qtbot, window, article)
    kinds = (QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QTextEdit)
    unnamed = []
    for widget in window.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget, QAbstractButton):
            named = bool(widget.accessibleName() or widget.text())
        elif isinstance(widget, kinds):
            named = bool(widget.accessibleName())
        else:
            continue
        if not named and widget.parent() is not None and not _internal(widget):
            unnamed.append(type(widget).__name__)
    assert unnamed == []


def _internal(widget: QWidget) -> bool:
    """Parts Qt builds inside another control (a combo box's line edit, a spin box's)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return widget.objectName().startswith("qt_")


def test_tab_leaves_a_table(qtbot, window: MainWindow, article: Path) -> None:
    load(qtbot, window, article)
    window.show()
    window.facts_view.setCurrentIndex(1)
    actors = window.tables["Actors"]
    actors.setFocus()
    qtbot.waitUntil(actors.hasFocus)
    qtbot.keyClick(actors, Qt.Key.Key_Tab)
    assert not actors.hasFocus()
