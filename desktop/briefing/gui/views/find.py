"""Find in the article (Ctrl+F): every match marked, next and previous, a count."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


class Searchable(Protocol):
    def find_all(self, needle: str) -> int: ...
    def find_step(self, forward: bool = True) -> int: ...
    def setFocus(self) -> None: ...  # noqa: N802 (Qt API)


class FindBar(QWidget):
    """A one-line bar under the article; Enter finds the next match, Shift+Enter the
    previous, Esc closes it."""

    def __init__(self, target: Searchable) -> None:
        super().__init__()
        self.target = target
        self.count = 0
        self.field = QLineEdit()
        self.field.setPlaceholderText("Find in the article")
        self.field.setAccessibleName("Find in the article")
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self.refresh)
        self.field.returnPressed.connect(self.next)
        self.field.installEventFilter(self)
        self.previous_button = self._button("▲", "Previous match (Shift+F3)", self.previous)
        self.next_button = self._button("▼", "Next match (F3)", self.next)
        self.status = QLabel()
        self.status.setMinimumWidth(90)
        close = self._button("✕", "Close Find (Esc)", self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(QLabel("Find:"))
        layout.addWidget(self.field, 1)
        for widget in (self.previous_button, self.next_button, self.status, close):
            layout.addWidget(widget)
        self.hide()

    def _button(self, text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip.split(" (")[0])
        button.setAutoRaise(True)
        button.clicked.connect(lambda *_: slot())  # type: ignore[operator]
        return button

    def open(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()
        self.refresh()

    def close_bar(self) -> None:
        self.field.clear()
        self.hide()
        self.target.setFocus()

    def refresh(self) -> None:
        """Mark the matches of what is typed (again, after a new article is shown)."""
        needle = self.field.text() if not self.isHidden() else ""
        self.count = self.target.find_all(needle)
        if needle and self.count:
            self.target.find_step(True)
            self._say(0)
        else:
            self.status.setText("no matches" if needle else "")

    def next(self) -> None:
        self._say(self.target.find_step(True))

    def previous(self) -> None:
        self._say(self.target.find_step(False))

    def _say(self, index: int) -> None:
        if index >= 0:
            self.status.setText(f"{index + 1} of {self.count}")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.field and isinstance(event, QKeyEvent):
            key, shift = event.key(), event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            if event.type() == QEvent.Type.ShortcutOverride and key == Qt.Key.Key_Escape:
                event.accept()  # Esc closes the bar here, not the window's Cancel
                return True
            if event.type() == QEvent.Type.KeyPress:
                if key == Qt.Key.Key_Escape:
                    self.close_bar()
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and shift:
                    self.previous()
                    return True
        return super().eventFilter(watched, event)
