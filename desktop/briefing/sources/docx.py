"""Word (DOCX) articles, read by python-docx."""

from __future__ import annotations

import dataclasses
import io
import zipfile

from briefing.errors import InputError, TooLargeError
from briefing.sources.clutter import Cleaned, clean
from briefing.sources.detect import drop_controls
from briefing.sources.limits import MB, Limits

LIMITS = Limits()
# More parts than this is not a document someone wrote (Word writes a few dozen).
MAX_PARTS = 2000


def parse_docx(data: bytes, name: str, limits: Limits = LIMITS) -> Cleaned:
    """Paragraphs of a DOCX; the title from the Title style, a leading heading or the
    document properties, in that order (properties often hold a template's stale title)."""
    import docx

    check_unpacked_size(data, name, limits)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as err:  # python-docx raises several unrelated types for bad files
        raise InputError(f"{name}: the DOCX file could not be read ({err})") from err
    styled = [
        (text, (p.style.name if p.style is not None else "") or "")
        for p in document.paragraphs
        if (text := drop_controls(p.text).strip())
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


def check_unpacked_size(data: bytes, name: str, limits: Limits) -> None:
    """Refuse a DOCX whose parts unpack to more than `limits.max_inflated` bytes: a 1 MB
    file can hold a document.xml of gigabytes. The sizes are those the ZIP declares, and
    Python's zipfile never inflates a part beyond its declared size."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as err:
        raise InputError(f"{name}: the DOCX file could not be read ({err})") from err
    if len(parts) > MAX_PARTS:
        raise InputError(f"{name}: the DOCX file has {len(parts):,} parts (a damaged file?)")
    if sum(part.file_size for part in parts) > limits.max_inflated:
        raise TooLargeError(
            f"{name}: the DOCX file unpacks to over {limits.max_inflated // MB} MB "
            "(a damaged or hostile file?)"
        )
