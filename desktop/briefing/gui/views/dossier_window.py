"""The dossier's own window, beside the main one: it follows the main window's list of open
articles, builds the dossier of those analysed on the thread pool (never on this thread),
opens an article in the main window when asked, and exports the dossier PDF.

It reads the main window through a few public names only (`articles`, `settings`,
`show_entry_id`, `reveal`), so the main window needs no more than an action that opens it
and a call when its list changes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from briefing.dossier import Dossier, article_id, build_dossier
from briefing.gui import palette as colours
from briefing.gui import workers
from briefing.gui.dialogs import file_stem
from briefing.gui.entries import ANALYSING, FAILED, FRAGMENT, QUEUED, Entry, ReadingList
from briefing.gui.settings import Settings
from briefing.gui.views.dossier import DossierView, Target
from briefing.model import Briefing, Evidence

REFRESH_DELAY_MS = 300
STATUS_MESSAGE_MS = 8000
WAITING = "Open two or more articles (Ctrl+O) to see what they say together."


@dataclass(frozen=True)
class Built:
    dossier: Dossier
    entries: dict[str, int]  # article id -> entry id in the main window
    briefings: dict[str, Briefing]  # article id -> briefing


class ArticleWindow(Protocol):
    """What the dossier needs of the main window."""

    articles: ReadingList
    settings: Settings

    def show_entry_id(self, entry_id: int) -> None: ...

    def reveal(self, evidence: tuple[Evidence, ...]) -> None: ...


def build(done: Sequence[tuple[int, Briefing]]) -> Built:
    """The dossier of the analysed entries, with, by article id, each article's briefing and
    the entry it came from (the first, when one article is open twice). Pure: it runs on the
    thread pool."""
    entries: dict[str, int] = {}
    briefings: dict[str, Briefing] = {}
    for entry_id, briefing in done:
        key = article_id(briefing.article)
        entries.setdefault(key, entry_id)
        briefings.setdefault(key, briefing)
    return Built(build_dossier([b for _, b in done]), entries, briefings)


def left_out(entries: Sequence[Entry]) -> str:
    """What the dossier does not (yet) hold, in words: "Not in it yet: 2 articles still being
    analysed, 1 that could not be analysed."."""
    waiting = sum(e.briefing is None and e.status in (QUEUED, ANALYSING) for e in entries)
    failed = sum(e.briefing is None and e.status in (FAILED, FRAGMENT) for e in entries)
    other = sum(e.briefing is None for e in entries) - waiting - failed
    parts = []
    if waiting:
        parts.append(f"{waiting} article{'s' if waiting > 1 else ''} still being analysed")
    if failed:
        parts.append(f"{failed} that could not be analysed")
    if other:
        parts.append(f"{other} not analysed (cancelled)")
    return "Not in it yet: " + ", ".join(parts) + "." if parts else ""


def _same(a: Sequence[Briefing], b: Sequence[Briefing]) -> bool:
    """The very same briefings (a re-analysis makes a new one, even if equal)."""
    return len(a) == len(b) and all(x is y for x, y in zip(a, b, strict=True))


