"""The article as analysed (summary sentences highlighted, evidence revealed on request) and
the source as loaded (what was set aside as page furniture marked)."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QLabel, QTextEdit, QVBoxLayout, QWidget

from briefing.model import Article, Briefing, Clutter, Evidence

SUMMARY_BACKGROUND = QColor("#fff0a6")
EVIDENCE_BACKGROUND = QColor("#b9dcff")
METADATA_COLOUR = QColor("#1f5f8b")
CLUTTER_COLOUR = QColor("#8a8a8a")
# Clutter kinds that are facts about the article (shown in its header), not page junk.
METADATA_KINDS = frozenset({"standfirst", "dateline", "byline"})
LINE_HEIGHT_PERCENT = 135


def reading_font(point_delta: int = 2) -> QFont:
    """A serif face a little larger than the UI font, for reading body text."""
    font = QFont()
    font.setFamilies(["DejaVu Serif", "Noto Serif", "Georgia", "Times New Roman", "serif"])
    font.setStyleHint(QFont.StyleHint.Serif)
    size = QFont().pointSizeF()
    font.setPointSizeF((size if size > 0 else 10) + point_delta)
    return font


def _qt_offsets(text: str) -> list[int] | None:
    """Model offsets count code points, Qt counts UTF-16 units: the map between them, or None
    when they agree (no character outside the Basic Multilingual Plane, e.g. no emoji)."""
    if all(ord(c) < 0x10000 for c in text):
        return None
    offsets, pos = [], 0
    for c in text:
        offsets.append(pos)
        pos += 2 if ord(c) >= 0x10000 else 1
    offsets.append(pos)
    return offsets


class _ReadOnlyText(QTextEdit):
    """A read-only, word-wrapped text that leaves drops to the window."""

    def __init__(self) -> None:
        super().__init__()
        self.setReadOnly(True)
        self.setAcceptDrops(False)
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.document().setDocumentMargin(20)
        self.setFont(reading_font())
        self.setFrameShape(QTextEdit.Shape.NoFrame)
        # Keep a selection visible when the view has no focus (after a click in a table).
        palette = self.palette()
        for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText):
            palette.setColor(
                QPalette.ColorGroup.Inactive, role, palette.color(QPalette.ColorGroup.Active, role)
            )
        self.setPalette(palette)

    def show_plain(self, text: str) -> None:
        """Replace the text, dropping every mark (setPlainText alone would paint the new text
        in the format under the old cursor)."""
        self.setExtraSelections([])
        self.setCurrentCharFormat(QTextCharFormat())
        self.setPlainText(text)
        self._space_lines()

    def _space_lines(self) -> None:
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        block = QTextBlockFormat()
        block.setLineHeight(LINE_HEIGHT_PERCENT, 1)  # 1 = QTextBlockFormat.ProportionalHeight
        cursor.mergeBlockFormat(block)


class ArticleText(_ReadOnlyText):
    """The analysis text; model offsets are positions here (plain text, one block a line)."""

    def __init__(self) -> None:
        super().__init__()
        self._offsets: list[int] | None = None
        self.setPlaceholderText("No article yet.")

    def show_article(self, briefing: Briefing) -> None:
        text = briefing.article.text
        self._offsets = _qt_offsets(text)
        self.show_plain(text)
        fmt = QTextCharFormat()
        fmt.setBackground(SUMMARY_BACKGROUND)
        for s in briefing.summary.sentences:
            self._cursor(s.start, s.end).mergeCharFormat(fmt)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _cursor(self, start: int, end: int) -> QTextCursor:
        if self._offsets is not None:
            start, end = self._offsets[start], self._offsets[end]
        last = self.document().characterCount() - 1
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(start, last))
        cursor.setPosition(min(end, last), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def reveal(self, evidence: Sequence[Evidence]) -> None:
        """Mark every piece of evidence, select the first and scroll it into view."""
        if not evidence or self.document().isEmpty():
            return
        marks = []
        for e in evidence:
            mark = QTextEdit.ExtraSelection()
            mark.cursor = self._cursor(e.start, e.end)  # type: ignore[attr-defined]
            mark.format.setBackground(EVIDENCE_BACKGROUND)  # type: ignore[attr-defined]
            marks.append(mark)
        self.setExtraSelections(marks)
        first = self._cursor(evidence[0].start, evidence[0].end)
        self.setTextCursor(first)
        # Place the selection a third of the way down rather than at the very edge.
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect(first).top() - self.viewport().height() // 3)

    def selected_text(self) -> str:
        return self.textCursor().selectedText().replace("\u2029", "\n")


class ArticleView(QWidget):
    """Headline, standfirst and byline above the analysed text."""

    def __init__(self) -> None:
        super().__init__()
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setContentsMargins(20, 16, 20, 4)
        self.header.setAutoFillBackground(True)
        self.header.setBackgroundRole(QPalette.ColorRole.Base)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = ArticleText()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.text, 1)
        self.header.hide()

    def show_briefing(self, briefing: Briefing) -> None:
        self.header.setText(header_html(briefing))
        self.header.show()
        self.text.show_article(briefing)

    def reveal(self, evidence: Sequence[Evidence]) -> None:
        self.text.reveal(evidence)


def header_html(briefing: Briefing) -> str:
    """Headline, standfirst and a byline/date line, escaped."""
    a = briefing.article
    size = reading_font().pointSizeF()
    parts = [
        f'<div style="font-size:{size + 6:.0f}pt; font-weight:600;">{html.escape(a.title)}</div>'
    ]
    if a.standfirst:
        parts.append(
            f'<div style="font-size:{size:.0f}pt; font-style:italic; color:#444;">'
            f"{html.escape(a.standfirst)}</div>"
        )
    meta = [m for m in (a.byline and f"By {a.byline}", _published(briefing)) if m]
    if meta:
        parts.append(f'<div style="color:#666;">{html.escape(" · ".join(meta))}</div>')
    return '<div style="margin-bottom:4px;">' + "<br>".join(parts) + "</div>"


def _published(briefing: Briefing) -> str:
    day = briefing.published
    if day is None:
        return ""
    words = f"{day.day} {day:%B %Y}"
    return words if briefing.options.published is None else f"{words} (set by you)"


class SourceText(_ReadOnlyText):
    """What the file held: metadata lines in blue, page furniture struck through in grey."""

    def __init__(self) -> None:
        super().__init__()
        self.setFont(reading_font(0))
        self.setPlaceholderText("The source text of the article appears here.")

    def show_briefing(self, briefing: Briefing) -> None:
        article = briefing.article
        raw = article.raw_text.strip("\n") or article.text
        offsets = _qt_offsets(raw)
        self.show_plain(raw)
        missing = []
        for item, (start, end) in zip(article.clutter, clutter_spans(article, raw), strict=True):
            if start < 0:
                missing.append(item)
                continue
            if offsets is not None:
                start, end = offsets[start], offsets[end]
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(_clutter_format(item))
        if missing:
            cursor = QTextCursor(self.document())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText("\n\nAlso set aside:\n", QTextCharFormat())
            for item in missing:
                cursor.insertText(f"{item.text}\n", _clutter_format(item))
        self.moveCursor(QTextCursor.MoveOperation.Start)


class SourceView(QWidget):
    """The source text under a one-line legend of its marks."""

    def __init__(self) -> None:
        super().__init__()
        legend = QLabel(
            f'<span style="color:{METADATA_COLOUR.name()}; font-style:italic;">Blue</span>: '
            "standfirst, byline and dateline, read as metadata. "
            f'<span style="color:{CLUTTER_COLOUR.name()}; text-decoration:line-through;">'
            "Grey</span>: page furniture (repeated headline, reading time, captions, credits), "
            "not analysed."
        )
        legend.setWordWrap(True)
        legend.setContentsMargins(20, 10, 20, 4)
        legend.setStyleSheet("color: #555;")
        legend.setAutoFillBackground(True)
        legend.setBackgroundRole(QPalette.ColorRole.Base)
        self.text = SourceText()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(legend)
        layout.addWidget(self.text, 1)

    def show_briefing(self, briefing: Briefing) -> None:
        self.text.show_briefing(briefing)


def clutter_spans(article: Article, raw: str) -> list[tuple[int, int]]:
    """Where each clutter line sits in `raw` ((-1, -1) when not found), searched in order;
    a repeated headline is its second occurrence (the first is the headline itself)."""
    spans = []
    pos = 0
    for item in article.clutter:
        start = raw.find(item.text, pos)
        if item.kind == "repeated-headline" and start >= 0:
            again = raw.find(item.text, start + len(item.text))
            start = again if again >= 0 else start
        if start < 0:
            start = raw.find(item.text)
        if start < 0:
            spans.append((-1, -1))
            continue
        spans.append((start, start + len(item.text)))
        pos = start + len(item.text)
    return spans


def _clutter_format(item: Clutter) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setToolTip(f"Set aside: {item.kind.replace('-', ' ')}")
    if item.kind in METADATA_KINDS:
        fmt.setForeground(METADATA_COLOUR)
        fmt.setFontItalic(True)
    else:
        fmt.setForeground(CLUTTER_COLOUR)
        fmt.setFontStrikeOut(True)
    return fmt
