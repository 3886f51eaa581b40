"""PDF articles: the text layer, read by pypdf (a scan without one is refused clearly)."""

from __future__ import annotations

import contextlib
import dataclasses
import io
import re
from typing import cast

from briefing.errors import InputError, NoTextLayerError, TooLargeError, TooLongError
from briefing.sources.clutter import Cleaned, clean, split_blocks
from briefing.sources.detect import drop_controls
from briefing.sources.limits import MB, Limits

LIMITS = Limits()

# Titles that PDF producers write when nobody set one: reportlab's "untitled", Word's
# "Microsoft Word - draft.docx", or a bare file name such as "article.pdf".
PLACEHOLDER_TITLE = re.compile(
    r"^(?:untitled|unknown|none|microsoft word\b.*|.*\.(?:docx?|pdf|odt|rtf|txt))$", re.I
)
# A running header or footer line: "3", "Page 3", "Page 3 of 5", "3 / 5".
PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
# A line ending a sentence (or a quotation) ends a paragraph unit: "... in Tallinn."
_TERMINAL = re.compile(r"[.!?:][\"”’)]?$|[\"”]$")
# Text is read page by page, milliseconds each: a long book has a few hundred pages.
MAX_PAGES = 3000
# A line shorter than this share of the page's longest line ends its paragraph.
_SHORT_LINE = 0.75


def parse_pdf(data: bytes, name: str, limits: Limits = LIMITS) -> Cleaned:
    """Text, title and clean-up of a PDF with a text layer; its page contents may unpack to
    `limits.max_inflated` bytes at most (a small PDF can hold gigabytes of compressed data)."""
    with _inflate_at_most(limits.max_inflated):
        pages, meta_title = _read_pages(data, name, limits)
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


def _inflate_at_most(limit: int) -> contextlib.AbstractContextManager[object]:
    """pypdf's own bound on each decompressed stream (75 MB), lowered to `limit`; an older
    pypdf without per-call configuration keeps its own bound."""
    import pypdf

    apply = getattr(pypdf, "apply_configuration", None)
    if apply is None:
        return contextlib.nullcontext()
    fields = pypdf.get_configuration()
    bounds = {
        field: min(getattr(fields, field), limit)
        for field in _PYPDF_OUTPUT_BOUNDS
        if hasattr(fields, field)
    }
    return cast(contextlib.AbstractContextManager[object], apply(**bounds))


# pypdf's configuration fields bounding what one stream may unpack to.
_PYPDF_OUTPUT_BOUNDS = (
    "zlib_maximum_output_length",
    "lzw_maximum_output_length",
    "run_length_maximum_output_length",
    "array_based_stream_maximum_output_length",
    "jbig2_maximum_output_length",
)


def _read_pages(data: bytes, name: str, limits: Limits) -> tuple[list[str], str]:
    """The text of each page and the document's title property."""
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError, PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(f"{name}: the PDF is password-protected")
        if len(reader.pages) > MAX_PAGES:
            raise TooLargeError(
                f"{name}: a PDF of {len(reader.pages):,} pages, over the {MAX_PAGES:,} limit"
            )
        pages: list[str] = []
        inflated = words = 0
        for page in reader.pages:
            contents = page.get_contents()
            inflated += len(contents.get_data()) if contents is not None else 0
            if inflated > limits.max_inflated:
                raise _too_large(name, limits)
            pages.append(drop_controls(page.extract_text() or ""))
            words += len(pages[-1].split())
            if words > 2 * limits.max_words:  # the exact word limit applies to paragraphs
                if not limits.cut_words:
                    raise TooLongError(
                        f"{name}: more than {words:,} words, over the "
                        f"{limits.max_words:,}-word limit for one article",
                        words,
                        limits.max_words,
                    )
                break
        meta_title = ((reader.metadata.title if reader.metadata else None) or "").strip()
    except LimitReachedError:
        raise _too_large(name, limits) from None
    except (PyPdfError, ValueError, KeyError, OSError, RecursionError) as err:
        raise InputError(f"{name}: the PDF could not be read ({err})") from err
    return pages, meta_title


def _too_large(name: str, limits: Limits) -> TooLargeError:
    return TooLargeError(
        f"{name}: the PDF's pages unpack to over {limits.max_inflated // MB} MB "
        "(a damaged or hostile file?)"
    )


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
