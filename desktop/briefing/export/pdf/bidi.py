"""Right-to-left paragraphs broken into lines in reading order.

reportlab lays characters out left to right and breaks lines after it has been given the text,
so a right-to-left sentence put into drawing order first would start on its last line. Here
the words are broken into lines in reading order at the width the frame gives, and each line
is then put into drawing order on its own and set flush right. Paragraphs with no
right-to-left letters stay plain `Paragraph`s.
"""

from __future__ import annotations

import unicodedata
from copy import copy
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText

from briefing.export.pdf.fonts import MISSING, SERIF, _fallback, markup, visual_order


def paragraph(
    text: str, style: ParagraphStyle, font: str = SERIF, suffix: str = "", **kw: Any
) -> Paragraph:
    """`text` (plain, logical order) as a paragraph; `suffix` is markup drawn after it."""
    if right_to_left(text):
        return ReadingOrderParagraph(text, style, font, suffix, **kw)
    return Paragraph(markup(text, font) + suffix, style, **kw)


def right_to_left(text: str) -> bool:
    """Whether most of the letters of `text` belong to right-to-left scripts."""
    rtl = letters = 0
    for char in text:
        if char.isalpha():
            letters += 1
            rtl += unicodedata.bidirectional(char) in ("R", "AL")
    return letters > 0 and rtl * 2 > letters


class ReadingOrderParagraph(Paragraph):  # type: ignore[misc]  # reportlab is untyped
    """A mostly right-to-left paragraph, re-broken into lines whenever it is given a width."""

    def __init__(
        self,
        text: str | None,
        style: ParagraphStyle,
        font: str = SERIF,
        suffix: str = "",
        bulletText: str | None = None,  # noqa: N803 (reportlab's name; split passes it)
        frags: Any = None,
        **kw: Any,
    ) -> None:
        self._laid_for: float | None = None
        if text is None:  # a piece made by split(): its lines are already in drawing order
            self._logical: str | None = None
            super().__init__(None, style, bulletText=bulletText, frags=frags, **kw)
            return
        self._logical = " ".join(text.split())
        self._font = font
        self._suffix = suffix
        self._suffix_width = _width(_plain(suffix), font, style.fontSize * 0.8) if suffix else 0.0
        right = copy(style)
        right.alignment = TA_RIGHT
        super().__init__(markup(self._logical, font) + suffix, right, bulletText=bulletText, **kw)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._logical is not None and self._laid_for != availWidth:
            style = self.style
            width = availWidth - style.leftIndent - style.rightIndent
            lines = break_lines(
                self._logical, self._font, style.fontSize, width, self._suffix_width
            )
            drawn = [markup(line, self._font, "R") for line in lines]
            drawn[-1] = self._suffix.strip() + "  " + drawn[-1] if self._suffix else drawn[-1]
            text = "<br/>".join(drawn)
            self._setup(text, style, self.bulletText, None, cleanBlockQuotedText)
            self._laid_for = availWidth
        return super().wrap(availWidth, availHeight)  # type: ignore[no-any-return]


def break_lines(
    text: str, font: str, size: float, width: float, last_reserve: float = 0.0
) -> list[str]:
    """`text` broken greedily into lines no wider than `width` points, in reading order; the
    last line leaves `last_reserve` points free. A word wider than a line stands alone."""
    lines: list[list[str]] = [[]]
    used = 0.0
    space = _width(" ", font, size)
    for word in text.split():
        w = _width(visual_order(word), font, size)
        if lines[-1] and used + space + w > width:
            lines.append([])
            used = 0.0
        used += (space if lines[-1] else 0.0) + w
        lines[-1].append(word)
    if len(lines[-1]) > 1 and used + last_reserve > width:
        lines.append([lines[-1].pop()])
    return [" ".join(words) for words in lines if words]


def _width(text: str, font: str, size: float) -> float:
    """The drawn width of `text`, each character measured in the font that will draw it."""
    total = 0.0
    for char in text:
        fb = _fallback(font, char)
        face = font if fb is None else (font if fb == MISSING else fb)
        total += pdfmetrics.stringWidth(char, face, size)
    return total


def _plain(markup_text: str) -> str:
    """The characters a markup snippet draws (tags dropped), for measuring it."""
    out, inside = [], False
    for char in markup_text:
        if char == "<":
            inside = True
        elif char == ">":
            inside = False
        elif not inside:
            out.append(char)
    return "".join(out)


__all__ = ["ReadingOrderParagraph", "break_lines", "paragraph", "right_to_left"]
