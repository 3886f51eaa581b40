"""The summary: numbered sentences; choosing one reveals it in the article."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.counts import counted
from briefing.gui import palette as colours
from briefing.gui.views.article import reading_font
from briefing.model import Briefing, Evidence


class SummaryView(QWidget):
    """A caption (length, algorithm) over the list of chosen sentences."""

    evidence_chosen = Signal(object)  # tuple[Evidence, ...]

    def __init__(self) -> None:
        super().__init__()
        self.caption = QLabel()
        self.caption.setContentsMargins(12, 10, 12, 4)
        self.caption.setStyleSheet(f"color: {colours.muted(self.palette()).name()};")
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(6)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setFont(reading_font(1))
        self.list.setFrameShape(QListWidget.Shape.NoFrame)
        self.list.setAcceptDrops(False)
        self.list.setAccessibleName("Summary sentences")
        self.list.setAccessibleDescription("Choose a sentence to see it in the article")
        self.list.itemClicked.connect(self._chosen)
        self.list.currentItemChanged.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        layout.addWidget(self.list, 1)

    def count(self) -> int:
        return self.list.count()

    def show_briefing(self, briefing: Briefing) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for n, s in enumerate(briefing.summary.sentences, 1):
            item = QListWidgetItem(f"{n}.  {s.text}")
            item.setData(Qt.ItemDataRole.UserRole, (Evidence(s.index, s.start, s.end),))
            item.setToolTip("Show this sentence in the article")
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.caption.setText(caption(briefing))

    def text(self) -> str:
        """The summary as plain text, one numbered sentence a paragraph (for the clipboard)."""
        return "\n\n".join(self.list.item(i).text() for i in range(self.list.count()))

    def choose(self, row: int) -> None:
        item = self.list.item(row)
        if item is not None:
            self.list.setCurrentItem(item)
            self._chosen(item)

    def _chosen(self, item: QListWidgetItem | None, *_: object) -> None:
        if item is not None:
            self.evidence_chosen.emit(item.data(Qt.ItemDataRole.UserRole))


def caption(briefing: Briefing) -> str:
    """ "3 of 16 sentences · 96 words (30% of the article's words) · auto: news lede", or
    why the summary is empty."""
    summary = briefing.summary
    chosen = summary.sentences
    if not chosen:
        from briefing.summarize.length import describe

        return describe(briefing)
    words = sum(len(s.text.split()) for s in chosen)
    total = briefing.article.word_count
    share = f" ({round(100 * words / total)}% of the article's words)" if total else ""
    how = f"{summary.algorithm}: {summary.method}" if summary.method else summary.algorithm
    asked = ""
    if summary.length.mode == "ratio":
        asked = f" · asked for {round(100 * summary.length.value)}% of its words"
    elif summary.word_budget is not None:
        asked = f" · budget {summary.word_budget} words"
    return (
        f"{len(chosen)} of {counted(len(briefing.doc.sentences), 'sentence')} · "
        f"{counted(words, 'word')}{share}"
        f"{asked} · {how}"
    )
