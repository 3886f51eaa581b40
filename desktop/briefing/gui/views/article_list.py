"""The side list of open articles: each with its state; choose, reorder, close, retry."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QMenu

from briefing.gui.entries import CANCELLED, DONE, FAILED, FRAGMENT, Entry

ID_ROLE = Qt.ItemDataRole.UserRole
MARKS = {"queued": "◦", "analysing": "…", DONE: "✓", FAILED: "✗", FRAGMENT: "!", CANCELLED: "–"}


class ArticleList(QListWidget):
    chosen = Signal(int)  # entry id
    close_requested = Signal(int)
    retry_requested = Signal(int)
    move_requested = Signal(int, int)  # entry id, step (-1 up, +1 down)
    reordered = Signal(list)  # entry ids in their new order (after a drag)

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName("Open articles")
        self.setAccessibleDescription(
            "Articles opened in this window and their state; drag to reorder, Delete closes one"
        )
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setSpacing(2)
        self.currentItemChanged.connect(self._current_changed)
        for text, keys, slot in (
            ("Move up", "Alt+Up", lambda: self._request(self.move_requested, -1)),
            ("Move down", "Alt+Down", lambda: self._request(self.move_requested, 1)),
            ("Close", QKeySequence.StandardKey.Delete, lambda: self._request(self.close_requested)),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda *_, s=slot: s())
            self.addAction(action)

    def ids(self) -> list[int]:
        return [int(self.item(i).data(ID_ROLE)) for i in range(self.count())]

    def current_id(self) -> int | None:
        item = self.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def sync(self, entries: Sequence[Entry], current: int | None) -> None:
        """Show `entries` in their order with their states; `current` selected."""
        self.blockSignals(True)
        if self.ids() != [e.id for e in entries]:
            self.clear()
            for entry in entries:
                item = QListWidgetItem()
                item.setData(ID_ROLE, entry.id)
                self.addItem(item)
        for row, entry in enumerate(entries):
            item = self.item(row)
            item.setText(f"{MARKS.get(entry.status, '')} {entry.name}\n    {entry.status_text()}")
            tip = str(entry.path) if entry.path else entry.name
            item.setToolTip(f"{tip}\n{entry.status_text()}")
            if entry.id == current:
                self.setCurrentItem(item)
        if current is None:
            self.setCurrentRow(-1)
        self.blockSignals(False)

    def _current_changed(self, item: QListWidgetItem | None, *_: object) -> None:
        if item is not None:
            self.chosen.emit(int(item.data(ID_ROLE)))

    def _request(self, signal: Signal, *args: int) -> None:  # type: ignore[type-arg]
        entry_id = self.current_id()
        if entry_id is not None:
            signal.emit(entry_id, *args)  # type: ignore[attr-defined]

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt API)
        super().dropEvent(event)
        self.reordered.emit(self.ids())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt API)
        menu = self.context_menu(event.pos())
        if menu is not None:
            menu.exec(event.globalPos())

    def context_menu(self, pos: QPoint) -> QMenu | None:
        item = self.itemAt(pos)
        if item is None:
            return None
        self.setCurrentItem(item)
        entry_id = int(item.data(ID_ROLE))
        menu = QMenu(self)
        menu.addAction("Show", lambda: self.chosen.emit(entry_id))
        menu.addAction("Analyse again", lambda: self.retry_requested.emit(entry_id))
        menu.addSeparator()
        menu.addAction("Move up", lambda: self.move_requested.emit(entry_id, -1))
        menu.addAction("Move down", lambda: self.move_requested.emit(entry_id, 1))
        menu.addSeparator()
        menu.addAction("Close", lambda: self.close_requested.emit(entry_id))
        return menu
