"""Word (DOCX) articles, read by python-docx."""

from __future__ import annotations

import io

from briefing.errors import InputError
from briefing.sources.clutter import Cleaned, clean


def parse_docx(data: bytes, name: str) -> Cleaned:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as err:  # python-docx raises several unrelated types for bad files
        raise InputError(f"{name}: the DOCX file could not be read ({err})") from err
    title = (document.core_properties.title or "").strip() or None
    paragraphs: list[str] = []
    for p in document.paragraphs:
        text = p.text.strip()
        if not text:
            continue
        style = (p.style.name if p.style is not None else "") or ""
        if title is None and (style == "Title" or style.startswith("Heading")):
            title = text
            continue
        if title is not None and text == title and not paragraphs:
            continue
        paragraphs.append(text)
    return clean(paragraphs, title=title)
