"""Word (DOCX) articles, read by python-docx."""

from __future__ import annotations

import dataclasses
import io
import re
import zipfile
import zlib
from typing import Any

from briefing.errors import InputError, TooLargeError, TooLongError
from briefing.sources.clutter import Cleaned, clean
from briefing.sources.detect import drop_controls
from briefing.sources.limits import MB, Limits

LIMITS = Limits()
# More parts than this is not a document someone wrote (Word writes a few dozen).
MAX_PARTS = 2000
# python-docx spends a fraction of a millisecond on each paragraph: a long book has a few
# ten thousand; more is a generated or hostile file, refused before it is read.
MAX_PARAGRAPHS = 50_000
# Words in document.xml over this multiple of the word limit are refused before reading
# (or, with cut_words, reading stops there); the exact limit applies to the paragraphs.
WORD_SLACK = 1.5
_TAG = re.compile(rb"<[^>]*>")
# An entity reference inside an entity's value ("&a;&a;"): left out, never expanded.
_NESTED_REF = re.compile(r"&[^;\s]*;")
_CHUNK = 1 << 16


def parse_docx(data: bytes, name: str, limits: Limits = LIMITS) -> Cleaned:
    """Paragraphs of a DOCX; the title from the Title style, a leading heading or the
    document properties, in that order (properties often hold a template's stale title)."""
    import docx

    check_size(data, name, limits)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as err:  # python-docx raises several unrelated types for bad files
        raise InputError(f"{name}: the DOCX file could not be read ({err})") from err
    _replace_entities(document.element, name, limits)
    styled: list[tuple[str, str]] = []
    words, budget = 0, int(WORD_SLACK * limits.max_words)
    for p in document.paragraphs:
        if text := drop_controls(p.text).strip():
            styled.append((text, (p.style.name if p.style is not None else "") or ""))
            words += len(text.split())
            if words > budget:  # only with cut_words: check_size refused it otherwise
                break
    at = next((i for i, (_, style) in enumerate(styled) if style == "Title"), None)
    if at is None and styled and styled[0][1].startswith("Heading"):
        at = 0
    paragraphs = [text for i, (text, _) in enumerate(styled) if i != at]
    title = styled[at][0] if at is not None else None
    if title is None:
        title = (document.core_properties.title or "").strip() or None
    raw = "\n\n".join(text for text, _ in styled)
    return dataclasses.replace(clean(paragraphs, title=title), raw_text=raw)


def _replace_entities(root: Any, name: str, limits: Limits) -> None:
    """Put the text of each entity reference ("&harbour;" declared in the document's own DTD)
    into the tree: python-docx reads only a run's text before the first one and would drop
    the rest of the paragraph. External entities are never read (they become nothing), nested
    references are not expanded, and the text put in is bounded like an unpacked part."""
    from lxml import etree

    refs = list(root.iter(etree.Entity))
    if not refs:
        return
    dtd = root.getroottree().docinfo.internalDTD
    values = {
        e.name: _NESTED_REF.sub("", e.content or "") if e.system_url is None else ""
        for e in (dtd.iterentities() if dtd is not None else ())
    }
    added = 0
    for ref in refs:
        text = values.get(ref.name, "") + (ref.tail or "")
        added += len(text)
        if added > limits.max_inflated:
            raise TooLargeError(
                f"{name}: the DOCX file's entities expand to over {limits.max_inflated // MB} MB "
                "(a damaged or hostile file?)"
            )
        parent, before = ref.getparent(), ref.getprevious()
        if before is not None:
            before.tail = (before.tail or "") + text
        elif parent is not None:
            parent.text = (parent.text or "") + text
        if parent is not None:
            parent.remove(ref)


def check_size(data: bytes, name: str, limits: Limits) -> None:
    """Refuse a DOCX whose parts unpack to more than `limits.max_inflated` bytes (a 1 MB
    file can hold a document.xml of gigabytes; Python's zipfile never inflates a part beyond
    the size the ZIP declares), or whose text has too many paragraphs or words."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
            _check_unpacked(parts, name, limits)
            xml = archive.read("word/document.xml")
    except KeyError:
        raise InputError(f"{name}: the DOCX file has no document part") from None
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, zlib.error) as err:
        raise InputError(f"{name}: the DOCX file could not be read ({err})") from err
    paragraphs = xml.count(b"<w:p>") + xml.count(b"<w:p ")
    if paragraphs > MAX_PARAGRAPHS:
        raise TooLargeError(
            f"{name}: a DOCX of {paragraphs:,} paragraphs, over the {MAX_PARAGRAPHS:,} limit "
            "(a generated or damaged file?)"
        )
    words = 0
    for start in range(0, len(xml), _CHUNK):  # a word across two chunks counts twice
        words += len(_TAG.sub(b" ", xml[start : start + _CHUNK]).split())
    if words > WORD_SLACK * limits.max_words and not limits.cut_words:
        raise TooLongError(
            f"{name}: about {words:,} words, over the {limits.max_words:,}-word limit "
            "for one article",
            words,
            limits.max_words,
        )


def _check_unpacked(parts: list[zipfile.ZipInfo], name: str, limits: Limits) -> None:
    if len(parts) > MAX_PARTS:
        raise InputError(f"{name}: the DOCX file has {len(parts):,} parts (a damaged file?)")
    if sum(part.file_size for part in parts) > limits.max_inflated:
        raise TooLargeError(
            f"{name}: the DOCX file unpacks to over {limits.max_inflated // MB} MB "
            "(a damaged or hostile file?)"
        )
