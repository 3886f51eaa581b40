"""The views of one briefing: article text with highlights, summary list, fact tables."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
)

from briefing.model import Briefing, Evidence

SUMMARY_BACKGROUND = QColor("#fff1a8")
EVIDENCE_BACKGROUND = QColor("#b9dcff")


class ArticleView(QTextEdit):
    """The analysed text; offsets in the model are positions here (plain text)."""

    def __init__(self) -> None:
        super().__init__()
        self.setReadOnly(True)
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.document().setDocumentMargin(18)
        self._briefing: Briefing | None = None

    def show_briefing(self, briefing: Briefing) -> None:
        self._briefing = briefing
        self.setPlainText(briefing.article.text)
        fmt = QTextCharFormat()
        fmt.setBackground(SUMMARY_BACKGROUND)
        for s in briefing.summary.sentences:
            self._format(s.start, s.end, fmt)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _format(self, start: int, end: int, fmt: QTextCharFormat) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)

    def reveal(self, evidence: Sequence[Evidence]) -> None:
        """Select the first piece of evidence and mark all of it."""
        if self._briefing is None or not evidence:
            return
        self.show_briefing(self._briefing)
        fmt = QTextCharFormat()
        fmt.setBackground(EVIDENCE_BACKGROUND)
        for e in evidence:
            self._format(e.start, e.end, fmt)
        cursor = QTextCursor(self.document())
        cursor.setPosition(evidence[0].start)
        cursor.setPosition(evidence[0].end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()


class SourceView(QPlainTextEdit):
    """What the file held, and what was set aside as page furniture."""

    def __init__(self) -> None:
        super().__init__()
        self.setReadOnly(True)

    def show_briefing(self, briefing: Briefing) -> None:
        article = briefing.article
        lines = [article.raw_text.strip(), ""]
        if article.clutter:
            lines += ["— Set aside as page furniture —"]
            lines += [f"[{c.kind}] {c.text}" for c in article.clutter]
        self.setPlainText("\n".join(lines))


class SummaryView(QListWidget):
    evidence_chosen = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setSpacing(4)
        self.currentItemChanged.connect(self._chosen)

    def show_briefing(self, briefing: Briefing) -> None:
        self.clear()
        for n, s in enumerate(briefing.summary.sentences, 1):
            item = QListWidgetItem(f"{n}. {s.text}")
            item.setData(Qt.ItemDataRole.UserRole, (Evidence(s.index, s.start, s.end),))
            self.addItem(item)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.evidence_chosen.emit(item.data(Qt.ItemDataRole.UserRole))


class FactTable(QTableWidget):
    """One fact list as a table; choosing a row reveals its evidence in the article."""

    evidence_chosen = Signal(object)

    def __init__(self, headers: Sequence[str]) -> None:
        super().__init__(0, len(headers))
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.currentCellChanged.connect(self._chosen)
        self._evidence: list[tuple[Evidence, ...]] = []

    def fill(self, rows: Sequence[tuple[Sequence[str], tuple[Evidence, ...]]]) -> None:
        self.setRowCount(0)
        self._evidence = []
        for cells, evidence in rows:
            r = self.rowCount()
            self.insertRow(r)
            for c, text in enumerate(cells):
                self.setItem(r, c, QTableWidgetItem(text))
            self._evidence.append(evidence)
        self.resizeRowsToContents()

    def _chosen(self, row: int, *_: int) -> None:
        if 0 <= row < len(self._evidence):
            self.evidence_chosen.emit(self._evidence[row])


def fact_rows(briefing: Briefing) -> dict[str, list[tuple[list[str], tuple[Evidence, ...]]]]:
    """The rows of each fact table, with the evidence each row points to."""
    facts, doc = briefing.facts, briefing.doc

    def sentence(i: int) -> str:
        return doc.sentences[i].text if 0 <= i < len(doc.sentences) else ""

    return {
        "Actors": [
            ([a.name, a.type, ", ".join(a.roles), str(a.mentions)], a.evidence)
            for a in facts.actors
        ],
        "Locations": [
            ([p.name, p.type, p.country or "", str(p.mentions)], p.evidence)
            for p in facts.locations
        ],
        "Quotes": [
            (
                [q.text, q.speaker or "unattributed", q.cue or ""],
                (Evidence(q.sentence, q.start, q.end),),
            )
            for q in facts.quotes
        ],
        "Timeline": [
            ([d.value or "", d.text, sentence(d.sentence)], (Evidence(d.sentence, d.start, d.end),))
            for d in facts.timeline
        ],
    }


FACT_HEADERS = {
    "Actors": ("Name", "Type", "Roles", "Mentions"),
    "Locations": ("Name", "Type", "Country", "Mentions"),
    "Quotes": ("Quote", "Speaker", "Cue"),
    "Timeline": ("Date", "Expression", "Sentence"),
}
