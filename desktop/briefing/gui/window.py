"""The main window: builds widgets, starts workers, shows what they report.

Every slow step (loading, analysing, exporting) runs in a worker; the window only keeps
the briefing on show and the jobs it is waiting for.
"""

from __future__ import annotations

import importlib.util
import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QMimeData, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
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

from briefing.gui import dialogs, workers
from briefing.gui.settings import PAGE_SIZES, Settings
from briefing.gui.views import ArticleView, FactSheetView, SourceView, SummaryView
from briefing.model import Article, Briefing, Evidence, Length, Options

log = logging.getLogger(__name__)

APP_NAME = "Article Briefing"
EMPTY_HEADLINE = "Drop a news article here"
EMPTY_DETAIL = "text, Markdown, HTML, PDF or DOCX — or press Ctrl+O to open one"
# Length mode -> (combo label, spin box range, step, suffix).
LENGTH_MODES: dict[str, tuple[str, tuple[int, int], int, str]] = {
    "sentences": ("sentences", (1, 200), 1, ""),
    "ratio": ("% of the words", (1, 100), 5, " %"),
    "words": ("words", (10, 5000), 10, ""),
}
REANALYSE_DELAY_MS = 400
STATUS_MESSAGE_MS = 8000


def _algorithms() -> tuple[str, ...]:
    import briefing.summarize as summarize

    return tuple(getattr(summarize, "ALGORITHMS", ("auto",)))


