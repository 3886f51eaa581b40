"""The main window: builds widgets, starts workers, shows what they report.

Every slow step runs elsewhere: loading and analysing in the analysis process (which Cancel
terminates), exporting on the thread pool. The window keeps the list of open articles, the
one on show, and the jobs it is waiting for.
"""

from __future__ import annotations

import contextlib
import importlib.util
import logging
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QMimeData, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing.counts import counted
from briefing.gui import palette as colours
from briefing.gui import workers
from briefing.gui.entries import (
    ANALYSING,
    CANCELLED,
    DONE,
    FAILED,
    FRAGMENT,
    QUEUED,
    Entry,
    ReadingList,
    name_of,
)
from briefing.gui.settings import PAGE_SIZES, PDF_APPENDIX, Settings
from briefing.gui.views import ArticleView, FactSheetView, SourceView, SummaryView
from briefing.gui.views.article_list import ArticleList
from briefing.gui.views.places_map import PlacesMap
from briefing.model import Article, Briefing, Evidence, Length, Options
from briefing.timex import day_words

if TYPE_CHECKING:
    from briefing.gui.views.dossier_window import DossierWindow

log = logging.getLogger(__name__)

APP_NAME = "Article Briefing"
EMPTY_HEADLINE = "Drop a news article here"
EMPTY_DETAIL = (
    "text, Markdown, HTML, PDF or DOCX — several at once if you like — or press Ctrl+O to open one"
)
# Length mode -> (combo label, spin box range, step, suffix).
LENGTH_MODES: dict[str, tuple[str, tuple[int, int], int, str]] = {
    "sentences": ("sentences", (1, 200), 1, ""),
    "ratio": ("% of the words", (1, 100), 5, " %"),
    "words": ("words", (10, 5000), 10, ""),
}
REANALYSE_DELAY_MS = 400
STATUS_MESSAGE_MS = 8000


def _dialogs() -> Any:
    """The dialogs module, imported when first needed (with Qt's print support it held up
    the window's first paint)."""
    from briefing.gui import dialogs

    return dialogs


def _pdf_available() -> bool:
    try:
        return importlib.util.find_spec("briefing.export.pdf") is not None
    except ImportError:
        return False


