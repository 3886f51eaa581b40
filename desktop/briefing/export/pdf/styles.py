"""The briefing's stylesheet: serif for reading, sans for furniture; one muted accent colour."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from briefing.export.pdf.fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD, SERIF_ITALIC

INK = colors.HexColor("#1f2a33")
MUTED_HEX = "#5b6873"
ACCENT_HEX = "#2b5d7d"
MUTED = colors.HexColor(MUTED_HEX)
ACCENT = colors.HexColor(ACCENT_HEX)
ACCENT_2 = colors.HexColor("#9a6b3c")
RULE = colors.HexColor("#c8d2da")
STRIPE = colors.HexColor("#f1f4f7")
HIGHLIGHT = "#fbefc4"  # summary sentences in the appendix


@dataclass(frozen=True)
class Styles:
    kicker: ParagraphStyle
    title: ParagraphStyle
    standfirst: ParagraphStyle
    meta: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    summary: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_quote: ParagraphStyle
    cell_number: ParagraphStyle
    cell_head: ParagraphStyle
    appendix: ParagraphStyle
    brief_line: ParagraphStyle


def make_styles() -> Styles:
    """A fresh stylesheet (styles are mutable reportlab objects, so never shared)."""
    base = ParagraphStyle("base", fontName=SERIF, fontSize=10, leading=14, textColor=INK)
    cell = ParagraphStyle("cell", base, fontName=SANS, fontSize=8.2, leading=10.6)
    return Styles(
        kicker=ParagraphStyle(
            "kicker", base, fontName=SANS_BOLD, fontSize=8, leading=10, textColor=ACCENT
        ),
        title=ParagraphStyle(
            "title",
            base,
            fontName=SERIF_BOLD,
            fontSize=21,
            leading=26,
            spaceBefore=4,
            spaceAfter=8,
        ),
        standfirst=ParagraphStyle(
            "standfirst", base, fontName=SERIF_ITALIC, fontSize=11, leading=15, spaceAfter=8
        ),
        meta=ParagraphStyle(
            "meta", base, fontName=SANS, fontSize=8.5, leading=12.5, textColor=MUTED
        ),
        h1=ParagraphStyle(
            "h1",
            base,
            fontName=SANS_BOLD,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=16,
            spaceAfter=7,
            keepWithNext=1,
        ),
        h2=ParagraphStyle(
            "h2",
            base,
            fontName=SANS_BOLD,
            fontSize=9.5,
            leading=12,
            textColor=INK,
            spaceBefore=11,
            spaceAfter=5,
        ),
        body=base,
        summary=ParagraphStyle(
            "summary",
            base,
            fontSize=10.5,
            leading=15,
            leftIndent=20,
            bulletIndent=0,
            bulletFontName=SANS_BOLD,
            bulletFontSize=9,
            bulletColor=ACCENT,
            spaceAfter=7,
        ),
        note=ParagraphStyle("note", base, fontName=SANS, fontSize=8, leading=11, textColor=MUTED),
        cell=cell,
        cell_quote=ParagraphStyle(
            "cell_quote", cell, fontName=SERIF_ITALIC, fontSize=8.6, leading=11.2
        ),
        cell_number=ParagraphStyle("cell_number", cell, alignment=TA_RIGHT),
        cell_head=ParagraphStyle(
            "cell_head", cell, fontName=SANS_BOLD, textColor=colors.white, alignment=TA_LEFT
        ),
        appendix=ParagraphStyle(
            "appendix",
            base,
            fontSize=9.2,
            leading=13,
            leftIndent=22,
            bulletIndent=0,
            bulletFontName=SANS,
            bulletFontSize=7,
            bulletColor=MUTED,
            spaceAfter=6,
        ),
        brief_line=ParagraphStyle(
            "brief_line", base, fontName=SANS, fontSize=8.6, leading=11.4, spaceAfter=2.5
        ),
    )
