"""The article as analysed (headline and standfirst scrolling with it, summary sentences
highlighted, evidence revealed on request, Find) and the source as loaded (what was set aside
as page furniture marked)."""

from __future__ import annotations

import html
import re
from bisect import bisect_left
from collections.abc import Sequence

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QLabel, QTextEdit, QVBoxLayout, QWidget

from briefing.gui import palette as colours
from briefing.gui.views.find import FindBar
from briefing.model import Article, Briefing, Clutter, Evidence
from briefing.timex import day_words

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


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class QtOffsets:
    """Model offsets count code points, Qt counts UTF-16 units, where a character outside the
    Basic Multilingual Plane (an emoji) takes two: the map between them. Found with a regex,
    not a loop over every character (a 100,000-word article took 0.3 s that way)."""

    def __init__(self, text: str) -> None:
        self.astral = [] if text.isascii() else [m.start() for m in _ASTRAL.finditer(text)]

    def __getitem__(self, offset: int) -> int:
        return offset + bisect_left(self.astral, offset) if self.astral else offset


def _qt_offsets(text: str) -> QtOffsets | None:
    offsets = QtOffsets(text)
    return offsets if offsets.astral else None


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
        _space_lines(self.document())


def _space_lines(document: QTextDocument) -> None:
    cursor = QTextCursor(document)
    cursor.select(QTextCursor.SelectionType.Document)
    block = QTextBlockFormat()
    block.setLineHeight(LINE_HEIGHT_PERCENT, 1)  # 1 = QTextBlockFormat.ProportionalHeight
    cursor.mergeBlockFormat(block)


# Characters of the article put in the view at once, then per event-loop turn (each part
# about 2 ms; the first also lays out the header and a screenful).
FIRST_PART_CHARS = 4_000
PART_CHARS = 8_000


