"""Word (DOCX) articles, read by python-docx."""

from __future__ import annotations

import dataclasses
import io

from briefing.errors import InputError
from briefing.sources.clutter import Cleaned, clean


def parse_docx(data: bytes, name: str) -> Cleaned:
    """Paragraphs of a DOCX; the title from the Title style, a leading heading or the
    document properties, in that order (properties often hold a template's stale title)."""
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as err:  # python-docx raises several unrelated types for bad files
        raise InputError(f"{name}: the DOCX file could not be read ({err})") from err
    styled = [
        (p.text.strip(), (p.style.name if p.style is not None else "") or "")
        for p in document.paragraphs
        if p.text.strip()
    ]
    at = next((i for i, (_, style) in enumerate(styled) if style == "Title"), None)
    if at is None and styled and styled[0][1].startswith("Heading"):
        at = 0
    paragraphs = [text for i, (text, _) in enumerate(styled) if i != at]
    title = styled[at][0] if at is not None else None
    if title is None:
        title = (document.core_properties.title or "").strip() or None
    raw = "\n\n".join(text for text, _ in styled)
    return dataclasses.replace(clean(paragraphs, title=title), raw_text=raw)
