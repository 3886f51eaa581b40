"""The main window: builds widgets, starts workers, shows what they report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from briefing.gui import workers
from briefing.gui.views import (
    FACT_HEADERS,
    ArticleView,
    FactTable,
    SourceView,
    SummaryView,
    fact_rows,
)
from briefing.model import Article, Briefing, Length, Options

EMPTY_TEXT = (
    "Drop a news article here\n(text, Markdown, HTML, PDF or DOCX)\n\nor press Ctrl+O to open one"
)
OPEN_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;All files (*)"
LENGTH_MODES = (("sentences", "sentences"), ("ratio", "% of article"), ("words", "words"))


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.settings = QSettings("ArticleBriefing", "ArticleBriefing")
        self.briefing: Briefing | None = None
        self._source: Path | Article | None = None
        self._job: workers.Job | None = None
        self._job_id = 0
        self.last_error = ""
        self.setWindowTitle("Article Briefing")
        self.resize(1200, 780)
        self.setAcceptDrops(True)
        self._build_toolbar()
        self._build_body()
        self._build_status()
        self._rerun = QTimer(self, singleShot=True, interval=300)
        self._rerun.timeout.connect(self._reanalyse)
        workers.warm_up()

    # --- building -----------------------------------------------------------------------

    def _action(self, text: str, slot: object, shortcut: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_toolbar(self) -> None:
        from briefing.summarize import ALGORITHMS

        bar = QToolBar("Briefing")
        bar.setMovable(False)
        self.addToolBar(bar)
        bar.addAction(self._action("Open…", self.choose_file, "Ctrl+O"))
        bar.addAction(self._action("Paste text…", self.paste_text, "Ctrl+Shift+V"))
        bar.addSeparator()
        bar.addWidget(QLabel(" Summary "))
        self.length_value = QSpinBox(minimum=1, maximum=10_000)
        self.length_value.setValue(int(self.settings.value("length_value", 3)))
        self.length_mode = QComboBox()
        for key, label in LENGTH_MODES:
            self.length_mode.addItem(label, key)
        self.length_mode.setCurrentIndex(
            max(0, self.length_mode.findData(self.settings.value("length_mode", "sentences")))
        )
        self.algorithm = QComboBox()
        self.algorithm.addItems(list(ALGORITHMS))
        self.algorithm.setCurrentText(str(self.settings.value("algorithm", "auto")))
        self.use_published = QCheckBox("Published")
        self.published = QDateEdit(QDate.currentDate())
        self.published.setCalendarPopup(True)
        self.published.setDisplayFormat("yyyy-MM-dd")
        self.published.setEnabled(False)
        self.use_published.toggled.connect(self.published.setEnabled)
        for w in (
            self.length_value,
            self.length_mode,
            QLabel(" using "),
            self.algorithm,
            QLabel("  "),
            self.use_published,
            self.published,
        ):
            bar.addWidget(w)
        for signal in (
            self.length_value.valueChanged,
            self.length_mode.currentIndexChanged,
            self.algorithm.currentIndexChanged,
            self.use_published.toggled,
            self.published.dateChanged,
        ):
            signal.connect(lambda *_: self._rerun.start())
        bar.addSeparator()
        self.export_actions = [
            self._action("Export PDF…", lambda: self.choose_export("pdf"), "Ctrl+E"),
            self._action("Export JSON…", lambda: self.choose_export("json")),
            self._action("Export Markdown…", lambda: self.choose_export("md")),
        ]
        for action in self.export_actions:
            action.setEnabled(False)
            bar.addAction(action)

    def _build_body(self) -> None:
        self.article_view = ArticleView()
        self.source_view = SourceView()
        left = QTabWidget()
        left.addTab(self.article_view, "Article")
        left.addTab(self.source_view, "Source")
        self.summary_view = SummaryView()
        self.summary_view.evidence_chosen.connect(self.article_view.reveal)
        self.facts_tabs = QTabWidget()
        self.facts_tabs.addTab(self.summary_view, "Summary")
        self.tables: dict[str, FactTable] = {}
        for name, headers in FACT_HEADERS.items():
            table = FactTable(headers)
            table.evidence_chosen.connect(self.article_view.reveal)
            self.tables[name] = table
            self.facts_tabs.addTab(table, name)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.facts_tabs)
        splitter.setSizes([620, 580])
        self.empty = QLabel(EMPTY_TEXT, alignment=Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("font-size: 18px; color: #666;")
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #fde2e1; color: #7a1212; padding: 8px; border-radius: 4px;"
        )
        self.banner.hide()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(splitter)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack)
        self.setCentralWidget(body)

    def _build_status(self) -> None:
        self.progress = QProgressBar(maximumWidth=160, maximum=100)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.status_label = QLabel()
        status = self.statusBar()
        status.addWidget(self.status_label, 1)
        status.addPermanentWidget(self.progress)
        status.addPermanentWidget(self.cancel_button)
        self._set_busy(False)

    # --- behaviour ----------------------------------------------------------------------

    def options(self) -> Options:
        mode = self.length_mode.currentData()
        value = self.length_value.value()
        ratio = mode == "ratio"
        length = Length("ratio", min(100, value) / 100) if ratio else Length(mode, value)
        published: date | None = None
        if self.use_published.isChecked():
            published = self.published.date().toPython()  # type: ignore[assignment]
        return Options(length=length, algorithm=self.algorithm.currentText(), published=published)

    def open_path(self, path: str | Path) -> None:
        """Load and analyse a file (what Open and drag-and-drop do)."""
        path = Path(path)
        self.settings.setValue("last_folder", str(path.parent))
        self._analyse(path)

    def open_text(self, text: str) -> None:
        from briefing.errors import BriefingError
        from briefing.sources import from_text

        try:
            self._analyse(from_text(text, "pasted text"))
        except BriefingError as err:
            self.show_error(str(err))

    def _analyse(self, source: Path | Article) -> None:
        self._source = source
        self.settings.setValue("length_value", self.length_value.value())
        self.settings.setValue("length_mode", self.length_mode.currentData())
        self.settings.setValue("algorithm", self.algorithm.currentText())
        self._start(workers.analysis(source, self.options()), self._analysed)

    def _reanalyse(self) -> None:
        if self._source is not None:
            source = self.briefing.article if self.briefing else self._source
            self._start(workers.analysis(source, self.options()), self._analysed)

    def _start(self, work: object, on_done: object) -> None:
        self.cancel()
        self._job_id += 1
        job = workers.Job(self._job_id, work)  # type: ignore[arg-type]
        job.signals.progress.connect(self._progress)
        job.signals.finished.connect(lambda jid, result: jid == self._job_id and on_done(result))
        job.signals.failed.connect(lambda jid, msg: jid == self._job_id and self.show_error(msg))
        self._job = job
        self._set_busy(True)
        workers.start(job)

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None
            self._job_id += 1  # any late result of the cancelled job is ignored
        self._set_busy(False)

    def _progress(self, job_id: int, stage: str, percent: int) -> None:
        if job_id == self._job_id:
            self.progress.setValue(percent)
            self.status_label.setText(stage + "…")

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setValue(0)

    def _analysed(self, briefing: Briefing) -> None:
        self._job = None
        self._set_busy(False)
        self.banner.hide()
        self.briefing = briefing
        self.setWindowTitle(f"Article Briefing — {briefing.article.title}")
        self.article_view.show_briefing(briefing)
        self.source_view.show_briefing(briefing)
        self.summary_view.show_briefing(briefing)
        for name, rows in fact_rows(briefing).items():
            self.tables[name].fill(rows)
        for action in self.export_actions:
            action.setEnabled(True)
        self.stack.setCurrentIndex(1)
        a = briefing.article
        published = briefing.published.isoformat() if briefing.published else "date unknown"
        self.status_label.setText(
            f"{a.word_count} words · {len(briefing.doc.sentences)} sentences · {published} · "
            f"analysed in {briefing.timings_ms.get('total', 0):.0f} ms"
        )

    def show_error(self, message: str) -> None:
        """Tell the user in plain words; whatever was shown before stays."""
        self._job = None
        self._set_busy(False)
        self.last_error = message
        self.banner.setText(message)
        self.banner.show()
        self.status_label.setText("")

    # --- files --------------------------------------------------------------------------

    def choose_file(self) -> None:
        folder = str(self.settings.value("last_folder", str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(self, "Open an article", folder, OPEN_FILTER)
        if path:
            self.open_path(path)

    def paste_text(self) -> None:
        text, ok = QInputDialog.getMultiLineText(self, "Paste an article", "Article text:")
        if ok and text.strip():
            self.open_text(text)

    def choose_export(self, kind: str) -> None:
        if self.briefing is None:
            return
        source = Path(self.briefing.article.source)
        folder = Path(str(self.settings.value("last_folder", str(Path.home()))))
        suggested = folder / f"{source.stem or 'briefing'}-briefing.{kind}"
        filters = {"pdf": "PDF (*.pdf)", "json": "JSON (*.json)", "md": "Markdown (*.md)"}
        path, _ = QFileDialog.getSaveFileName(self, "Export", str(suggested), filters[kind])
        if path:
            self.export_to(Path(path), kind)

    def export_to(self, path: Path, kind: str) -> None:
        """Write the briefing (the user chose `path`, so an existing file is replaced)."""
        briefing = self.briefing
        if briefing is None:
            return

        def write() -> Path:
            from briefing.export.atomic import write_atomic

            protect = (briefing.article.source,)
            if kind == "pdf":
                from briefing.export.pdf import write_pdf

                return write_pdf(briefing, path, overwrite=True)
            if kind == "json":
                from briefing.export.json import to_json

                data = to_json(briefing).encode("utf-8")
            else:
                from briefing.export.markdown import to_markdown

                data = to_markdown(briefing).encode("utf-8")
            return write_atomic(path, data, overwrite=True, protect=protect)

        def done(written: Path) -> None:
            self._set_busy(False)
            self._job = None
            self.status_label.setText(f"Saved {written}")

        self._start(workers.export(write), done)

    # --- drag and drop ------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt API)
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt API)
        mime = event.mimeData()
        files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
        if files:
            self.open_path(files[0])
        elif mime.hasText() and mime.text().strip():
            self.open_text(mime.text())
        event.acceptProposedAction()