class ArticleText(_ReadOnlyText):
    """The headline block, then the analysis text; a model offset is a position here after
    the header (plain text, one block a line)."""

    completed = Signal()  # the whole article is in the view

    def __init__(self) -> None:
        super().__init__()
        self._offsets: QtOffsets | None = None
        self._base = 0  # where the article text starts, after the header
        self._document: QTextDocument | None = None
        self._evidence: list[QTextEdit.ExtraSelection] = []
        self._found: list[QTextCursor] = []
        self._current = -1
        self._building = 0  # counts articles put on show; a part for an older one is dropped
        self._rest: tuple[Briefing, str, int] | None = None  # what is still to go in
        self.setPlaceholderText("No article yet.")
        self.setAccessibleName("Article text")
        self.setAccessibleDescription("The article; summary sentences are highlighted")
        self.setTabChangesFocus(True)

    def show_article(self, briefing: Briefing) -> None:
        """Build the new text in a document of its own and put it on show with the article's
        first part; append the rest a part per event-loop turn (inserting 100,000 words and
        laying them out at once held the window for over 40 ms). Filling the document while
        it is shown lays out only what each part adds."""
        text = briefing.article.text
        self._offsets = _qt_offsets(text)
        self._evidence, self._found, self._current = [], [], -1
        self._building += 1
        self.setExtraSelections([])
        old = self.document()
        document = QTextDocument()
        document.setDocumentMargin(old.documentMargin())
        document.setDefaultFont(self.font())
        cursor = QTextCursor(document)
        cursor.insertHtml(header_html(briefing, self.palette()))
        _space_lines(document)
        spaced = QTextBlockFormat()
        spaced.setLineHeight(LINE_HEIGHT_PERCENT, 1)  # new blocks of the text inherit it
        cursor.insertBlock(spaced, QTextCharFormat())
        self._base = cursor.position()
        cursor.insertText(text[:FIRST_PART_CHARS], QTextCharFormat())
        self.setDocument(document)
        # Python owns the document (the view does not): holding it here keeps it alive, and
        # dropping the previous one deletes it once it is off the screen.
        self._document = document
        self.setCurrentCharFormat(QTextCharFormat())
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self._rest = (briefing, text, FIRST_PART_CHARS)
        if len(text) > FIRST_PART_CHARS:
            QTimer.singleShot(0, self, lambda n=self._building: self._append_part(n))
        else:
            self._complete()

    def _append_part(self, building: int) -> None:
        if building != self._building or self._rest is None:
            return  # another article took its place
        briefing, text, done = self._rest
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(text[done : done + PART_CHARS], QTextCharFormat())
        self._rest = (briefing, text, done + PART_CHARS)
        if done + PART_CHARS < len(text):
            QTimer.singleShot(0, self, lambda: self._append_part(building))
        else:
            self._complete()

    def finish(self) -> None:
        """Put the rest of the article in at once (Find and reveal need all of it)."""
        if self._rest is not None:
            briefing, text, done = self._rest
            cursor = QTextCursor(self.document())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText(text[done:], QTextCharFormat())
            self._complete()

    def complete(self) -> bool:
        """Whether the whole article is in the view."""
        return self._rest is None

    def _complete(self) -> None:
        assert self._rest is not None
        briefing = self._rest[0]
        self._rest = None
        background, foreground = colours.mark(self.palette(), "summary")
        fmt = QTextCharFormat()
        fmt.setBackground(background)
        fmt.setForeground(foreground)
        for s in briefing.summary.sentences:
            self._cursor(s.start, s.end).mergeCharFormat(fmt)
        self.completed.emit()

    def _cursor(self, start: int, end: int, document: QTextDocument | None = None) -> QTextCursor:
        if self._offsets is not None:
            start, end = self._offsets[start], self._offsets[end]
        document = document or self.document()
        last = document.characterCount() - 1
        cursor = QTextCursor(document)
        cursor.setPosition(min(self._base + start, last))
        cursor.setPosition(min(self._base + end, last), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _mark(self, cursor: QTextCursor, kind: str) -> QTextEdit.ExtraSelection:
        background, foreground = colours.mark(self.palette(), kind)
        mark = QTextEdit.ExtraSelection()
        mark.cursor = cursor  # type: ignore[attr-defined]
        mark.format.setBackground(background)  # type: ignore[attr-defined]
        mark.format.setForeground(foreground)  # type: ignore[attr-defined]
        return mark

    def _show_marks(self) -> None:
        found = [
            self._mark(c, "find-current" if i == self._current else "find")
            for i, c in enumerate(self._found)
        ]
        self.setExtraSelections(self._evidence + found)

    def reveal(self, evidence: Sequence[Evidence]) -> None:
        """Mark every piece of evidence, select the first and scroll it into view."""
        if not evidence or self.document().isEmpty():
            return
        self.finish()
        self._evidence = [self._mark(self._cursor(e.start, e.end), "evidence") for e in evidence]
        self._show_marks()
        first = self._cursor(evidence[0].start, evidence[0].end)
        self.setTextCursor(first)
        self._scroll_to(first)

    def _scroll_to(self, cursor: QTextCursor) -> None:
        # Place the selection a third of the way down rather than at the very edge.
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect(cursor).top() - self.viewport().height() // 3)

    def find_all(self, needle: str) -> int:
        """Mark every occurrence of `needle` (case-insensitive); returns how many."""
        self._found, self._current = [], -1
        if needle:
            self.finish()
            cursor = self.document().find(needle, 0)
            while not cursor.isNull():
                self._found.append(cursor)
                cursor = self.document().find(needle, cursor)
        self._show_marks()
        return len(self._found)

    def find_step(self, forward: bool = True) -> int:
        """Go to the next (or previous) occurrence; returns its 0-based number, -1 if none."""
        if not self._found:
            return -1
        step = 1 if forward else -1
        if self._current < 0:
            self._current = 0 if forward else len(self._found) - 1
        else:
            self._current = (self._current + step) % len(self._found)
        cursor = self._found[self._current]
        self.setTextCursor(cursor)
        self._scroll_to(cursor)
        self._show_marks()
        return self._current

    def selected_text(self) -> str:
        return self.textCursor().selectedText().replace("\u2029", "\n")


class ArticleView(QWidget):
    """The article (headline and standfirst scroll with it) over a Find bar."""

    def __init__(self) -> None:
        super().__init__()
        self.text = ArticleText()
        self.find_bar = FindBar(self.text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.find_bar)
        self.text.completed.connect(self.find_bar.refresh)

    def show_briefing(self, briefing: Briefing) -> None:
        self.text.show_article(briefing)

    def reveal(self, evidence: Sequence[Evidence]) -> None:
        self.text.reveal(evidence)


def header_html(briefing: Briefing, palette: QPalette | None = None) -> str:
    """Headline, standfirst and a byline/date line, escaped, in the palette's colours."""
    a = briefing.article
    size = reading_font().pointSizeF()
    secondary = colours.muted(palette or QPalette()).name()
    parts = [
        f'<p style="font-size:{size + 6:.0f}pt; font-weight:600; margin-bottom:6px;">'
        f"{html.escape(a.title)}</p>"
    ]
    if a.standfirst:
        parts.append(
            f'<p style="font-size:{size:.0f}pt; font-style:italic; color:{secondary};'
            f' margin-bottom:4px;">{html.escape(a.standfirst)}</p>'
        )
    meta = [m for m in (a.byline and f"By {a.byline}", _published(briefing)) if m]
    if meta:
        parts.append(
            f'<p style="color:{secondary}; margin-bottom:10px;">{html.escape(" · ".join(meta))}</p>'
        )
    return "".join(parts)


def _published(briefing: Briefing) -> str:
    day = briefing.published
    if day is None:
        return ""
    words = day_words(day)
    return words if briefing.options.published is None else f"{words} (set by you)"


class SourceText(_ReadOnlyText):
    """What the file held: metadata lines in blue, page furniture struck through in grey."""

    def __init__(self) -> None:
        super().__init__()
        self.setFont(reading_font(0))
        self.setPlaceholderText("The source text of the article appears here.")
        self.setAccessibleName("Source text")
        self.setTabChangesFocus(True)

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
            cursor.mergeCharFormat(_clutter_format(item, self.palette()))
        if missing:
            cursor = QTextCursor(self.document())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText("\n\nAlso set aside:\n", QTextCharFormat())
            for item in missing:
                cursor.insertText(f"{item.text}\n", _clutter_format(item, self.palette()))
        self.moveCursor(QTextCursor.MoveOperation.Start)


class SourceView(QWidget):
    """The source text under a one-line legend of its marks."""

    def __init__(self) -> None:
        super().__init__()
        accent, muted = colours.accent(self.palette()), colours.muted(self.palette())
        legend = QLabel(
            f'<span style="color:{accent.name()}; font-style:italic;">Blue</span>: '
            "standfirst, byline and dateline, read as metadata. "
            f'<span style="color:{muted.name()}; text-decoration:line-through;">'
            "Struck through</span>: page furniture (repeated headline, reading time, captions, "
            "credits), not analysed."
        )
        legend.setWordWrap(True)
        legend.setContentsMargins(20, 10, 20, 4)
        legend.setAutoFillBackground(True)
        legend.setBackgroundRole(QPalette.ColorRole.Base)
        self.text = SourceText()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(legend)
        layout.addWidget(self.text, 1)

    _pending: Briefing | None = None

    def show_briefing(self, briefing: Briefing) -> None:
        """Render now if on show, else when first shown (a long source takes a while)."""
        self._pending = briefing
        if self.isVisible():
            self._render()

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)  # type: ignore[arg-type]
        self._render()

    def _render(self) -> None:
        if self._pending is not None:
            briefing, self._pending = self._pending, None
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


def _clutter_format(item: Clutter, palette: QPalette) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setToolTip(f"Set aside: {item.kind.replace('-', ' ')}")
    if item.kind in METADATA_KINDS:
        fmt.setForeground(colours.accent(palette))
        fmt.setFontItalic(True)
    else:
        fmt.setForeground(colours.muted(palette))
        fmt.setFontStrikeOut(True)
    return fmt
