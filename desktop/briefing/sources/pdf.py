"""PDF articles: the text layer, read by pypdf (a scan without one is refused clearly)."""

from __future__ import annotations

import io

from briefing.errors import InputError, NoTextLayerError
from briefing.sources.clutter import Cleaned, clean, split_blocks, units


def parse_pdf(data: bytes, name: str) -> Cleaned:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(f"{name}: the PDF is password-protected")
        pages = [page.extract_text() or "" for page in reader.pages]
        meta_title = (reader.metadata.title if reader.metadata else None) or None
    except (PdfReadError, ValueError, KeyError, OSError) as err:
        raise InputError(f"{name}: the PDF could not be read ({err})") from err
    text = "\n\n".join(pages)
    if not text.strip():
        raise NoTextLayerError(
            f"{name}: the PDF has no text layer (a scanned image?); "
            "run it through OCR first or paste the text"
        )
    items = units(split_blocks(text))
    if meta_title and items and items[0].strip() == meta_title.strip():
        items = items[1:]
    return clean(items, title=meta_title.strip() if meta_title else None)