class Banner(QFrame):
    """A message across the top of the window (an error, or news such as a saved export),
    with up to two buttons for what to do next."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("banner")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons: list[QPushButton] = []
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip("Dismiss")
        close.setAccessibleName("Dismiss message")
        close.clicked.connect(self.hide)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(12, 6, 6, 6)
        self._layout.addWidget(self.text, 1)
        self._layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def say(
        self,
        message: str,
        kind: str = "error",
        actions: Iterable[tuple[str, Callable[[], Any]]] = (),
    ) -> None:
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        for n, (label, slot) in enumerate(actions):
            button = QPushButton(label)
            button.clicked.connect(lambda *_, s=slot: s())
            self._layout.insertWidget(1 + n, button, 0, Qt.AlignmentFlag.AlignTop)
            self.buttons.append(button)
        if kind == "error":
            background, foreground = colours.mark(self.palette(), "error")
        else:
            background, foreground = colours.mark(self.palette(), "evidence")
        self.setStyleSheet(
            f"#banner {{ background: {background.name()}; border-radius: 6px; }}"
            f"#banner QLabel {{ color: {foreground.name()}; }}"
        )
        self.text.setText(message)
        self.setAccessibleName("Error" if kind == "error" else "Message")
        self.show()


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.briefing: Briefing | None = None
        self.last_error = ""
        self.articles = ReadingList()
        self._shown: int | None = None  # the entry on show
        self._follow: int | None = None  # the entry to show once it is analysed
        self._running: tuple[int, int] | None = None  # (job id, entry id) in the worker
        self._jobs = workers.Slots(changed=self._show_busy)  # "export": a thread-pool job
        self._job_ids = 0
        self._pdf = _pdf_available()
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl  # tests replace it
        self.worker = workers.analysis_worker()
        self.worker.progress.connect(self._on_progress)
        self.worker.finished.connect(self._on_done)
        self.worker.fragment.connect(self._on_fragment)
        self.worker.failed.connect(self._on_failed)
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self.resize(1280, 800)
        self._build_actions()
        self._build_body()
        self._build_menus()
        self._build_toolbar()
        self._build_status()
        self._rerun = QTimer(self)
        self._rerun.setSingleShot(True)
        self._rerun.setInterval(REANALYSE_DELAY_MS)
        self._rerun.timeout.connect(self.reanalyse)
        self._restore_geometry()
        self._restore_articles()

    # --- building -----------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda *_: slot())
        return action

    def _build_actions(self) -> None:
        self.open_action = self._action("&Open…", self.choose_file, QKeySequence.StandardKey.Open)
        self.open_action.setIconText("Open…")
        self.paste_action = self._action("&Paste article text…", self.paste_text, "Ctrl+Shift+V")
        self.paste_action.setIconText("Paste…")
        self.export_actions = {
            "pdf": self._action("Export &PDF…", lambda: self.choose_export("pdf"), "Ctrl+E"),
            "json": self._action(
                "Export &JSON…", lambda: self.choose_export("json"), "Ctrl+Shift+J"
            ),
            "md": self._action(
                "Export &Markdown…", lambda: self.choose_export("md"), "Ctrl+Shift+M"
            ),
        }
        for kind, short in (("pdf", "PDF"), ("json", "JSON"), ("md", "Markdown")):
            action = self.export_actions[kind]
            action.setIconText(short)  # the toolbar's shorter label
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"Export the briefing as {short} ({keys})")
        self.print_action = self._action(
            "P&rint…", self.choose_printer, QKeySequence.StandardKey.Print
        )
        self.print_action.setIconText("Print…")
        self.print_action.setToolTip("Print the briefing (Ctrl+P)")
        self.copy_action = self._action("&Copy summary", self.copy_summary, "Ctrl+Shift+C")
        self.find_action = self._action(
            "&Find in article…", self.open_find, QKeySequence.StandardKey.Find
        )
        self.find_next_action = self._action(
            "Find &next",
            lambda: self.article_view.find_bar.next(),
            QKeySequence.StandardKey.FindNext,
        )
        self.find_previous_action = self._action(
            "Find pre&vious",
            lambda: self.article_view.find_bar.previous(),
            QKeySequence.StandardKey.FindPrevious,
        )
        self.dossier_action = self._action(
            "&Dossier of the open articles", self.show_dossier, "Ctrl+Shift+D"
        )
        self.dossier_action.setIconText("Dossier")
        self.dossier_action.setToolTip(
            "Who, where, when and who said what across the open articles (Ctrl+Shift+D)"
        )
        self.reanalyse_action = self._action("&Re-analyse", self.reanalyse, "F5")
        self.cancel_action = self._action("Cancel", self.cancel, "Esc")
        self.close_article_action = self._action(
            "&Close article", self.close_shown, QKeySequence.StandardKey.Close
        )
        self.remember_action = QAction("Reopen these articles next time", self, checkable=True)
        self.remember_action.setChecked(self.settings.remember_articles)
        self.remember_action.toggled.connect(self._set_remember)
        self.quit_action = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        self.help_action = self._action(
            "Article Briefing &Help",
            lambda: _dialogs().show_help(self),
            QKeySequence.StandardKey.HelpContents,
        )
        self.about_action = self._action(
            "&About Article Briefing", lambda: _dialogs().show_about(self)
        )
        for action in (self.cancel_action, self.find_next_action, self.find_previous_action):
            self.addAction(action)  # shortcuts that work wherever the focus is
        self._enable_briefing_actions()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.open_action)
        self.recent_menu = QMenu("Open &Recent", self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.paste_action)
        file_menu.addAction(self.close_article_action)
        file_menu.addSeparator()
        for action in self.export_actions.values():
            file_menu.addAction(action)
        self.page_size_actions = self._choice_menu(
            file_menu.addMenu("PDF page si&ze"),
            {size: size for size in PAGE_SIZES},
            self.settings.page_size,
            self._set_page_size,
        )
        self.appendix_actions = self._choice_menu(
            file_menu.addMenu("PDF &appendix (full fact sheet and article)"),
            {choice: label for choice, (label, _) in PDF_APPENDIX.items()},
            self.settings.pdf_appendix,
            self._set_pdf_appendix,
        )
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        file_menu.addAction(self.remember_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addAction(self.copy_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.find_next_action)
        edit_menu.addAction(self.find_previous_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.reanalyse_action)
        view_menu = bar.addMenu("&View")
        self.list_action = QAction("&Article list", self, checkable=True)
        self.list_action.setShortcut(QKeySequence("Ctrl+L"))
        self.list_action.toggled.connect(self.article_list.setVisible)
        view_menu.addAction(self.list_action)
        view_menu.addAction(self.dossier_action)
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.help_action)
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        bar = QToolBar("Briefing")
        bar.setObjectName("briefing-toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(bar)
        self.toolbar = bar
        bar.addAction(self.open_action)
        bar.addAction(self.paste_action)
        bar.addSeparator()
        bar.addWidget(QLabel(" Summary: "))
        self.length_value = QSpinBox()
        self.length_value.setToolTip("How long the summary should be")
        self.length_value.setAccessibleName("Summary length")
        self.length_mode = QComboBox()
        self.length_mode.setAccessibleName("Summary length unit")
        for key, (label, *_) in LENGTH_MODES.items():
            self.length_mode.addItem(label, key)
        self.length_mode.setCurrentIndex(self.length_mode.findData(self.settings.length_mode))
        self._apply_length_mode()
        self.length_mode.currentIndexChanged.connect(self._length_mode_changed)
        self.length_value.valueChanged.connect(self._length_value_changed)
        self.algorithm = QComboBox()
        self.algorithm.setToolTip("How sentences are chosen (auto is tuned for news)")
        self.algorithm.setAccessibleName("Summary algorithm")
        # The analysis process names the algorithms once it is up (importing the summarisers
        # here would hold up the window's first paint by seconds).
        self._fill_algorithms(self.worker.algorithms or ("auto", self.settings.algorithm))
        self.worker.algorithms_known.connect(self._fill_algorithms)
        self.algorithm.currentTextChanged.connect(self._algorithm_changed)
        for widget in (self.length_value, self.length_mode, QLabel(" using "), self.algorithm):
            bar.addWidget(widget)
        bar.addSeparator()
        bar.addWidget(QLabel(" Export: "))
        for action in self.export_actions.values():
            bar.addAction(action)
        bar.addAction(self.print_action)
        bar.addSeparator()
        bar.addAction(self.dossier_action)

    def _build_body(self) -> None:
        self.article_view = ArticleView()
        self.source_view = SourceView()
        self.left_tabs = QTabWidget()
        self.left_tabs.setDocumentMode(True)
        self.left_tabs.addTab(self.article_view, "Article")
        self.left_tabs.addTab(self.source_view, "Source")
        self.summary_view = SummaryView()
        self.places_map = PlacesMap()
        self.facts_view = FactSheetView(self.summary_view, self.places_map)
        self.tables = self.facts_view.tables
        self.use_published = self.facts_view.timeline.use_published
        self.published = self.facts_view.timeline.published
        self.use_published.toggled.connect(self._published_changed)
        self.published.dateChanged.connect(self._published_changed)
        self.summary_view.evidence_chosen.connect(self.reveal)
        self.facts_view.evidence_chosen.connect(self.reveal)
        self.places_map.evidence_chosen.connect(self.reveal)
        self.splitter = QSplitter()
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.left_tabs)
        self.splitter.addWidget(self.facts_view)
        self.splitter.setStretchFactor(0, 11)
        self.splitter.setStretchFactor(1, 9)
        self.empty = self._empty_state()
        self.pending = self._pending_page()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.pending)
        self.stack.addWidget(self.splitter)
        self.article_list = ArticleList()
        self.article_list.setMinimumWidth(120)
        self.article_list.chosen.connect(self.show_entry_id)
        self.article_list.close_requested.connect(self.close_entry)
        self.article_list.retry_requested.connect(self.retry)
        self.article_list.move_requested.connect(self._move_entry)
        self.article_list.reordered.connect(self._reordered)
        self.article_list.hide()
        self.outer = QSplitter()
        self.outer.setChildrenCollapsible(False)
        self.outer.addWidget(self.article_list)
        self.outer.addWidget(self.stack)
        self.outer.setStretchFactor(1, 1)
        self.banner = Banner()
        self.banner_text = self.banner.text
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.outer, 1)
        self.setCentralWidget(body)
        self.setTabOrder(self.article_list, self.left_tabs)

    def _empty_state(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("empty")
        accent = colours.accent(self.palette()).name()
        frame.setStyleSheet(
            "#empty { border: 2px dashed palette(mid); border-radius: 12px; margin: 24px; }"
            f'#empty[dragging="true"] {{ border-color: {accent}; }}'
        )
        headline = QLabel(EMPTY_HEADLINE)
        headline.setStyleSheet("font-size: 22pt; border: none;")
        detail = QLabel(EMPTY_DETAIL)
        detail.setStyleSheet(
            f"font-size: 12pt; color: {colours.muted(self.palette()).name()}; border: none;"
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for text, slot in (("Open…", self.choose_file), ("Paste text…", self.paste_text)):
            button = QPushButton(text)
            button.setMinimumWidth(120)
            button.clicked.connect(lambda *_, s=slot: s())
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(frame)
        layout.addStretch(1)
        for label in (headline, detail):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addSpacing(18)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.empty_text = f"{EMPTY_HEADLINE}\n{EMPTY_DETAIL}"
        return frame

    def _pending_page(self) -> QFrame:
        """What an article not analysed (yet) shows: its state and what can be done."""
        frame = QFrame()
        self.pending_title = QLabel()
        self.pending_title.setStyleSheet("font-size: 16pt;")
        self.pending_title.setWordWrap(True)
        self.pending_state = QLabel()
        self.pending_state.setWordWrap(True)
        self.pending_retry = QPushButton("Analyse again")
        self.pending_retry.clicked.connect(lambda *_: self._shown and self.retry(self._shown))
        self.pending_close = QPushButton("Close this article")
        self.pending_close.clicked.connect(lambda *_: self.close_shown())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.pending_retry)
        buttons.addWidget(self.pending_close)
        buttons.addStretch(1)
        layout = QVBoxLayout(frame)
        layout.addStretch(1)
        for label in (self.pending_title, self.pending_state):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return frame

    def _build_status(self) -> None:
        self.status_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(140)
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName("Analysis progress")
        self.stage_label = QLabel()
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop the analysis and every queued article (Esc)")
        self.cancel_button.clicked.connect(self.cancel)
        status = self.statusBar()
        status.addWidget(self.status_label, 1)
        status.addPermanentWidget(self.stage_label)
        status.addPermanentWidget(self.progress)
        status.addPermanentWidget(self.cancel_button)
        self._show_busy()

    def _restore_geometry(self) -> None:
        geometry = self.settings.geometry("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = self.settings.geometry("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([700, 580])
        self.outer.setSizes([200, 1080])

    # --- options ------------------------------------------------------------------------

    def options(self) -> Options:
        """The options the toolbar and the published date on show stand for."""
        return self.options_for(self.articles.get(self._shown))

    def options_for(self, entry: Entry | None) -> Options:
        mode = str(self.length_mode.currentData())
        value = self.length_value.value()
        length = Length("ratio", value / 100) if mode == "ratio" else Length(mode, value)  # type: ignore[arg-type]
        published = entry.published if entry is not None else None
        return Options(length=length, algorithm=self.algorithm.currentText(), published=published)

    def _fill_algorithms(self, names: tuple[str, ...]) -> None:
        chosen = self.settings.algorithm
        self.algorithm.blockSignals(True)
        self.algorithm.clear()
        self.algorithm.addItems(list(dict.fromkeys(names)))
        self.algorithm.setCurrentText(chosen if chosen in names else "auto")
        self.algorithm.blockSignals(False)

    def _apply_length_mode(self) -> None:
        """Range, step and suffix of the spin box for the chosen mode, at its last value."""
        mode = str(self.length_mode.currentData())
        _, (low, high), step, suffix = LENGTH_MODES[mode]
        self.length_value.blockSignals(True)
        self.length_value.setRange(low, high)
        self.length_value.setSingleStep(step)
        self.length_value.setSuffix(suffix)
        self.length_value.setValue(self.settings.length_value(mode))
        self.length_value.blockSignals(False)

    def _length_mode_changed(self) -> None:
        self.settings.length_mode = str(self.length_mode.currentData())
        self._apply_length_mode()
        self._options_changed()

    def _length_value_changed(self, value: int) -> None:
        self.settings.set_length_value(str(self.length_mode.currentData()), value)
        self._options_changed()

    def _algorithm_changed(self, name: str) -> None:
        self.settings.algorithm = name
        self._options_changed()

    def _published_changed(self, *_: object) -> None:
        entry = self.articles.get(self._shown)
        if entry is None:
            return
        entry.published = (
            self.published.date().toPython() if self.use_published.isChecked() else None  # type: ignore[assignment]
        )
        self._options_changed()

    def _options_changed(self) -> None:
        """Re-analyse once the user stops changing options (debounced)."""
        if self._shown is not None:
            self._rerun.start()

    def _choice_menu(
        self, menu: QMenu, labels: dict[str, str], current: str, choose: Callable[[str], None]
    ) -> dict[str, QAction]:
        """One checkable action per choice in `menu`, exclusive, the current one checked."""
        group = QActionGroup(self)
        actions: dict[str, QAction] = {}
        for value, label in labels.items():
            action = QAction(label, self, checkable=True)
            action.setChecked(value == current)
            action.triggered.connect(lambda _=False, v=value: choose(v))
            group.addAction(action)
            menu.addAction(action)
            actions[value] = action
        return actions

    def _set_page_size(self, size: str) -> None:
        self.settings.page_size = size

    def _set_pdf_appendix(self, choice: str) -> None:
        self.settings.pdf_appendix = choice

    # --- opening ------------------------------------------------------------------------

    def open_path(self, path: str | Path) -> None:
        """Queue a file for analysis and show it when done (Open, recent files, a drop)."""
        self.open_paths([path])

    def open_paths(self, paths: Iterable[str | Path], follow: bool = True) -> None:
        """Queue several files; the first is shown once analysed."""
        first = None
        for path in paths:
            path = Path(path)
            self.settings.last_folder = str(path.parent)
            entry = self.articles.add(path, name_of(path))
            first = first or entry
        if first is not None and follow:
            self._follow = first.id
        self._list_changed()
        self._schedule()

    def open_text(self, text: str) -> None:
        """Analyse pasted or dropped text as an article."""
        entry = self.articles.add(text, name_of(text))
        self._follow = entry.id
        self._list_changed()
        self._schedule()

    def reanalyse(self) -> None:
        """Analyse the article on show again with the current options (not re-read)."""
        self._rerun.stop()
        entry = self.articles.get(self._shown)
        if entry is None:
            return
        if entry.status == ANALYSING:
            entry.stale = True
        else:
            entry.status = QUEUED
            self._schedule()

    def retry(self, entry_id: int) -> None:
        """Queue a failed, cancelled or fragment entry again (a fragment is analysed anyway)."""
        entry = self.articles.get(entry_id)
        if entry is None or entry.status == ANALYSING:
            return
        entry.force = entry.force or entry.status == FRAGMENT
        entry.status, entry.reason = QUEUED, ""
        self._follow = entry.id
        self.banner.hide()
        if self._shown == entry.id:
            self.show_entry(entry)
        self._list_changed()
        self._schedule()

    def analyse_anyway(self) -> None:
        """Analyse the fragment on show (or the one just reported) as an article."""
        entry_id = self._fragment_id
        if entry_id is not None:
            self.retry(entry_id)

    _fragment_id: int | None = None

    # --- the list of articles -----------------------------------------------------------

    def show_entry_id(self, entry_id: int) -> None:
        """The user chose an article in the list: it stays on show until they choose again."""
        entry = self.articles.get(entry_id)
        if entry is not None:
            self._follow = None
            self.show_entry(entry)

    def show_entry(self, entry: Entry) -> None:
        """Put an entry on show: its briefing, or its state while it has none."""
        self._shown = entry.id
        if entry.briefing is not None:
            self._show_briefing(entry.briefing)
            if entry.status == DONE and entry.briefing.options != self.options_for(entry):
                entry.status = QUEUED  # made with other options: bring it up to date
                self._schedule()
        else:
            self.briefing = None
            self._enable_briefing_actions()
            self.setWindowTitle(f"{APP_NAME} — {entry.name}")
            self.pending_title.setText(entry.name)
            self.status_label.clear()
            self.status_label.setToolTip("")
            self._show_pending(entry)
            self.stack.setCurrentWidget(self.pending)
        self._list_changed()

    def _show_pending(self, entry: Entry) -> None:
        self.pending_state.setText(entry.status_text())
        self.pending_retry.setVisible(entry.status in (FAILED, CANCELLED, FRAGMENT))
        self.pending_retry.setText(
            "Analyse anyway" if entry.status == FRAGMENT else "Analyse again"
        )

    def close_shown(self) -> None:
        if self._shown is not None:
            self.close_entry(self._shown)

    def close_entry(self, entry_id: int) -> None:
        """Close one article; its analysis, if running, is stopped."""
        if self._running is not None and self._running[1] == entry_id:
            self._running = None
            self.worker.cancel()
        entries = self.articles.entries
        index = next((i for i, e in enumerate(entries) if e.id == entry_id), -1)
        self.articles.remove(entry_id)
        if self._follow == entry_id:
            self._follow = None
        if self._shown == entry_id:
            self._shown = None
            rest = self.articles.entries
            if rest:
                self.show_entry(rest[min(index, len(rest) - 1)])
            else:
                self._show_empty()
        self._list_changed()
        self._schedule()

    def _show_empty(self) -> None:
        self.briefing = None
        self.setWindowTitle(APP_NAME)
        self.stack.setCurrentWidget(self.empty)
        self.status_label.clear()
        self._enable_briefing_actions()

    def _move_entry(self, entry_id: int, step: int) -> None:
        self.articles.move(entry_id, step)
        self._list_changed()

    def _reordered(self, ids: list[int]) -> None:
        self.articles.reorder(ids)
        self._list_changed()

    dossier_window: DossierWindow | None = None

    def show_dossier(self) -> None:
        """The dossier of the open articles, in a window of its own (imported on first use)."""
        if self.dossier_window is None:
            from briefing.gui.views.dossier_window import DossierWindow

            self.dossier_window = DossierWindow(self, self)
        self.dossier_window.open()

    def _list_changed(self) -> None:
        """Show the list's state; it appears by itself once two articles are open."""
        self.article_list.sync(self.articles.entries, self._shown)
        if self.dossier_window is not None:
            self.dossier_window.articles_changed()
        if len(self.articles.entries) > 1 and not self.list_action.isChecked():
            self.list_action.setChecked(True)
        self._remember()

    def _set_remember(self, on: bool) -> None:
        self.settings.remember_articles = on
        self._remember()

    def _remember(self) -> None:
        if self.settings.remember_articles:
            self.settings.open_articles = self.articles.paths()

    def _restore_articles(self) -> None:
        if self.settings.remember_articles:
            paths = [p for p in self.settings.open_articles if Path(p).is_file()]
            if paths:
                self.open_paths(paths)

    # --- analysing ----------------------------------------------------------------------

    def _schedule(self) -> None:
        """Start the next queued article when the analysis process is free."""
        if self._running is None:
            entry = self.articles.next_queued(self._shown)
            if entry is not None:
                self._job_ids = workers.next_job_id()
                entry.status, entry.stage, entry.percent, entry.stale = ANALYSING, "", 0, False
                self._running = (self._job_ids, entry.id)
                self.worker.submit(
                    self._job_ids, entry.source, self.options_for(entry), entry.force
                )
                self.stage_label.setText(f"Analysing {entry.name}…")
                self.progress.setValue(0)
                self._list_changed()
        self._show_busy()

    def _take(self, job_id: int) -> Entry | None:
        """The entry a finished job was for; None when the job is stale (cancelled, closed)."""
        if self._running is None or self._running[0] != job_id:
            return None
        entry = self.articles.get(self._running[1])
        self._running = None
        return entry

    def _on_progress(self, job_id: int, stage: str, percent: int) -> None:
        if self._running is None or self._running[0] != job_id:
            return
        entry = self.articles.get(self._running[1])
        if entry is None:
            return
        entry.stage, entry.percent = stage, percent
        self.stage_label.setText(f"{entry.name} — {stage}")
        self.progress.setValue(percent)
        self.article_list.sync(self.articles.entries, self._shown)
        if self._shown == entry.id and entry.briefing is None:
            self._show_pending(entry)

    def _on_done(self, job_id: int, briefing: Briefing) -> None:
        entry = self._take(job_id)
        if entry is not None:
            entry.source, entry.briefing = briefing.article, briefing
            entry.status = QUEUED if entry.stale else DONE
            if entry.path is not None:
                self.settings.add_recent(str(entry.path))
            if entry.id in (self._follow, self._shown) or self._shown is None:
                if self._follow == entry.id:
                    self._follow = None
                self._shown = entry.id
                self._show_briefing(briefing)
                self.banner.hide()
                self.last_error = ""
            self._list_changed()
        self._schedule()

    def _on_fragment(self, job_id: int, article: Article) -> None:
        entry = self._take(job_id)
        if entry is not None:
            entry.source = article
            entry.status = FRAGMENT
            from briefing.sources.fragments import letter_words

            words = letter_words(article)
            entry.reason = f"This looks like a fragment ({counted(words, 'word')}), not an article."
            if entry.id in (self._follow, self._shown) or self._shown is None:
                self._follow = None
                self._fragment_id = entry.id
                self.banner.say(
                    f"“{entry.name}”: {entry.reason} Analyse it anyway?",
                    "info",
                    [("Analyse anyway", self.analyse_anyway)],
                )
                if self._shown == entry.id:
                    self.show_entry(entry)
            self._list_changed()
        self._schedule()

    def _on_failed(self, job_id: int, message: str) -> None:
        entry = self._take(job_id)
        if entry is not None:
            entry.status, entry.reason = FAILED, message
            if entry.id in (self._follow, self._shown) or self._shown is None:
                self._follow = None
                self.show_error(message)
                if self._shown == entry.id and entry.briefing is None:
                    self.show_entry(entry)
            self._list_changed()
        self._schedule()

    def _show_briefing(self, briefing: Briefing) -> None:
        self.briefing = briefing
        article = briefing.article
        self.setWindowTitle(f"{APP_NAME} — {article.title}")
        for widget in (self.use_published, self.published):
            widget.blockSignals(True)
        self.use_published.setChecked(briefing.options.published is not None)
        self.published.setEnabled(briefing.options.published is not None)
        self.published.setDate(QDate(briefing.published or date.today()))
        for widget in (self.use_published, self.published):
            widget.blockSignals(False)
        self.article_view.show_briefing(briefing)
        self.source_view.show_briefing(briefing)
        self.summary_view.show_briefing(briefing)
        self.facts_view.show_briefing(briefing)
        self.places_map.show_briefing(briefing)
        self._enable_briefing_actions()
        self.stack.setCurrentWidget(self.splitter)
        self.status_label.setText(status_text(briefing))
        self.status_label.setToolTip(timings_text(briefing))

    def reveal(self, evidence: tuple[Evidence, ...]) -> None:
        """Show where a summary sentence or fact comes from in the article."""
        self.left_tabs.setCurrentWidget(self.article_view)
        self.article_view.reveal(evidence)

    # --- jobs ---------------------------------------------------------------------------

    def cancel(self) -> None:
        """Stop all work at once: the analysis process is terminated (a fresh one takes its
        place), every queued article is marked cancelled, a running export stops."""
        if self._running is not None:
            self._running = None
            self.worker.cancel()
        for entry in self.articles.entries:
            if entry.status in (QUEUED, ANALYSING):
                entry.status = DONE if entry.briefing is not None else CANCELLED
                entry.reason = "Cancelled"
        self._jobs.cancel_all()
        self._follow = None
        self._rerun.stop()
        self._list_changed()
        self._show_busy()
        entry = self.articles.get(self._shown)
        if entry is not None and entry.briefing is None:
            self._show_pending(entry)
        self.statusBar().showMessage("Cancelled", STATUS_MESSAGE_MS)

    def busy(self) -> bool:
        return self._running is not None or self.articles.pending() or bool(self._jobs)

    def is_idle(self) -> bool:
        """No analysis running or queued and no export writing (the self-test waits on it)."""
        return not self.busy()

    def _show_busy(self) -> None:
        busy = self.busy()
        self.progress.setVisible(self._running is not None)
        self.cancel_button.setVisible(busy)
        self.stage_label.setVisible(busy)
        self.cancel_action.setEnabled(busy)
        if not busy:
            self.stage_label.clear()

    def show_error(self, message: str) -> None:
        """Tell the user in plain words; whatever was shown before stays."""
        self.last_error = message
        self.banner.say(message, "error")

    # --- files --------------------------------------------------------------------------

    def choose_file(self) -> None:
        paths = _dialogs().ask_open(self, self.settings.last_folder)
        if paths:
            self.open_paths(paths)

    def paste_text(self) -> None:
        text = _dialogs().ask_paste(self)
        if text is not None:
            self.open_text(text)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files
        for n, name in enumerate(files, 1):
            action = self.recent_menu.addAction(f"&{n}  {Path(name).name}")
            action.setToolTip(name)
            action.setStatusTip(name)
            action.triggered.connect(lambda _=False, p=name: self.open_path(p))
        if files:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction("Clear list", self.settings.clear_recent)
        else:
            self.recent_menu.addAction("No recent articles").setEnabled(False)

    def choose_export(self, kind: str) -> None:
        if self.briefing is None:
            return
        path = _dialogs().ask_export(
            self, kind, self.settings.last_folder, self.briefing.article.title
        )
        if path is not None:
            self.settings.last_folder = str(path.parent)
            self.export_to(path, kind)

    def export_to(self, path: Path, kind: str) -> None:
        """Write the briefing on show as `kind` ("pdf", "json", "md"); the user chose `path`,
        so an existing file there is replaced (never the article's own source)."""
        if self.briefing is None:
            return
        write = export_writer(
            self.briefing,
            Path(path),
            kind,
            self.settings.page_size,
            PDF_APPENDIX[self.settings.pdf_appendix][1],
        )
        self._jobs.start("export", workers.export(write), self._exported, self.show_error)

    def _exported(self, path: Path) -> None:
        self.last_export = Path(path)
        self.statusBar().showMessage(f"Saved {path}", STATUS_MESSAGE_MS)
        self.banner.say(
            f"Saved {path}",
            "info",
            [("Open", self.open_export), ("Show in folder", self.show_export_folder)],
        )

    last_export: Path | None = None
    _disconnected = False  # from the shared analysis worker, once closed

    def open_export(self) -> None:
        if self.last_export is not None:
            self.open_url(QUrl.fromLocalFile(str(self.last_export)))

    def show_export_folder(self) -> None:
        if self.last_export is not None:
            self.open_url(QUrl.fromLocalFile(str(self.last_export.parent)))

    def choose_printer(self) -> None:
        if self.briefing is None:
            return
        printer = _dialogs().ask_printer(self)
        if printer is not None:
            self.print_to(printer)

    def print_to(self, printer: Any) -> None:
        """Print the briefing on show (summary, fact tables) on `printer`."""
        if self.briefing is not None:
            from briefing.gui import printing

            printing.print_briefing(self.briefing, printer)
            self.statusBar().showMessage("Sent to the printer", STATUS_MESSAGE_MS)

    def copy_summary(self) -> None:
        if self.briefing is not None:
            QGuiApplication.clipboard().setText(self.summary_view.text())
            self.statusBar().showMessage("Summary copied", STATUS_MESSAGE_MS)

    def open_find(self) -> None:
        if self.briefing is not None:
            self.left_tabs.setCurrentWidget(self.article_view)
            self.article_view.find_bar.open()

    def _enable_briefing_actions(self) -> None:
        shown = self.briefing is not None
        for kind, action in self.export_actions.items():
            action.setEnabled(shown and (kind != "pdf" or self._pdf))
        if not self._pdf:
            self.export_actions["pdf"].setToolTip("PDF export is not available in this build")
        for action in (
            self.copy_action,
            self.reanalyse_action,
            self.print_action,
            self.find_action,
        ):
            action.setEnabled(shown)

    # --- drag and drop ------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt API)
        if accepts(event.mimeData()):
            event.acceptProposedAction()
            self._mark_dragging(True)

    def dragLeaveEvent(self, event: object) -> None:  # noqa: N802 (Qt API)
        self._mark_dragging(False)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt API)
        self._mark_dragging(False)
        if self.open_mime(event.mimeData()):
            event.acceptProposedAction()

    def open_mime(self, mime: QMimeData) -> bool:
        """Open what was dropped: every local file (queued in order), else the text."""
        files = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
        if files:
            self.open_paths(files)
            return True
        if mime.hasText() and mime.text().strip():
            self.open_text(mime.text())
            return True
        return False

    def _mark_dragging(self, on: bool) -> None:
        self.empty.setProperty("dragging", on)
        self.empty.style().unpolish(self.empty)
        self.empty.style().polish(self.empty)

    # --- closing ------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        """Save the layout and end the analysis at once (an export may finish writing)."""
        self.settings.set_geometry("geometry", self.saveGeometry())
        self.settings.set_geometry("splitter", self.splitter.saveState())
        self._remember()
        if self._running is not None:
            self._running = None
            self.worker.shutdown()
        if self._disconnected:
            super().closeEvent(event)
            return
        self._disconnected = True
        for signal, slot in (
            (self.worker.progress, self._on_progress),
            (self.worker.finished, self._on_done),
            (self.worker.fragment, self._on_fragment),
            (self.worker.failed, self._on_failed),
            (self.worker.algorithms_known, self._fill_algorithms),
        ):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(slot)
        super().closeEvent(event)


