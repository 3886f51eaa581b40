"""HTML pages: the main article body and its metadata, extracted by trafilatura.

Nothing in the page runs; scripts, styles and navigation never reach the text.
"""

from __future__ import annotations

import json

from briefing.errors import InputError
from briefing.sources.clutter import Cleaned, clean, parse_date

# Fewer words than this is a menu, a cookie notice or an error page, not an article.
MIN_BODY_WORDS = 10


def parse_html(html: str, name: str) -> Cleaned:
    """Main text, title, author and date of a web page; no body is an error, not a guess."""
    import trafilatura

    extracted = trafilatura.extract(
        html,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    if not extracted:
        raise InputError(f"{name}: no article text found in this web page")
    data = json.loads(extracted)
    paragraphs = [p for p in (data.get("text") or "").split("\n") if p.strip()]
    if not paragraphs:
        raise InputError(f"{name}: no article text found in this web page")
    title = (data.get("title") or "").strip() or None
    cleaned = clean(paragraphs, title=title)
    if sum(len(p.split()) for p in cleaned.paragraphs) < MIN_BODY_WORDS:
        raise InputError(f"{name}: no article text found in this web page")
    published = parse_date(data.get("date")) or cleaned.published
    byline = (data.get("author") or "").strip() or cleaned.byline
    return Cleaned(
        cleaned.title or paragraphs[0],
        cleaned.paragraphs,
        cleaned.standfirst or ((data.get("description") or "").strip() or None),
        byline,
        published,
        cleaned.clutter,
    )
