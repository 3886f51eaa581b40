"""PDF articles: the text layer, read by pypdf (a scan without one is refused clearly)."""

from __future__ import annotations

import dataclasses
import io
import re

from briefing.errors import InputError, NoTextLayerError
from briefing.sources.clutter import Cleaned, clean, split_blocks

# Titles that PDF producers write when nobody set one: reportlab's "untitled", Word's
# "Microsoft Word - draft.docx", or a bare file name such as "article.pdf".
PLACEHOLDER_TITLE = re.compile(
    r"^(?:untitled|unknown|none|microsoft word\b.*|.*\.(?:docx?|pdf|odt|rtf|txt))$", re.I
)
# A running header or footer line: "3", "Page 3", "Page 3 of 5", "3 / 5".
PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
# A line ending a sentence (or a quotation) ends a paragraph unit: "... in Tallinn."
_TERMINAL = re.compile(r"[.!?:][\"”’)]?$|[\"”]$")
# A line shorter than this share of the page's longest line ends its paragraph.
_SHORT_LINE = 0.75


def parse_pdf(data: bytes, name: str) -> Cleaned:
    """Text, title and clean-up of a PDF with a text layer."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(f"{name}: the PDF is password-protected")
        pages = [page.extract_text() or "" for page in reader.pages]
        meta_title = ((reader.metadata.title if reader.metadata else None) or "").strip()
    except (PdfReadError, ValueError, KeyError, OSError) as err:
        raise InputError(f"{name}: the PDF could not be read ({err})") from err
    text = "\n\n".join(page.strip() for page in pages)
    if not text.strip():
        raise NoTextLayerError(
            f"{name}: the PDF has no text layer (a scanned image?); "
            "run it through OCR first or paste the text"
        )
    items = [unit for page in pages for unit in reflow(page)]
    title = None if PLACEHOLDER_TITLE.match(meta_title) or not meta_title else meta_title
    if title and items and " ".join(items[0].split()) == " ".join(title.split()):
        items = items[1:]
    return dataclasses.replace(clean(items, title=title), raw_text=text)


def reflow(page: str) -> list[str]:
    """Paragraph units of one page's text: wrapped lines joined, page numbers dropped.

    A line continues into the next unless it is short (a headline, the end of a
    paragraph) or ends a sentence; "rebuil-" + "ding" is joined without its hyphen.
    """
    units: list[str] = []
    for block in split_blocks(page):
        lines = [ln.strip() for ln in block if ln.strip() and not PAGE_NUMBER.match(ln.strip())]
        longest = max((len(ln) for ln in lines), default=0)
        current = ""
        for line in lines:
            if not current:
                current = line
            elif current.endswith("-") and current[-2:-1].isalpha() and line[:1].islower():
                current = current[:-1] + line
            else:
                current += " " + line
            if len(line) < _SHORT_LINE * longest or _TERMINAL.search(line):
                units.append(current)
                current = ""
        if current:
            units.append(current)
    return units