def accepts(mime: QMimeData) -> bool:
    return any(url.isLocalFile() for url in mime.urls()) or (
        mime.hasText() and bool(mime.text().strip())
    )


def export_writer(
    briefing: Briefing, path: Path, kind: str, page_size: str, appendix: bool | None = None
) -> Callable[[], Path]:
    """The write to run in a worker; exporters are imported there (reportlab is slow to load).
    `appendix` is write_pdf's: None adds it only for articles too long for a brief alone."""

    def write() -> Path:
        from briefing.export.atomic import write_atomic

        if kind == "pdf":
            from briefing.export.pdf import write_pdf

            return write_pdf(briefing, path, page_size=page_size, overwrite=True, appendix=appendix)
        if kind == "json":
            from briefing.export.json import to_json

            text = to_json(briefing)
        elif kind == "md":
            from briefing.export.markdown import to_markdown

            text = to_markdown(briefing)
        else:
            raise ValueError(f"unknown export kind {kind!r}")
        data = text.encode("utf-8")
        return write_atomic(path, data, overwrite=True, protect=(briefing.article.source,))

    return write


def status_text(briefing: Briefing) -> str:
    """ "317 words · 16 sentences · published 17 Sep 2018 · analysed in 949 ms"."""
    article = briefing.article
    day = briefing.published
    published = f"published {day_words(day, short=True)}" if day else "no published date"
    total = briefing.timings_ms.get("total", 0.0)
    return (
        f"{counted(article.word_count, 'word', grouped=True)} · "
        f"{counted(len(briefing.doc.sentences), 'sentence')} · "
        f"{published} · analysed in {total:,.0f} ms"
    )


def timings_text(briefing: Briefing) -> str:
    """Time per stage, for the status bar's tooltip."""
    return "\n".join(f"{stage}: {ms:,.0f} ms" for stage, ms in briefing.timings_ms.items())
