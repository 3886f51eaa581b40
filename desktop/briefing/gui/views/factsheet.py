"""The fact sheet as tables; choosing a row reveals its evidence in the article. Rows copy
as tab-separated text (Ctrl+C, context menu); the timeline says dates in words."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefing.gui.dates import in_words, needs_published_date
from briefing.model import Briefing, Evidence
from briefing.timex import quoted_list


@dataclass(frozen=True)
class Coded:
    """A cell shown in words that sorts and explains itself by a code ("2018-W37-WE")."""

    text: str
    code: str

    def __str__(self) -> str:
        return self.text


Cell = str | int | Coded
Row = tuple[Sequence[Cell], tuple[Evidence, ...]]
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

# Table name -> column headers, and which column takes the spare width (long text).
FACT_HEADERS: dict[str, tuple[str, ...]] = {
    "Actors": ("Name", "Type", "Roles", "Mentions"),
    "Locations": ("Name", "Type", "Country", "Mentions"),
    "Quotes": ("Quote", "Speaker", "Found by"),
    "Timeline": ("Date", "As written", "Sentence"),
}
STRETCH_COLUMN = {"Actors": 0, "Locations": 0, "Quotes": 0, "Timeline": 2}
EVIDENCE_ROLE = Qt.ItemDataRole.UserRole
# Above this many rows a table keeps one line a row (measuring wrapped rows took seconds for
# a long document's thousand quotes); the full text is in each cell's tooltip.
WRAP_LIMIT = 200
MAX_COLUMN_WIDTH = 220
MIN_COLUMN_WIDTH = 60


class _Item(QTableWidgetItem):
    """Sorts by its code when it has one (dates), else as Qt does (numbers as numbers)."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is not None and theirs is not None:
            return bool(mine < theirs)
        return super().__lt__(other)


