"""HTML pages: the main article body and its metadata, extracted by trafilatura.

Nothing in the page runs; scripts, styles and navigation never reach the text.
"""

from __future__ import annotations

import json
import re

from briefing.errors import InputError, TooLargeError, TooLongError
from briefing.sources.clutter import Cleaned, clean, field_byline, parse_date
from briefing.sources.limits import Limits

LIMITS = Limits()
# Fewer words than this is a menu, a cookie notice or an error page, not an article.
MIN_BODY_WORDS = 10
# trafilatura takes seconds per megabyte of markup: a page is measured before it is parsed.
# A long news page has a few thousand elements; this many is a generated or hostile file.
MAX_ELEMENTS = 200_000
# Visible words over this multiple of the word limit are refused (or cut) before parsing;
# menus and footers count here, so the exact limit applies to the extracted text.
WORD_SLACK = 1.5
# What never shows: scripts, styles, templates, SVG drawings and comments.
_HIDDEN = re.compile(r"<(script|style|noscript|template|svg)\b.*?</\1\s*>|<!--.*?-->", re.S | re.I)
_TAG = re.compile(r"<[^>]*>")
_CHUNK = 1 << 16


def parse_html(html: str, name: str, limits: Limits = LIMITS) -> Cleaned:
    """Main text, title, author and date of a web page; no body is an error, not a guess."""
    import trafilatura

    html = _within_limits(html, name, limits)

    extracted = trafilatura.extract(
        html,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    data = json.loads(extracted) if extracted else {}
    paragraphs = [p for p in (data.get("text") or "").split("\n") if p.strip()]
    title = (data.get("title") or "").strip() or None
    if not paragraphs or _too_deep(html):  # trafilatura found nothing or lost the body
        from briefing.sources.html_blocks import page_blocks

        title, paragraphs = page_blocks(html)
    if not paragraphs:
        raise InputError(f"{name}: no article text found in this web page")
    cleaned = clean(paragraphs, title=title)
    if sum(len(p.split()) for p in cleaned.paragraphs) < MIN_BODY_WORDS:
        raise InputError(f"{name}: no article text found in this web page")
    published = parse_date(data.get("date")) or cleaned.published
    byline = field_byline(data.get("author")) or cleaned.byline
    return Cleaned(
        cleaned.title or paragraphs[0],
        cleaned.paragraphs,
        cleaned.standfirst or ((data.get("description") or "").strip() or None),
        byline,
        published,
        cleaned.clutter,
    )


def _too_deep(html: str) -> bool:
    """Whether libxml2, which trafilatura parses with, stops at its nesting limit (256
    elements deep) and so loses the rest of the page; its parse takes milliseconds."""
    from lxml import etree

    parser = etree.HTMLParser()
    try:
        etree.fromstring(html, parser)
    except (etree.LxmlError, ValueError):
        return False
    return any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)


def _within_limits(html: str, name: str, limits: Limits) -> str:
    """`html` if its parse will be quick: refused when it has too many elements, refused or
    cut (`limits.cut_words`) when its visible text is far over the word limit."""
    visible = _HIDDEN.sub(" ", html)
    elements = visible.count("<")
    if elements > MAX_ELEMENTS:
        raise TooLargeError(
            f"{name}: a web page of about {elements:,} elements, over the "
            f"{MAX_ELEMENTS:,} limit (a generated or damaged file?)"
        )
    budget = int(WORD_SLACK * limits.max_words)
    words = 0
    for start in range(0, len(visible), _CHUNK):  # a word across two chunks counts twice
        words += len(_TAG.sub(" ", visible[start : start + _CHUNK]).split())
        if words > budget and limits.cut_words:
            cut = visible.rfind(">", 0, start + _CHUNK) + 1
            return visible[: cut or start + _CHUNK]
    if words > budget:
        raise TooLongError(
            f"{name}: about {words:,} words, over the {limits.max_words:,}-word limit "
            "for one article",
            words,
            limits.max_words,
        )
    return html
