"""The briefing as a list of flowables built from a `Briefing`: cover lines, summary,
charts, fact tables and the article itself. Every piece of article text goes through
`fonts.markup`, which escapes it, so the article can never inject markup."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import PurePath

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    LongTable,
    PageBreak,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from briefing.counts import counted
from briefing.export.pdf.bidi import paragraph
from briefing.export.pdf.charts import mentions_chart, timeline_strip
from briefing.export.pdf.fonts import SANS, SERIF, SERIF_ITALIC, markup
from briefing.export.pdf.map import places_map
from briefing.export.pdf.styles import (
    ACCENT,
    ACCENT_HEX,
    HIGHLIGHT,
    MUTED_HEX,
    RULE,
    STRIPE,
    Styles,
)
from briefing.model import Briefing, DateMention, Sentence
from briefing.timex import MONTHS, in_words, unplaced_note

# reportlab breaks a paragraph into lines again for every page it runs onto, so one text of
# many pages costs minutes (a damaged file, a name without spaces): every text is cut to
# what its place on the page can show before reportlab sees it, the cut marked `CUT_MARK`.
# A table row cannot break across pages: a name, role or cue fits a cell in ten lines.
MAX_CELL_CHARS = 300
# A quote or a date's context is a sentence or two: a third of a page in a table cell.
MAX_QUOTE_CHARS = 1200
# The longest news headlines run to some 150 characters; in the title type 200 is six lines.
MAX_TITLE_CHARS = 200
# A standfirst beyond this is not one: it would push the brief off its page.
MAX_COVER_CHARS = 1000
# A summary sentence is one sentence: no news sentence runs to a third of a page.
MAX_SUMMARY_CHARS = 1200
# The article's own paragraphs are shown whole: the appendix sets longer ones in pieces.
MAX_PARAGRAPH_CHARS = 4000
# What ends a cut text: an ellipsis, and a word, so the reader knows the article says more.
CUT_MARK = "… (cut)"
# A cut goes back to the last space within this many characters, so words stay whole.
CUT_BACKOFF = 30


def cut(text: str, limit: int | None = None) -> str:
    """`text` on one line (whitespace collapsed) and, past `limit` characters, cut to fit
    them with `CUT_MARK` at the end."""
    text, was_cut = shorten(text, limit, len(CUT_MARK))
    return text + CUT_MARK if was_cut else text


def shorten(text: str, limit: int | None, mark: int = 0) -> tuple[str, bool]:
    """`text` collapsed and, if longer than `limit`, cut to `limit - mark` characters (room
    for a mark of the cut) at a word's end where one is near; and whether it was cut."""
    text = " ".join(text.split())
    if limit is None or len(text) <= limit:
        return text, False
    kept = text[: max(1, limit - mark)]
    space = kept.rfind(" ", len(kept) - CUT_BACKOFF)
    if space > 0 and text[len(kept)] != " ":
        kept = kept[:space]
    return kept.rstrip(" ,;:"), True