class FactTable(QTableWidget):
    """One list of facts; numbers sort as numbers, every row keeps its evidence."""

    evidence_chosen = Signal(object)  # tuple[Evidence, ...]

    def __init__(self, headers: Sequence[str], stretch: int, name: str = "Facts") -> None:
        super().__init__(0, len(headers))
        self.stretch = stretch
        self.name = name
        self._content_widths: dict[int, int] = {}  # short columns' widths unwrapped
        self.setAccessibleName(f"{name} table")
        self.setAccessibleDescription(
            "Choose a row to see where the article says it; Ctrl+C copies the selected rows"
        )
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
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
            mode = QHeaderView.ResizeMode.Interactive  # sized to contents in fill(), capped
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
                item = _Item()
                if isinstance(value, Coded):
                    item.setData(Qt.ItemDataRole.DisplayRole, value.text)
                    item.setData(SORT_ROLE, value.code)
                    item.setToolTip(value.code)
                else:
                    item.setData(Qt.ItemDataRole.DisplayRole, value)
                    if isinstance(value, str) and (len(value) > 20 or len(rows) > WRAP_LIMIT):
                        item.setToolTip(value)
                item.setData(EVIDENCE_ROLE, evidence)
                self.setItem(r, c, item)
        self.blockSignals(False)
        # Rows keep the extractor's order until the user sorts by a column.
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self._content_widths = {}
        for column in range(self.columnCount()):
            if column != self.stretch:
                self.resizeColumnToContents(column)
                self._content_widths[column] = self.columnWidth(column)
        self.setWordWrap(len(rows) <= WRAP_LIMIT)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Short columns get their contents' width, capped, and together at most 60% of the
        table, so the long-text column keeps room to be read (a sentence wrapped two words a
        line makes rows taller than the pane). Short contents ("person", a count) keep their
        width; the wider columns share what is left."""
        widths = {c: min(w, MAX_COLUMN_WIDTH) for c, w in self._content_widths.items()}
        room = self.viewport().width() * 3 // 5
        if room > 0 and sum(widths.values()) > room:
            for n, column in enumerate(sorted(widths, key=widths.__getitem__)):
                fair = room // (len(widths) - n)
                widths[column] = max(MIN_COLUMN_WIDTH, min(widths[column], fair))
                room -= widths[column]
        for column, width in widths.items():
            self.setColumnWidth(column, width)
        if self.wordWrap() and self.rowCount():
            self.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_columns()  # and wrapped text needs new row heights at a new width

    def select_named(self, name: str) -> None:
        """Select the row whose first cell is `name` (a map marker chosen), without choosing
        its evidence again: the marker has already shown it in the article."""
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            if item is not None and item.text() == name:
                self.blockSignals(True)
                self.selectRow(row)
                self.blockSignals(False)
                self.scrollToItem(item)
                return

    def evidence_at(self, row: int) -> tuple[Evidence, ...]:
        item = self.item(row, 0)
        return tuple(item.data(EVIDENCE_ROLE) or ()) if item is not None else ()

    def _chosen(self) -> None:
        row = self.currentRow()
        if row >= 0:
            self.evidence_chosen.emit(self.evidence_at(row))

    # --- copying ------------------------------------------------------------------------

    def rows_text(self, rows: Sequence[int], headers: bool = False) -> str:
        """Tab-separated text of `rows` (in the order shown), one line a row."""
        lines = []
        if headers:
            lines.append(
                "\t".join(self.horizontalHeaderItem(c).text() for c in range(self.columnCount()))
            )
        for r in sorted(rows):
            cells = (self.item(r, c) for c in range(self.columnCount()))
            lines.append("\t".join(_clean(i.text()) if i else "" for i in cells))
        return "\n".join(lines)

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.selectedIndexes()})

    def copy_selection(self) -> None:
        rows = self.selected_rows() or ([self.currentRow()] if self.currentRow() >= 0 else [])
        if rows:
            QGuiApplication.clipboard().setText(self.rows_text(rows))

    def copy_table(self) -> None:
        QGuiApplication.clipboard().setText(self.rows_text(range(self.rowCount()), headers=True))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt API)
        self.context_menu(event.pos()).exec(event.globalPos())

    def context_menu(self, pos: QPoint) -> QMenu:
        row = self.rowAt(pos.y())
        if row >= 0 and row not in self.selected_rows():
            self.selectRow(row)
        menu = QMenu(self)
        selected = self.selected_rows()
        copy = menu.addAction("Copy selected rows", self.copy_selection)
        copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        copy.setEnabled(bool(selected))
        menu.addAction("Copy the whole table", self.copy_table).setEnabled(self.rowCount() > 0)
        menu.addSeparator()
        show = menu.addAction("Show in the article", self._chosen)
        show.setEnabled(bool(selected))
        return menu


class TimelinePanel(QWidget):
    """The published date the timeline is placed against (found, or set by the user), a
    notice naming the dates that need one, and the timeline table."""

    def __init__(self, table: FactTable) -> None:
        super().__init__()
        self.table = table
        self.use_published = QCheckBox("Use my published date:")
        self.use_published.setToolTip(
            'Place relative dates ("on Monday", "last week") against this date instead of '
            "the one found in the article"
        )
        self.published = QDateEdit(QDate.currentDate())
        self.published.setCalendarPopup(True)
        self.published.setDisplayFormat("d MMM yyyy")
        self.published.setAccessibleName("Published date")
        self.published.setEnabled(False)
        self.use_published.toggled.connect(self.published.setEnabled)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.set_date_button = QPushButton("Set published date")
        self.set_date_button.setToolTip("Choose the day the article was published")
        self.set_date_button.clicked.connect(self.ask_for_date)
        controls = QHBoxLayout()
        controls.setContentsMargins(8, 6, 8, 0)
        controls.addWidget(self.use_published)
        controls.addWidget(self.published)
        controls.addStretch(1)
        unplaced = QHBoxLayout()
        unplaced.setContentsMargins(8, 0, 8, 0)
        unplaced.addWidget(self.notice, 1)
        unplaced.addWidget(self.set_date_button, 0, Qt.AlignmentFlag.AlignTop)
        self.unplaced_row = QWidget()
        self.unplaced_row.setLayout(unplaced)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.unplaced_row)
        layout.addWidget(table, 1)
        self.unplaced_row.hide()

    def show_briefing(self, briefing: Briefing) -> None:
        waiting = [d.text for d in briefing.facts.dates if needs_published_date(d)]
        if waiting and briefing.published is None:
            named = quoted_list(waiting, 4)
            self.notice.setText(
                f"{len(waiting)} date{'s' if len(waiting) > 1 else ''} cannot be placed without "
                f"the day the article was published: {named}."
            )
            self.unplaced_row.show()
        else:
            self.unplaced_row.hide()

    def ask_for_date(self) -> None:
        """Turn the date on (which re-analyses against it) and hand the user its field."""
        self.use_published.setChecked(True)
        self.published.setFocus()


class FactSheetView(QTabWidget):
    """Summary first, then one tab per fact table, each labelled with its count; the places
    tab holds the map above its table."""

    evidence_chosen = Signal(object)

    def __init__(self, summary: QWidget, places_map: QWidget | None = None) -> None:
        super().__init__()
        self.setDocumentMode(True)
        self.setUsesScrollButtons(True)  # arrows only when the pane is narrower than its tabs
        self.addTab(summary, "Summary")
        self.tables: dict[str, FactTable] = {}
        for name, headers in FACT_HEADERS.items():
            table = FactTable(headers, STRETCH_COLUMN[name], name)
            table.evidence_chosen.connect(self.evidence_chosen)
            self.tables[name] = table
        self.timeline = TimelinePanel(self.tables["Timeline"])
        self.places_map = places_map
        for name, table in self.tables.items():
            page: QWidget = table
            if name == "Timeline":
                page = self.timeline
            elif name == "Locations" and places_map is not None:
                split = QSplitter(Qt.Orientation.Vertical)
                split.setChildrenCollapsible(False)
                split.addWidget(places_map)
                chosen = getattr(places_map, "place_chosen", None)
                if chosen is not None:
                    chosen.connect(table.select_named)
                split.addWidget(table)
                split.setSizes([300, 300])
                page = split
            self.addTab(page, name)
        self._unfilled: dict[str, Briefing] = {}
        self.currentChanged.connect(self._fill_current)

    def show_briefing(self, briefing: Briefing) -> None:
        """Count every table's rows now; fill a table when its tab is first shown."""
        self._unfilled = dict.fromkeys(FACT_HEADERS, briefing)
        for i, name in enumerate(FACT_HEADERS, 1):
            self.setTabText(i, tab_label(briefing, name))
        self.timeline.show_briefing(briefing)
        self._fill_current()

    def _fill_current(self, *_: object) -> None:
        index = self.currentIndex()
        if 1 <= index <= len(FACT_HEADERS):
            self.fill(list(FACT_HEADERS)[index - 1])

    def fill(self, name: str) -> None:
        briefing = self._unfilled.pop(name, None)
        if briefing is not None:
            self.tables[name].fill(TABLE_ROWS[name](briefing))

    def fill_all(self) -> None:
        for name in list(self._unfilled):
            self.fill(name)