def _pdf_available() -> bool:
    try:
        return importlib.util.find_spec("briefing.export.pdf") is not None
    except ImportError:
        return False


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.briefing: Briefing | None = None
        self.last_error = ""
        self._loading: Path | str | None = None  # what the analysis job is loading, if any
        self._jobs: dict[str, workers.Job] = {}  # "analysis" / "export" -> running job
        self._job_ids = 0
        self._pdf = _pdf_available()
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self.resize(1280, 820)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_body()
        self._build_status()
        self._rerun = QTimer(self)
        self._rerun.setSingleShot(True)
        self._rerun.setInterval(REANALYSE_DELAY_MS)
        self._rerun.timeout.connect(self.reanalyse)
        self._restore_geometry()
        self._warm_up = workers.warm_up()

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
        self.export_actions = {
            "pdf": self._action("Export &PDF…", lambda: self.choose_export("pdf"), "Ctrl+E"),
            "json": self._action("Export &JSON…", lambda: self.choose_export("json")),
            "md": self._action("Export &Markdown…", lambda: self.choose_export("md")),
        }
        for kind, short in (("pdf", "PDF"), ("json", "JSON"), ("md", "Markdown")):
            self.export_actions[kind].setIconText(short)  # the toolbar's shorter label
        self.export_actions["pdf"].setToolTip("Export the briefing as a PDF (Ctrl+E)")
        self.paste_action.setIconText("Paste…")
        self.copy_action = self._action("&Copy summary", self.copy_summary, "Ctrl+Shift+C")
        self.reanalyse_action = self._action("&Re-analyse", self.reanalyse, "F5")
        self.cancel_action = self._action("Cancel", self.cancel, "Esc")
        self.quit_action = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        self.about_action = self._action(
            "&About Article Briefing", lambda: dialogs.show_about(self)
        )
        self.addAction(self.cancel_action)  # a shortcut with no menu entry
        self._enable_briefing_actions()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.open_action)
        self.recent_menu = QMenu("Open &Recent", self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.paste_action)
        file_menu.addSeparator()
        for action in self.export_actions.values():
            file_menu.addAction(action)
        page_menu = file_menu.addMenu("PDF page si&ze")
        group = QActionGroup(self)
        self.page_size_actions: dict[str, QAction] = {}
        for size in PAGE_SIZES:
            action = QAction(size, self, checkable=True)
            action.setChecked(size == self.settings.page_size)
            action.triggered.connect(lambda _=False, s=size: self._set_page_size(s))
            group.addAction(action)
            page_menu.addAction(action)
            self.page_size_actions[size] = action
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addAction(self.copy_action)
        edit_menu.addAction(self.reanalyse_action)
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        bar = QToolBar("Briefing")
        bar.setObjectName("briefing-toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(bar)
        bar.addAction(self.open_action)
        bar.addAction(self.paste_action)
        bar.addSeparator()
        bar.addWidget(QLabel(" Summary: "))
        self.length_value = QSpinBox()
        self.length_value.setToolTip("How long the summary should be")
        self.length_mode = QComboBox()
        for key, (label, *_) in LENGTH_MODES.items():
            self.length_mode.addItem(label, key)
        self.length_mode.setCurrentIndex(self.length_mode.findData(self.settings.length_mode))
        self._apply_length_mode()
        self.length_mode.currentIndexChanged.connect(self._length_mode_changed)
        self.length_value.valueChanged.connect(self._length_value_changed)
        self.algorithm = QComboBox()
        self.algorithm.setToolTip("How sentences are chosen (auto is tuned for news)")
        self.algorithm.addItems(list(_algorithms()))
        if self.algorithm.findText(self.settings.algorithm) >= 0:
            self.algorithm.setCurrentText(self.settings.algorithm)
        self.algorithm.currentTextChanged.connect(self._algorithm_changed)
        self.use_published = QCheckBox("Set published date")
        self.use_published.setToolTip(
            'Resolve relative dates ("on Monday", "last week") against this date instead of '
            "the one found in the article"
        )
        self.published = QDateEdit(QDate.currentDate())
        self.published.setCalendarPopup(True)
        self.published.setDisplayFormat("d MMM yyyy")
        self.published.setEnabled(False)
        self.use_published.toggled.connect(self.published.setEnabled)
        for widget in (
            self.length_value,
            self.length_mode,
            QLabel("  using "),
            self.algorithm,
        ):
            bar.addWidget(widget)
        bar.addSeparator()
        bar.addWidget(self.use_published)
        bar.addWidget(self.published)
        bar.addSeparator()
        bar.addWidget(QLabel(" Export: "))
        for action in self.export_actions.values():
            bar.addAction(action)
        self.use_published.toggled.connect(self._options_changed)
        self.published.dateChanged.connect(self._options_changed)

    def _build_body(self) -> None:
        self.article_view = ArticleView()
        self.source_view = SourceView()
        self.left_tabs = QTabWidget()
        self.left_tabs.setDocumentMode(True)
        self.left_tabs.addTab(self.article_view, "Article")
        self.left_tabs.addTab(self.source_view, "Source")
        self.summary_view = SummaryView()
        self.facts_view = FactSheetView(self.summary_view)
        self.tables = self.facts_view.tables
        self.summary_view.evidence_chosen.connect(self.reveal)
        self.facts_view.evidence_chosen.connect(self.reveal)
        self.splitter = QSplitter()
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.left_tabs)
        self.splitter.addWidget(self.facts_view)
        self.splitter.setStretchFactor(0, 11)
        self.splitter.setStretchFactor(1, 9)
        self.empty = self._empty_state()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.splitter)
        self.banner = self._banner()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)

    def _empty_state(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("empty")
        frame.setStyleSheet(
            "#empty { border: 2px dashed #b8c2cc; border-radius: 12px; margin: 24px; }"
            '#empty[dragging="true"] { border-color: #2d7dd2; background: #eef5fd; }'
        )
        headline = QLabel(EMPTY_HEADLINE)
        headline.setStyleSheet("font-size: 22pt; color: #33414e; border: none;")
        detail = QLabel(EMPTY_DETAIL)
        detail.setStyleSheet("font-size: 12pt; color: #66727e; border: none;")
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

    def _banner(self) -> QFrame:
        banner = QFrame()
        banner.setObjectName("banner")
        banner.setStyleSheet(
            "#banner { background: #fde8e7; border: 1px solid #f1b5b1; border-radius: 6px; }"
            "#banner QLabel { color: #7a1212; }"
        )
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip("Dismiss")
        close.clicked.connect(banner.hide)
        layout = QHBoxLayout(banner)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.banner_text, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        banner.hide()
        return banner

    def _build_status(self) -> None:
        self.status_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setRange(0, 0)  # busy: analyse() reports no finer progress
        self.progress.setTextVisible(False)
        self.stage_label = QLabel()
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop the current job (Esc)")
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

    # --- options ------------------------------------------------------------------------

    def options(self) -> Options:
        mode = str(self.length_mode.currentData())
        value = self.length_value.value()
        length = Length("ratio", value / 100) if mode == "ratio" else Length(mode, value)  # type: ignore[arg-type]
        published: date | None = None
        if self.use_published.isChecked():
            published = self.published.date().toPython()  # type: ignore[assignment]
        return Options(length=length, algorithm=self.algorithm.currentText(), published=published)

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

    def _options_changed(self) -> None:
        """Re-analyse once the user stops changing options (debounced)."""
        if self.briefing is not None or self._loading is not None:
            self._rerun.start()

    def _set_page_size(self, size: str) -> None:
        self.settings.page_size = size

    # --- loading and analysing ----------------------------------------------------------

    def open_path(self, path: str | Path) -> None:
        """Load and analyse a file (what Open, recent files and drag-and-drop do)."""
        path = Path(path)
        self.settings.last_folder = str(path.parent)
        self._load(path)

    def open_text(self, text: str) -> None:
        """Analyse pasted text as an article."""
        self._load(text)

    def _load(self, source: Path | str) -> None:
        self._loading = source
        self._rerun.stop()
        self._start("analysis", workers.analysis(source, self.options()), self._analysed)

    def reanalyse(self) -> None:
        """Run the analysis again with the current options (the article is not re-read)."""
        self._rerun.stop()
        source: Path | str | Article | None = self._loading
        if source is None and self.briefing is not None:
            source = self.briefing.article
        if source is not None:
            self._start("analysis", workers.analysis(source, self.options()), self._analysed)

    def _analysed(self, briefing: Briefing) -> None:
        if isinstance(self._loading, Path):
            self.settings.add_recent(str(self._loading))
        self._loading = None
        self.briefing = briefing
        self.banner.hide()
        self.last_error = ""
        article = briefing.article
        self.setWindowTitle(f"{APP_NAME} — {article.title}")
        if not self.use_published.isChecked():
            self.published.blockSignals(True)
            self.published.setDate(QDate(article.published or date.today()))
            self.published.blockSignals(False)
        self.article_view.show_briefing(briefing)
        self.source_view.show_briefing(briefing)
        self.summary_view.show_briefing(briefing)
        self.facts_view.show_briefing(briefing)
        self._enable_briefing_actions()
        self.stack.setCurrentWidget(self.splitter)
        self.status_label.setText(status_text(briefing))
        self.status_label.setToolTip(timings_text(briefing))

    def reveal(self, evidence: tuple[Evidence, ...]) -> None:
        """Show where a summary sentence or fact comes from in the article."""
        self.left_tabs.setCurrentWidget(self.article_view)
        self.article_view.reveal(evidence)

    # --- jobs ---------------------------------------------------------------------------

    def _start(self, slot: str, work: workers.Work, on_done: Callable[[Any], None]) -> None:
        """Run `work` in the background, replacing (and cancelling) the job in `slot`."""
        self._cancel_slot(slot)
        self._job_ids += 1
        job = workers.Job(self._job_ids, work)
        job.signals.progress.connect(self._progress)
        job.signals.finished.connect(
            lambda job_id, result: self._finished(slot, job_id, result, on_done)
        )
        job.signals.failed.connect(lambda job_id, message: self._failed(slot, job_id, message))
        self._jobs[slot] = job
        self._show_busy()
        workers.start(job)

    def _current(self, slot: str, job_id: int) -> bool:
        job = self._jobs.get(slot)
        return job is not None and job.job_id == job_id and not job.cancelled

    def _finished(
        self, slot: str, job_id: int, result: object, on_done: Callable[[Any], None]
    ) -> None:
        if not self._current(slot, job_id):
            return  # cancelled or replaced: its result is stale
        del self._jobs[slot]
        self._show_busy()
        on_done(result)

    def _failed(self, slot: str, job_id: int, message: str) -> None:
        if not self._current(slot, job_id):
            return
        del self._jobs[slot]
        if slot == "analysis":
            self._loading = None
        self._show_busy()
        self.show_error(message)

    def _progress(self, job_id: int, stage: str, _percent: int) -> None:
        if any(job.job_id == job_id for job in self._jobs.values()):
            self.stage_label.setText(f"{stage}…" if stage != "Done" else "")

    def _cancel_slot(self, slot: str) -> None:
        job = self._jobs.pop(slot, None)
        if job is not None:
            job.cancel()

    def cancel(self) -> None:
        """Stop every running job; whatever they still produce is ignored."""
        for slot in list(self._jobs):
            self._cancel_slot(slot)
        self._loading = None
        self._rerun.stop()
        self._show_busy()
        self.statusBar().showMessage("Cancelled", STATUS_MESSAGE_MS)

    def busy(self) -> bool:
        return bool(self._jobs)

    def _show_busy(self) -> None:
        busy = self.busy()
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.stage_label.setVisible(busy)
        self.cancel_action.setEnabled(busy)
        if not busy:
            self.stage_label.clear()

    def show_error(self, message: str) -> None:
        """Tell the user in plain words; whatever was shown before stays."""
        self.last_error = message
        self.banner_text.setText(message)
        self.banner.show()

    # --- files --------------------------------------------------------------------------

    def choose_file(self) -> None:
        path = dialogs.ask_open(self, self.settings.last_folder)
        if path is not None:
            self.open_path(path)

    def paste_text(self) -> None:
        text = dialogs.ask_paste(self)
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
        path = dialogs.ask_export(
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
        write = export_writer(self.briefing, Path(path), kind, self.settings.page_size)
        self._start("export", workers.export(write), self._exported)

    def _exported(self, path: Path) -> None:
        self.statusBar().showMessage(f"Saved {path}", STATUS_MESSAGE_MS)

    def copy_summary(self) -> None:
        if self.briefing is not None:
            QGuiApplication.clipboard().setText(self.summary_view.text())
            self.statusBar().showMessage("Summary copied", STATUS_MESSAGE_MS)

    def _enable_briefing_actions(self) -> None:
        shown = self.briefing is not None
        for kind, action in self.export_actions.items():
            action.setEnabled(shown and (kind != "pdf" or self._pdf))
        if not self._pdf:
            self.export_actions["pdf"].setToolTip("PDF export is not available in this build")
        self.copy_action.setEnabled(shown)
        self.reanalyse_action.setEnabled(shown)

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
        """Open what was dropped: the first local file, else dropped text as an article."""
        files = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
        if files:
            self.open_path(files[0])
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
        self.settings.set_geometry("geometry", self.saveGeometry())
        self.settings.set_geometry("splitter", self.splitter.saveState())
        for slot in [s for s in self._jobs if s != "export"]:  # let an export finish writing
            self._cancel_slot(slot)
        super().closeEvent(event)


def accepts(mime: QMimeData) -> bool:
    return any(url.isLocalFile() for url in mime.urls()) or (
        mime.hasText() and bool(mime.text().strip())
    )


def export_writer(briefing: Briefing, path: Path, kind: str, page_size: str) -> Callable[[], Path]:
    """The write to run in a worker; exporters are imported there (reportlab is slow to load)."""

    def write() -> Path:
        from briefing.export.atomic import write_atomic

        if kind == "pdf":
            from briefing.export.pdf import write_pdf

            return write_pdf(briefing, path, page_size=page_size, overwrite=True)
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
    published = f"published {day.day} {day:%b %Y}" if day else "no published date"
    total = briefing.timings_ms.get("total", 0.0)
    return (
        f"{article.word_count:,} words · {len(briefing.doc.sentences)} sentences · "
        f"{published} · analysed in {total:,.0f} ms"
    )


def timings_text(briefing: Briefing) -> str:
    """Time per stage, for the status bar's tooltip."""
    return "\n".join(f"{stage}: {ms:,.0f} ms" for stage, ms in briefing.timings_ms.items())