def long_date(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def source_name(source: str) -> str:
    """A URL as it is, a file by its name only (the folder says nothing to the reader)."""
    return source if "://" in source else PurePath(source).name or source


def build_story(
    briefing: Briefing,
    styles: Styles,
    width: float,
    made: datetime,
    *,
    appendix: bool = False,
    level: int = 0,
) -> list[Flowable]:
    """The one-page brief at detail `level`, then, with `appendix`, the charts, the full
    fact tables and the annotated article."""
    from briefing.export.pdf.brief import brief_story

    story = brief_story(briefing, styles, width, made, level)
    if appendix:
        story += [PageBreak(), Paragraph("Appendix: the full fact sheet", styles.h1)]
        story += _charts(briefing, styles, width)
        story += _facts(briefing, styles, width)
        story += _article(briefing, styles)
    return story


def cover(briefing: Briefing, styles: Styles, made: datetime) -> list[Flowable]:
    article = briefing.article
    source = cut(source_name(article.source), MAX_CELL_CHARS)
    meta = [f"<b>Source</b>  {markup(source, SANS)}"]
    byline = []
    if article.byline:
        byline.append(f"By {markup(cut(article.byline, MAX_CELL_CHARS), SANS)}")
    if briefing.published:
        verb = "published" if byline else "Published"
        byline.append(f"{verb} {long_date(briefing.published)}")
    if byline:
        meta.append(" · ".join(byline))
    meta.append(f"Briefing made on {long_date(made.date())}")
    scope = (
        f"Extractive summary and fact sheet, {counted(article.word_count, 'word', grouped=True)}, "
        f"{counted(len(briefing.doc.sentences), 'sentence', grouped=True)}"
    )
    contents = _contents(briefing)
    standfirst: list[Flowable] = []
    if article.standfirst:
        standfirst.append(
            paragraph(cut(article.standfirst, MAX_COVER_CHARS), styles.standfirst, SERIF_ITALIC)
        )
    return [
        Paragraph("ARTICLE BRIEFING", styles.kicker),
        paragraph(cut(article.title, MAX_TITLE_CHARS) or "Untitled article", styles.title),
        *standfirst,
        Paragraph("<br/>".join(meta), styles.meta),
        Spacer(1, 4),
        Paragraph(scope + (f"<br/>{contents}" if contents else ""), styles.meta),
        Spacer(1, 8),
        HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceBefore=2, spaceAfter=4),
    ]


def _contents(briefing: Briefing) -> str:
    """ "Inside: 5 actors · 4 places · 3 quotes · 4 dates", leaving out what is empty."""
    facts = briefing.facts
    counts = (
        (len(facts.actors), "actor"),
        (len(facts.locations), "place"),
        (len(facts.quotes), "quote"),
        (len(facts.listed_dates), "date"),
    )
    parts = [counted(n, noun, grouped=True) for n, noun in counts if n]
    return "Inside: " + " · ".join(parts) if parts else ""


def summary_section(briefing: Briefing, styles: Styles) -> list[Flowable]:
    from briefing.summarize.length import describe

    story: list[Flowable] = [Paragraph("Summary", styles.h1)]
    for n, s in enumerate(briefing.summary.sentences, 1):
        ref = f'<font name="{SANS}" size="7" color="{MUTED_HEX}">  ¶ {s.paragraph + 1}</font>'
        text = cut(s.text, MAX_SUMMARY_CHARS)
        story.append(paragraph(text, styles.summary, suffix=ref, bulletText=str(n)))
    story.append(Paragraph(markup(describe(briefing), SANS), styles.note))
    return story


def _charts(briefing: Briefing, styles: Styles, width: float) -> list[Flowable]:
    facts = briefing.facts
    story: list[Flowable] = []
    bars = mentions_chart(facts.actors, facts.locations, width)
    if bars is not None:
        story.append(KeepTogether([Paragraph("Most mentioned", styles.h2), bars]))
    where = places_map(facts.locations, width, width * 0.5)
    if where is not None:
        story.append(KeepTogether([Paragraph("Where", styles.h2), where]))
    strip = timeline_strip(facts.timeline, width)
    if strip is not None:
        story.append(KeepTogether([Paragraph("When", styles.h2), strip]))
    return [Paragraph("At a glance", styles.h1), *story] if story else []


def quoted(text: str, partial: bool = False, limit: int | None = MAX_QUOTE_CHARS) -> str:
    """The quoted words in marks; a partial quote with ellipses, as it is cut from a
    sentence; one longer than `limit` cut, the mark of the cut outside the quote marks."""
    words, was_cut = shorten(text, limit, len(CUT_MARK) + 2)
    words = words.rstrip(" ,;:")
    if was_cut:
        return f"“…{words}…” (cut)" if partial else f"“{words}…” (cut)"
    return f"“…{words}…”" if partial else f"“{words}”"