def fact_rows(briefing: Briefing) -> dict[str, list[Row]]:
    """The rows of each fact table, with the evidence each row points to."""
    return {name: rows(briefing) for name, rows in TABLE_ROWS.items()}


def _actor_rows(briefing: Briefing) -> list[Row]:
    return [
        ([a.name, a.type, ", ".join(a.roles), a.mentions], a.evidence)
        for a in briefing.facts.actors
    ]


def _place_rows(briefing: Briefing) -> list[Row]:
    return [
        ([p.name, p.type, p.country or "", p.mentions], p.evidence)
        for p in briefing.facts.locations
    ]


def _quote_rows(briefing: Briefing) -> list[Row]:
    return [
        (
            [f"…{q.text}…" if q.partial else q.text, q.attribution, q.found_by],
            (Evidence(q.sentence, q.start, q.end),),
        )
        for q in briefing.facts.quotes
    ]


def _timeline_rows(briefing: Briefing) -> list[Row]:
    sentences = briefing.doc.sentences

    def sentence(i: int | None) -> str:
        if i is None:
            return "(dateline)"
        return sentences[i].text if 0 <= i < len(sentences) else ""

    return [
        ([Coded(in_words(d.value), d.value or ""), d.text, sentence(d.sentence)], d.evidence)
        for d in briefing.facts.listed_dates
    ]


# Each table's rows, made when the table is first shown (a long article's thousands of
# dates in words took tens of ms, for tables the user may never open).
TABLE_ROWS: dict[str, Callable[[Briefing], list[Row]]] = {
    "Actors": _actor_rows,
    "Locations": _place_rows,
    "Quotes": _quote_rows,
    "Timeline": _timeline_rows,
}


def row_count(briefing: Briefing, name: str) -> int:
    facts = briefing.facts
    return {
        "Actors": lambda: len(facts.actors),
        "Locations": lambda: len(facts.locations),
        "Quotes": lambda: len(facts.quotes),
        "Timeline": lambda: len(facts.listed_dates),
    }[name]()


def tab_label(briefing: Briefing, name: str) -> str:
    """ "Actors (6)"; the timeline also counts the dates it could not place for want of a
    publication date ("Timeline (0, 4 unplaced)"), so a user sees them waiting in the tab."""
    shown = f"{row_count(briefing, name):,}"
    waiting = len(briefing.facts.unplaced) if name == "Timeline" and not briefing.published else 0
    return f"{name} ({shown}, {waiting:,} unplaced)" if waiting else f"{name} ({shown})"


def _clean(text: str) -> str:
    """A cell as one line of tab-separated text."""
    return " ".join(text.split())