class DossierWindow(QMainWindow):
    """Refresh (F5), Export dossier PDF… (Ctrl+E), and the dossier view."""

    def __init__(self, main: ArticleWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main = main
        self.dossier: Dossier | None = None
        self.last_error = ""
        self.last_export: Path | None = None
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl  # tests replace it
        self._entries: dict[str, int] = {}  # article id -> entry id in the main window
        self._built_from: tuple[Briefing, ...] | None = None  # the briefings it was built of
        self._jobs = workers.Slots()
        self.setWindowTitle("Dossier — Article Briefing")
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)  # the main window decides
        self.resize(1100, 760)
        self.view = DossierView()
        self.view.opened.connect(self.open_target)
        self.message = QLabel(WAITING)
        self.message.setWordWrap(True)
        self.message.setMargin(24)
        self.message.setStyleSheet("font-size: 14pt;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.view)
        self.setCentralWidget(self.stack)
        self.error = QLabel()
        self.error.setWordWrap(True)
        background, foreground = colours.mark(self.palette(), "error")
        self.error.setStyleSheet(
            f"background: {background.name()}; color: {foreground.name()}; padding: 6px;"
        )
        self.error.hide()
        bar = QToolBar("Dossier")
        bar.setObjectName("dossier-toolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        self.refresh_action = bar.addAction("Refresh", self.refresh_now)
        self.refresh_action.setShortcut(QKeySequence("F5"))
        self.refresh_action.setToolTip("Build the dossier again from the open articles (F5)")
        self.export_action = bar.addAction("Export dossier PDF…", self.choose_export)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setToolTip("Save the dossier as a PDF briefing (Ctrl+E)")
        self.export_action.setEnabled(False)
        bar.addSeparator()
        bar.addWidget(self.error)
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(REFRESH_DELAY_MS)
        self._refresh.timeout.connect(self.refresh_now)

    # --- following the main window ------------------------------------------------------

    def open(self) -> None:
        """Show the window (raised) with the dossier of what is open now."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.refresh_now()

    def articles_changed(self) -> None:
        """The main window's list changed: build again once it settles (debounced)."""
        if self.isVisible():
            self._refresh.start()

    def refresh_now(self) -> None:
        self._refresh.stop()
        entries = self.main.articles.entries
        done = [(e.id, e.briefing) for e in entries if e.briefing is not None]
        note = left_out(entries)
        key = tuple(b for _, b in done)
        if self._built_from is not None and _same(key, self._built_from):
            self.view.set_note(note)
            return
        self._built_from = key
        if not done:
            self._jobs.cancel("build")
            self.dossier = None
            self.export_action.setEnabled(False)
            self.message.setText(WAITING if not note else f"{WAITING}\n\n{note}")
            self.stack.setCurrentWidget(self.message)
            return
        if self.dossier is None:
            self.message.setText("Building the dossier…")
            self.stack.setCurrentWidget(self.message)
        self.statusBar().showMessage("Building the dossier…")

        def work(step: workers.Step) -> Built:
            step("Building", 10)
            return build(done)

        self._jobs.start("build", work, self._built, self._build_failed)

    def _built(self, built: Built) -> None:
        self.dossier, self._entries = built.dossier, built.entries
        self.view.show_dossier(built.dossier, built.briefings, left_out(self.main.articles.entries))
        self.stack.setCurrentWidget(self.view)
        self.export_action.setEnabled(True)
        self.statusBar().clearMessage()

    def open_target(self, target: Target) -> None:
        """Show the target's article in the main window with its mentions marked."""
        entry_id = self._entries.get(target.article)
        entry = self.main.articles.get(entry_id)
        if entry is None or entry.briefing is None:
            self.show_error("That article is no longer open.")
            return
        self.main.show_entry_id(entry.id)
        self.main.reveal(target.evidence)
        main = self.main
        if isinstance(main, QWidget):
            main.raise_()
            main.activateWindow()

    # --- exporting ----------------------------------------------------------------------

    def choose_export(self) -> None:
        if self.dossier is None:
            return
        title = self.dossier.articles[0].title if self.dossier.articles else "dossier"
        suggested = Path(self.main.settings.last_folder) / f"{file_stem(title)}-dossier.pdf"
        # The dialog asks before it lets the user pick an existing file.
        path, _ = QFileDialog.getSaveFileName(
            self, "Export dossier PDF", str(suggested), "PDF dossier (*.pdf)"
        )
        if path:
            chosen = Path(path) if Path(path).suffix else Path(path).with_suffix(".pdf")
            self.main.settings.last_folder = str(chosen.parent)
            self.export_to(chosen)

    def export_to(self, path: Path) -> None:
        """Write the dossier on show as PDF at `path`, atomically; the user chose (and
        confirmed) `path`, so a file there is replaced, but never one of the articles."""
        dossier = self.dossier
        if dossier is None:
            return
        protect = tuple(str(e.path) for e in self.main.articles.entries if e.path is not None)
        page_size = self.main.settings.page_size

        def work(step: workers.Step) -> Path:
            from briefing.export.dossier.pdf import write_dossier_pdf

            step("Writing", 10)
            return write_dossier_pdf(
                dossier, Path(path), page_size=page_size, overwrite=True, protect=protect
            )

        self.statusBar().showMessage(f"Writing {path}…")
        self._jobs.start("export", work, self._exported, self.show_error)

    def _exported(self, path: Path) -> None:
        self.last_export = Path(path)
        self.error.hide()
        self.statusBar().showMessage(f"Saved {path}", STATUS_MESSAGE_MS)

    def open_export(self) -> None:
        if self.last_export is not None:
            self.open_url(QUrl.fromLocalFile(str(self.last_export)))

    # --- jobs ---------------------------------------------------------------------------

    def _build_failed(self, message: str) -> None:
        self._built_from = None  # try again on the next change
        self.show_error(message)

    def busy(self) -> bool:
        return bool(self._jobs)

    def show_error(self, message: str) -> None:
        self.last_error = message
        self.error.setText(message)
        self.error.show()
        self.statusBar().clearMessage()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        """A build in progress is dropped (an export may finish writing)."""
        self._jobs.cancel("build")
        self._built_from = None
        super().closeEvent(event)
