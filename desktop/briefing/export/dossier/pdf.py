"""The dossier briefing as PDF: the story on the cover, then people and organisations,
the timeline across articles, quotes by speaker, places, and one section per article.

Page furniture, fonts and styles are the single-article briefing's; every piece of article
text goes through `fonts.markup`, which escapes it.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    Spacer,
)
from reportlab.platypus.flowables import HRFlowable

from briefing import __version__
from briefing.counts import counted
from briefing.dossier import Dossier, DossierActor
from briefing.export.atomic import write_atomic
from briefing.export.pdf import layout
from briefing.export.pdf.fonts import (
    SANS,
    SERIF,
    SERIF_ITALIC,
    font_for,
    markup,
    register_fonts,
)
from briefing.export.pdf.story import (
    MAX_CELL_CHARS,
    MAX_COVER_CHARS,
    MAX_PARAGRAPH_CHARS,
    MAX_QUOTE_CHARS,
    MAX_TITLE_CHARS,
    around,
    cut,
    cut_paragraph,
    quoted,
    zebra_table,
)
from briefing.export.pdf.styles import ACCENT, INK, Styles, make_styles
from briefing.timex import MONTHS, day_words, in_words

__all__ = ["build_dossier_pdf_bytes", "write_dossier_pdf"]

CELL_SIZE = 8.2  # the stylesheet's cell size


def _day(day: date | None) -> str:
    return day_words(day) if day else "undated"


def _month(day: date | None) -> str:
    return f"{MONTHS[day.month - 1][:3]} {day.year}" if day else "undated"


def _short(text: str, width: float, style: ParagraphStyle) -> str | Paragraph:
    """A cell that fits on one line as a plain string (drawn without a paragraph's line
    breaking: long timelines lay out several times faster), else a paragraph."""
    text = cut(text, MAX_CELL_CHARS)
    if font_for(text, SANS) == SANS and stringWidth(text, SANS, CELL_SIZE) <= width - 11:
        return text
    return Paragraph(markup(text, SANS), style)


def _table(
    title: str,
    header: Sequence[str],
    fractions: Sequence[float],
    rows: list[list[Paragraph | str]],
    styles: Styles,
    width: float,
) -> list[Flowable]:
    """A titled table whose header row repeats on each page, with zebra rows."""
    plain_cells = (
        ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
        ("LEADING", (0, 0), (-1, -1), CELL_SIZE * 1.3),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
    )
    table = zebra_table(header, fractions, rows, styles, width, plain_cells)
    if not title:  # the caller keeps its own heading with the table
        return [table]
    return [CondPageBreak(140), Paragraph(title, styles.h1), table]


def _cover(dossier: Dossier, styles: Styles, made: datetime) -> list[Flowable]:
    people = sum(a.type == "person" for a in dossier.actors)
    counts = (
        (people, "person", "people"),
        (len(dossier.actors) - people, "organisation", "organisations"),
        (len(dossier.places), "place", "places"),
        (sum(len(g.quotes) for g in dossier.quotes), "quote", "quotes"),
        (len(dossier.timeline), "dated event", "dated events"),
    )
    inside = " · ".join(counted(n, one, many, grouped=True) for n, one, many in counts if n)
    words = sum(a.word_count for a in dossier.articles)
    meta = [
        f"{counted(words, 'word', grouped=True)} in "
        f"{counted(len(dossier.articles), 'article', grouped=True)}",
        f"Dossier made on {_day(made.date())}",
    ]
    if inside:
        meta.append(f"Inside: {inside}")
    story = dossier.overview or "The articles are too short to summarise."
    return [
        Paragraph("DOSSIER BRIEFING", styles.kicker),
        Paragraph(markup(cut(dossier.heading(), MAX_TITLE_CHARS), SERIF), styles.title),
        Paragraph("<br/>".join(meta), styles.meta),
        Spacer(1, 6),
        HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceBefore=2, spaceAfter=4),
        Paragraph("The story", styles.h1),
        Paragraph(markup(cut(story, MAX_PARAGRAPH_CHARS), SERIF), styles.body),
        Paragraph(
            "Sentences chosen from the articles' own summaries: those most like what the other "
            "articles say, none repeating another.",
            styles.note,
        ),
    ]


def _roles(actor: DossierActor) -> str:
    """ "Transport minister (Mar 2024), Minister (Apr 2024)": each role with when it first
    appears."""
    first: dict[str, str] = {}
    for r in actor.roles:
        first.setdefault(r.role.casefold(), f"{r.role} ({_month(r.published)})")
    return ", ".join(first.values())


def _actors(dossier: Dossier, styles: Styles, width: float) -> list[Flowable]:
    if not dossier.actors:
        return []
    rows = []
    for a in dossier.actors:
        name = a.name
        if not a.resolved:
            maybe = " or ".join(dossier.actor(c).name for c in a.candidates)
            name += f" (could be {maybe})"
        rows.append(
            [
                cut_paragraph(name, styles.cell),
                cut_paragraph(a.type, styles.cell),
                cut_paragraph(_roles(a), styles.cell),
                cut_paragraph(str(len(a.articles)), styles.cell_number),
                cut_paragraph(str(a.mentions), styles.cell_number),
            ]
        )
    return _table(
        "People and organisations",
        ("Name", "Type", "Roles over time", "Articles", "Mentions"),
        (0.27, 0.13, 0.35, 0.11, 0.14),
        rows,
        styles,
        width,
    )


def _bold_span(text: str, offset: int, start: int, end: int) -> str:
    a, b = max(0, start - offset), min(len(text), end - offset)
    if a >= b:
        return markup(text, SANS)
    return markup(text[:a], SANS) + f"<b>{markup(text[a:b], SANS)}</b>" + markup(text[b:], SANS)


def _timeline(dossier: Dossier, styles: Styles, width: float) -> list[Flowable]:
    if not dossier.timeline:
        return []
    numbers = {a.id: n for n, a in enumerate(dossier.articles, 1)}
    rows = []
    for e in dossier.timeline:
        # the context is the sentence as stored (whitespace collapsed), so find the date in it
        date_text = cut(e.text)
        at = e.context.find(date_text)
        if at >= 0:
            end = at + len(date_text)
            text, offset = around(e.context, 0, at, end, MAX_QUOTE_CHARS)
            context = _bold_span(text, offset, at, end)
        else:
            context = markup(cut(e.context, MAX_QUOTE_CHARS), SANS)
        rows.append(
            [
                _short(in_words(e.value), 0.24 * width, styles.cell),
                _short(f"{numbers[e.article]}. {_month(e.published)}", 0.14 * width, styles.cell),
                Paragraph(context, styles.cell),
            ]
        )
    return _table(
        "Timeline across the articles",
        ("Date", "Article", "What the article says"),
        (0.24, 0.14, 0.62),
        rows,
        styles,
        width,
    )


def _quotes(dossier: Dossier, styles: Styles, width: float) -> list[Flowable]:
    if not dossier.quotes:
        return []
    numbers = {a.id: n for n, a in enumerate(dossier.articles, 1)}
    story: list[Flowable] = [CondPageBreak(140), Paragraph("Quotes by speaker", styles.h1)]
    for group in dossier.quotes:
        rows: list[list[Paragraph | str]] = [
            [
                cut_paragraph(quoted(q.text), styles.cell_quote, SERIF_ITALIC, MAX_QUOTE_CHARS + 4),
                _short(f"{numbers[q.article]}. {_month(q.published)}", 0.16 * width, styles.cell),
            ]
            for q in group.quotes
        ]
        speaker = group.speaker or "Unattributed"
        if group.actor and not (actor := dossier.actor(group.actor)).resolved:
            speaker += (
                " (could be " + " or ".join(dossier.actor(c).name for c in actor.candidates) + ")"
            )
        story += [CondPageBreak(110), cut_paragraph(speaker, styles.h2)]
        story += _table("", ("Quote", "Article"), (0.84, 0.16), rows, styles, width)
    return story


def _places(dossier: Dossier, styles: Styles, width: float) -> list[Flowable]:
    if not dossier.places:
        return []
    rows = [
        [
            cut_paragraph(p.name, styles.cell),
            cut_paragraph(p.type, styles.cell),
            cut_paragraph(p.country or "", styles.cell),
            cut_paragraph(str(len(p.articles)), styles.cell_number),
            cut_paragraph(str(p.mentions), styles.cell_number),
        ]
        for p in dossier.places
    ]
    return _table(
        "Places",
        ("Name", "Type", "Country", "Articles", "Mentions"),
        (0.31, 0.14, 0.30, 0.11, 0.14),
        rows,
        styles,
        width,
    )


def _articles(dossier: Dossier, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(200), Paragraph("The articles", styles.h1)]
    for n, a in enumerate(dossier.articles, 1):
        who = [x.name for x in dossier.actors if a.id in x.articles][:8]
        source = a.source if "://" in a.source else Path(a.source).name or a.source
        parts = [_day(a.published), source, counted(a.word_count, "word", grouped=True)]
        meta = markup(cut(" · ".join(p for p in parts if p and p != "-"), MAX_CELL_CHARS), SANS)
        if who:
            meta += "<br/>Who: " + markup(cut(", ".join(who), MAX_COVER_CHARS), SANS)
        story += [
            CondPageBreak(100),
            Paragraph(
                f"{n}. " + markup(cut(a.title, MAX_TITLE_CHARS) or "Untitled article", SANS),
                styles.h2,
            ),
            Paragraph(meta, styles.meta),
            Paragraph(
                markup(
                    cut(a.summary, MAX_PARAGRAPH_CHARS) or "The article is too short to summarise.",
                    SERIF,
                ),
                styles.body,
            ),
            Spacer(1, 4),
        ]
    return story


def build_dossier_pdf_bytes(
    dossier: Dossier, *, page_size: str = "A4", created: datetime | None = None
) -> bytes:
    """The dossier as PDF bytes; `created` fixes the dates inside it (reproducible output)."""
    register_fonts()
    size = layout.page_size(page_size)
    made = created or datetime.now()
    title = dossier.heading()
    out = io.BytesIO()
    doc = layout.make_doc_template(
        out,
        size,
        title=title,
        author="",
        subject="Dossier briefing: people, places, dates and quotes across articles",
        keywords=", ".join(a.name for a in dossier.actors[:8]),
        creator=f"Article Briefing {__version__}",
        invariant=1 if created is not None else 0,
        lang="en",
    )
    styles = make_styles()
    story = _cover(dossier, styles, made)
    story += _actors(dossier, styles, doc.width)
    story += _timeline(dossier, styles, doc.width)
    story += _quotes(dossier, styles, doc.width)
    story += _places(dossier, styles, doc.width)
    story += _articles(dossier, styles)
    doc.build(story, canvasmaker=layout.make_canvas(title, "Article Briefing · dossier", created))
    return out.getvalue()


def write_dossier_pdf(
    dossier: Dossier,
    path: str | Path,
    *,
    page_size: str = "A4",
    overwrite: bool = False,
    created: datetime | None = None,
    protect: tuple[str | Path, ...] = (),
) -> Path:
    """Write the dossier PDF atomically; never over one of its articles' files (nor any of
    `protect`), and over another existing file only with `overwrite`."""
    data = build_dossier_pdf_bytes(dossier, page_size=page_size, created=created)
    protect += tuple(a.source for a in dossier.articles if a.source != "-")
    return write_atomic(path, data, overwrite=overwrite, protect=protect)
