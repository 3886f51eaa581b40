"""The fact sheet as tables; choosing a row reveals its evidence in the article."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from briefing.model import Briefing, Evidence

Cell = str | int
Row = tuple[Sequence[Cell], tuple[Evidence, ...]]

# Table name -> column headers, and which column takes the spare width (long text).
FACT_HEADERS: dict[str, tuple[str, ...]] = {
    "Actors": ("Name", "Type", "Roles", "Mentions"),
    "Locations": ("Name", "Type", "Country", "Mentions"),
    "Quotes": ("Quote", "Speaker", "Found by"),
    "Timeline": ("Date", "As written", "Sentence"),
}
STRETCH_COLUMN = {"Actors": 2, "Locations": 0, "Quotes": 0, "Timeline": 2}
EVIDENCE_ROLE = Qt.ItemDataRole.UserRole


class FactTable(QTableWidget):
    """One list of facts; numbers sort as numbers, every row keeps its evidence."""

    evidence_chosen = Signal(object)  # tuple[Evidence, ...]

    def __init__(self, headers: Sequence[str], stretch: int) -> None:
        super().__init__(0, len(headers))
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setAcceptDrops(False)
        self.setStyleSheet("QTableView::item { padding: 4px 6px; }")
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in range(len(headers)):
            mode = QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch if column == stretch else mode
            )
        self.itemSelectionChanged.connect(self._chosen)
        self.cellClicked.connect(lambda *_: self._chosen())

    def fill(self, rows: Sequence[Row]) -> None:
        self.setSortingEnabled(False)
        self.blockSignals(True)
        self.clearContents()
        self.setRowCount(len(rows))
        for r, (cells, evidence) in enumerate(rows):
            for c, value in enumerate(cells):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.DisplayRole, value)
                item.setData(EVIDENCE_ROLE, evidence)
                if isinstance(value, str) and len(value) > 60:
                    item.setToolTip(value)
                self.setItem(r, c, item)
        self.blockSignals(False)
        # Rows keep the extractor's order until the user sorts by a column.
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.resizeRowsToContents()

    def evidence_at(self, row: int) -> tuple[Evidence, ...]:
        item = self.item(row, 0)
        return tuple(item.data(EVIDENCE_ROLE) or ()) if item is not None else ()

    def _chosen(self) -> None:
        row = self.currentRow()
        if row >= 0:
            self.evidence_chosen.emit(self.evidence_at(row))

    def resizeEvent(self, event: object) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.resizeRowsToContents()  # wrapped text needs new row heights at a new width


class FactSheetView(QTabWidget):
    """Summary first, then one tab per fact table, each labelled with its count."""

    evidence_chosen = Signal(object)

    def __init__(self, summary: QWidget) -> None:
        super().__init__()
        self.setDocumentMode(True)
        self.setUsesScrollButtons(False)  # every tab stays in sight; the pane is as wide
        self.addTab(summary, "Summary")
        self.tables: dict[str, FactTable] = {}
        for name, headers in FACT_HEADERS.items():
            table = FactTable(headers, STRETCH_COLUMN[name])
            table.evidence_chosen.connect(self.evidence_chosen)
            self.tables[name] = table
            self.addTab(table, name)

    def show_briefing(self, briefing: Briefing) -> None:
        for i, (name, rows) in enumerate(fact_rows(briefing).items(), 1):
            self.tables[name].fill(rows)
            self.setTabText(i, f"{name} ({len(rows)})")


def fact_rows(briefing: Briefing) -> dict[str, list[Row]]:
    """The rows of each fact table, with the evidence each row points to."""
    facts, doc = briefing.facts, briefing.doc

    def sentence(i: int | None) -> str:
        if i is None:
            return "(dateline)"
        return doc.sentences[i].text if 0 <= i < len(doc.sentences) else ""

    return {
        "Actors": [
            ([a.name, a.type, ", ".join(a.roles), a.mentions], a.evidence) for a in facts.actors
        ],
        "Locations": [
            ([p.name, p.type, p.country or "", p.mentions], p.evidence) for p in facts.locations
        ],
        "Quotes": [
            (
                [f"…{q.text}…" if q.partial else q.text, q.attribution, q.found_by],
                (Evidence(q.sentence, q.start, q.end),),
            )
            for q in facts.quotes
        ],
        "Timeline": [
            ([d.value or "", d.text, sentence(d.sentence)], d.evidence) for d in facts.timeline
        ],
    }