def _facts(briefing: Briefing, styles: Styles, width: float) -> list[Flowable]:
    facts = briefing.facts
    sentences = briefing.doc.sentences
    cell, number, quote = styles.cell, styles.cell_number, styles.cell_quote
    tables: list[Flowable] = []
    if facts.actors:
        rows = [
            [
                cut_paragraph(a.name, cell),
                cut_paragraph(a.type, cell),
                cut_paragraph(", ".join(a.roles), cell),
                cut_paragraph(str(a.mentions), number),
            ]
            for a in facts.actors
        ]
        tables += _table(
            "Actors",
            ("Name", "Type", "Roles", "Mentions"),
            (0.32, 0.16, 0.38, 0.14),
            rows,
            styles,
            width,
        )
    if facts.locations:
        rows = [
            [
                cut_paragraph(p.name, cell),
                cut_paragraph(p.type, cell),
                cut_paragraph(p.country or "", cell),
            ]
            for p in facts.locations
        ]
        tables += _table(
            "Places", ("Name", "Type", "Country"), (0.42, 0.2, 0.38), rows, styles, width
        )
    if facts.quotes:
        rows = [
            [
                cut_paragraph(
                    quoted(q.text, q.partial, MAX_QUOTE_CHARS),
                    quote,
                    SERIF_ITALIC,
                    MAX_QUOTE_CHARS + 4,
                ),
                cut_paragraph(q.attribution, cell),
                cut_paragraph(q.found_by, cell),
            ]
            for q in facts.quotes
        ]
        tables += _table(
            "Quotes", ("Quote", "Speaker", "Found by"), (0.58, 0.24, 0.18), rows, styles, width
        )
    for title, dates in (("Timeline", facts.timeline), ("Dates without a year", facts.yearless)):
        if dates:
            rows = [_date_row(d, sentences, cell) for d in dates]
            tables += _table(
                title, ("Date", "As written", "Context"), (0.24, 0.18, 0.58), rows, styles, width
            )
    if briefing.published is None and facts.unplaced:
        note = unplaced_note([d.text for d in facts.unplaced])
        tables.append(Paragraph(markup(note, SANS), styles.note))
    if not tables:
        return []
    # the section heading goes with the first table's heading, never alone at a page foot
    return tables


def _date_row(
    d: DateMention, sentences: Sequence[Sentence], cell: ParagraphStyle
) -> list[Paragraph]:
    """A date in words, as written, and its sentence with the expression in bold."""
    context = "<i>Dateline</i>"
    for e in d.evidence:
        s = sentences[e.sentence]
        text, start = around(s.text, s.start, e.start, e.end, MAX_QUOTE_CHARS)
        context = _marked(text, start, [(e.start, e.end)], _bold, SANS)
    return [
        cut_paragraph(in_words(d.value or ""), cell),
        cut_paragraph(d.text, cell),
        Paragraph(context, cell),
    ]


def cut_paragraph(
    text: str, style: ParagraphStyle, font: str = SANS, limit: int = MAX_CELL_CHARS
) -> Paragraph:
    """A cell or line cut to `limit` (a table row cannot break across pages; see `cut`)."""
    return paragraph(cut(text, limit), style, font)


def around(text: str, offset: int, start: int, end: int, limit: int) -> tuple[str, int]:
    """At most about `limit` characters of `text` (at article offset `offset`) around the
    span `start`-`end`, with an ellipsis where it was cut; and the new text's offset."""
    if len(text) <= limit:
        return text, offset
    a = max(0, min(start - offset - limit // 2, len(text) - limit))
    b = min(len(text), max(end - offset, a + limit))
    head, tail = ("…" if a > 0 else ""), ("…" if b < len(text) else "")
    return head + text[a:b] + tail, offset + a - len(head)


def _table(
    title: str,
    header: Sequence[str],
    fractions: Sequence[float],
    rows: list[list[Paragraph]],
    styles: Styles,
    width: float,
) -> list[Flowable]:
    """A titled table whose header row repeats on each page it runs onto, with zebra rows."""
    table = zebra_table(header, fractions, list(rows), styles, width)
    # room for the heading and a few rows, else a new page (a heading never ends a page);
    # no keepWithNext, which would push a long table whole onto the next page
    return [CondPageBreak(140), Paragraph(title, styles.h2), table]


def zebra_table(
    header: Sequence[str],
    fractions: Sequence[float],
    rows: Sequence[Sequence[Paragraph | str]],
    styles: Styles,
    width: float,
    extra: Sequence[tuple[object, ...]] = (),
) -> LongTable:
    """The briefing's table: a header row in the accent colour repeated on each page, zebra
    rows; `extra` style commands go first (a dossier styles its plain-string cells)."""
    head = [Paragraph(h, styles.cell_head) for h in header]
    # LongTable measures rows only as far as a page needs: long fact lists stay linear.
    table = LongTable(
        [head, *(list(r) for r in rows)], colWidths=[f * width for f in fractions], repeatRows=1
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),  # cells are Paragraphs; not Helvetica
                *extra,
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, STRIPE]),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
            ]
        )
    )
    return table


