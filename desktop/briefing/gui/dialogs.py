"""The window's dialogs: paste an article, choose files to open and to export to, about."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from briefing import __version__

OPEN_FILTER = (
    "Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.pdf *.docx);;All files (*)"
)
# Export kind -> (file suffix, file dialog filter, menu label).
EXPORTS = {
    "pdf": (".pdf", "PDF briefing (*.pdf)", "PDF"),
    "json": (".json", "JSON (*.json)", "JSON"),
    "md": (".md", "Markdown (*.md)", "Markdown"),
}


class PasteDialog(QDialog):
    """A large box to paste an article into (prefilled from the clipboard when it holds text)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Paste article text")
        self.resize(640, 480)
        hint = QLabel("Paste the article: headline on the first line, then the story.")
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText("Headline\n\nFirst paragraph of the story…")
        clipboard = QGuiApplication.clipboard().text()
        if clipboard.strip():
            self.editor.setPlainText(clipboard)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Analyse")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.editor.toPlainText()


def ask_paste(parent: QWidget) -> str | None:
    """The pasted text, or None when the user cancelled or pasted nothing."""
    dialog = PasteDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.text().strip():
        return None
    return dialog.text()


def ask_open(parent: QWidget, folder: str) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, "Open an article", folder, OPEN_FILTER)
    return Path(path) if path else None


def ask_export(parent: QWidget, kind: str, folder: str, title: str) -> Path | None:
    """Where to write; the dialog itself asks before replacing an existing file."""
    suffix, file_filter, label = EXPORTS[kind]
    suggested = Path(folder) / f"{file_stem(title)}-briefing{suffix}"
    path, _ = QFileDialog.getSaveFileName(parent, f"Export {label}", str(suggested), file_filter)
    if not path:
        return None
    chosen = Path(path)
    return chosen if chosen.suffix else chosen.with_suffix(suffix)


def file_stem(title: str, limit: int = 60) -> str:
    """A file-name-safe stem from a headline: "Turkey and Russia…" -> "turkey-and-russia…"."""
    stem = re.sub(r"[^\w]+", "-", title.lower()).strip("-")
    return stem[:limit].rstrip("-") or "article"


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        "About Article Briefing",
        f"<h3>Article Briefing {__version__}</h3>"
        "<p>An extractive summary, a fact sheet (actors, places, quotes, dates) and a PDF "
        "briefing of a news article, made entirely on this computer.</p>",
    )
