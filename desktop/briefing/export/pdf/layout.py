"""Page furniture: A4 or Letter, margins, the running header (title, from page 2) and the
"page X of Y" footer, drawn once the page count is known by a counting canvas."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from briefing.errors import ExportError
from briefing.export.pdf.fonts import SANS, SANS_BOLD, clip_to_width, font_for
from briefing.export.pdf.styles import MUTED, RULE

PAGE_SIZES = {"A4": A4, "LETTER": LETTER}
MARGIN_X = 22 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
FURNITURE_SIZE = 7.5


def page_size(name: str) -> tuple[float, float]:
    try:
        size: tuple[float, float] = PAGE_SIZES[name.upper()]
    except KeyError:
        raise ExportError(f"unknown page size {name!r} (choose A4 or Letter)") from None
    return size


def _fit(text: str, font: str, width: float) -> str:
    """`text` cut with an ellipsis to fit on one line of the running header."""
    return clip_to_width(text, font, FURNITURE_SIZE, width)


def make_canvas(header: str, footer: str, created: datetime | None) -> type[Canvas]:
    """A canvas class that keeps each page until the end, then adds header, footer and
    "page X of Y"; with `created`, the PDF creation date is that moment (reproducible)."""

    @cache
    def fitted(text: str, width: float) -> tuple[str, str]:
        """(font, text cut to `width`), worked out once, not on every page."""
        font = font_for(text, SANS)
        return font, _fit(text, font, width)

    class BriefingCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            if created is not None:
                utc = created.astimezone(UTC) if created.tzinfo else created
                stamp = utc.strftime("D:%Y%m%d%H%M%S+00'00'")
                self._doc.setDateFormatter(lambda *_: stamp)

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self._furniture(number, total)
                super().showPage()
            super().save()

        def _furniture(self, number: int, total: int) -> None:
            width, height = self._pagesize
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.setFillColor(MUTED)
            if number > 1:
                font, text = fitted(header, width - 2 * MARGIN_X - 30 * mm)
                y = height - MARGIN_TOP + 9 * mm
                self.setFont(font, FURNITURE_SIZE)
                self.drawString(MARGIN_X, y, text)
                self.setFont(SANS_BOLD, FURNITURE_SIZE)
                self.drawRightString(width - MARGIN_X, y, "BRIEFING")
                self.line(MARGIN_X, y - 2.5 * mm, width - MARGIN_X, y - 2.5 * mm)
            y = MARGIN_BOTTOM - 10 * mm
            self.line(MARGIN_X, y + 3.5 * mm, width - MARGIN_X, y + 3.5 * mm)
            font, text = fitted(footer, width - 2 * MARGIN_X - 30 * mm)
            self.setFont(font, FURNITURE_SIZE)
            self.drawString(MARGIN_X, y, text)
            self.setFont(SANS, FURNITURE_SIZE)
            self.drawRightString(width - MARGIN_X, y, f"page {number} of {total}")
            self.restoreState()

    return BriefingCanvas


def make_doc_template(out: Any, size: tuple[float, float], **info: Any) -> BaseDocTemplate:
    """One frame per page inside the margins; `info` is the PDF metadata."""
    doc = BaseDocTemplate(
        out,
        pagesize=size,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        initialFontName=SANS,  # not reportlab's Helvetica: only our two typefaces in the file
        initialFontSize=FURNITURE_SIZE,
        **info,
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return doc