def _bold(text: str, ordinal: int) -> str:
    return f"<b>{text}</b>"


def _marked(
    text: str,
    offset: int,
    spans: Sequence[tuple[int, int]],
    mark: Callable[[str, int], str],
    font: str,
) -> str:
    """Markup of `text` (which starts at `offset` in the article) with each of `spans`
    (article offsets, sorted, not overlapping) passed through `mark`; the rest escaped."""
    out: list[str] = []
    pos = 0
    for n, (start, end) in enumerate(spans, 1):
        a, b = max(start - offset, pos), min(end - offset, len(text))
        if a >= b:
            continue
        out.append(markup(text[pos:a], font))
        out.append(mark(markup(text[a:b], font), n))
        pos = b
    out.append(markup(text[pos:], font))
    return " ".join("".join(out).split())


def _article(briefing: Briefing, styles: Styles) -> list[Flowable]:
    article = briefing.article
    chosen = sorted(
        (s.start, s.end, n) for n, s in enumerate(briefing.summary.sentences, 1)
    )  # article order, each with its number in the summary
    story: list[Flowable] = [
        PageBreak(),
        Paragraph("The article as analysed", styles.h1),
        Paragraph(
            "Paragraphs are numbered as the summary refers to them; the sentences chosen for "
            "the summary are highlighted and carry their number in the summary.",
            styles.note,
        ),
        Spacer(1, 8),
    ]
    joined = ParagraphStyle("appendix-continued", styles.appendix, spaceAfter=0)
    for number, (text, (start, end)) in enumerate(
        zip(article.paragraphs, article.paragraph_spans(), strict=True), 1
    ):
        pieces = _pieces(text, MAX_PARAGRAPH_CHARS)
        for k, (a, b) in enumerate(pieces):
            piece_start, piece_end = start + a, start + b
            marks = [(x, y, n) for x, y, n in chosen if x < piece_end and y > piece_start]

            def highlight(
                text: str, i: int, marks: list[tuple[int, int, int]] = marks, end: int = piece_end
            ) -> str:
                x, y, n = marks[i - 1]
                if y > end:  # the sentence goes on in the next piece: numbered there
                    return f'<span backColor="{HIGHLIGHT}">{text}</span>'
                return (
                    f'<span backColor="{HIGHLIGHT}">{text}</span><super><font name="{SANS}" '
                    f'size="6" color="{ACCENT_HEX}">{n}</font></super>'
                )

            body = _marked(text[a:b], piece_start, [(x, y) for x, y, _ in marks], highlight, SERIF)
            story.append(
                Paragraph(
                    body,
                    styles.appendix if k == len(pieces) - 1 else joined,
                    bulletText=f"¶ {number}" if k == 0 else None,
                )
            )
    return story


def _pieces(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) of pieces of `text` of at most about `limit` characters, cut at spaces."""
    pieces = []
    start = 0
    while len(text) - start > limit:
        cut = text.rfind(" ", start + 1, start + limit)
        cut = cut if cut > start else start + limit
        pieces.append((start, cut))
        start = cut
    pieces.append((start, len(text)))
    return pieces
