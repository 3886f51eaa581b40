"""The PDF briefing: `build_pdf_bytes` lays it out in memory, `write_pdf` writes it atomically.

With `created` fixed, two builds of the same briefing are byte-for-byte identical.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from briefing import __version__
from briefing.export.atomic import write_atomic
from briefing.export.pdf import layout
from briefing.export.pdf.fonts import register_fonts
from briefing.export.pdf.story import build_story, source_name
from briefing.export.pdf.styles import make_styles
from briefing.model import Briefing

__all__ = ["build_pdf_bytes", "write_pdf"]

KEYWORDS = 8  # top actors and places named in the PDF keywords
# Articles up to this many words get the one-page brief alone unless the appendix is asked
# for; longer ones get the appendix by default (a brief cannot stand for them alone).
BRIEF_MAX_WORDS = 1500


def _keywords(briefing: Briefing) -> str:
    facts = briefing.facts
    ranked = sorted(
        [(a.mentions, a.name) for a in facts.actors]
        + [(p.mentions, p.name) for p in facts.locations],
        key=lambda item: -item[0],
    )
    names: list[str] = []
    for _, name in ranked:
        if name not in names:
            names.append(name)
    return ", ".join(names[:KEYWORDS])


def wants_appendix(briefing: Briefing, appendix: bool | None) -> bool:
    """The appendix as asked, or by default only for articles too long for a brief alone."""
    return briefing.article.word_count > BRIEF_MAX_WORDS if appendix is None else appendix


def build_pdf_bytes(
    briefing: Briefing,
    *,
    page_size: str = "A4",
    created: datetime | None = None,
    appendix: bool | None = None,
) -> bytes:
    """The briefing as PDF bytes: a one-page brief (less detail until it fits a page), then
    the full fact sheet and annotated article when `appendix` (see `wants_appendix`).
    `created` fixes the dates inside it (reproducible output)."""
    from briefing.export.pdf.brief import LEVELS

    level = 0
    while level < len(LEVELS) - 1 and _pages(briefing, page_size, created, level) > 1:
        level += 1
    return _build(briefing, page_size, created, level, wants_appendix(briefing, appendix))[0]


def _pages(briefing: Briefing, page_size: str, created: datetime | None, level: int) -> int:
    return _build(briefing, page_size, created, level, False)[1]


def _build(
    briefing: Briefing, page_size: str, created: datetime | None, level: int, appendix: bool
) -> tuple[bytes, int]:
    register_fonts()
    size = layout.page_size(page_size)
    made = created or datetime.now()
    title = " ".join(briefing.article.title.split()) or "Untitled article"
    out = io.BytesIO()
    doc = layout.make_doc_template(
        out,
        size,
        title=title,
        author=" ".join((briefing.article.byline or "").split()),
        subject=f"Briefing: summary and fact sheet of {source_name(briefing.article.source)}",
        keywords=_keywords(briefing),
        creator=f"Article Briefing {__version__}",
        invariant=1 if created is not None else 0,
        lang="en",
    )
    story = build_story(briefing, make_styles(), doc.width, made, appendix=appendix, level=level)
    footer = f"Article Briefing · {source_name(briefing.article.source)}"
    doc.build(story, canvasmaker=layout.make_canvas(title, footer, created))
    return out.getvalue(), int(doc.page)


def write_pdf(
    briefing: Briefing,
    path: str | Path,
    *,
    page_size: str = "A4",
    overwrite: bool = False,
    created: datetime | None = None,
    appendix: bool | None = None,
    protect: Iterable[str | Path] = (),
) -> Path:
    """Write the briefing to `path` atomically; never over the article's own source file or
    any of `protect` (the other inputs of the run), over another file only with `overwrite`."""
    data = build_pdf_bytes(briefing, page_size=page_size, created=created, appendix=appendix)
    protected = (briefing.article.source, *protect)
    return write_atomic(path, data, overwrite=overwrite, protect=protected)
