"""What a file is (sniffed from its bytes before trusting its name) and how its text is encoded."""

from __future__ import annotations

import codecs
import re
import unicodedata

from briefing.errors import BinaryInputError, InputError, UnsupportedFormatError

TEXT_SUFFIXES = {".txt", ".text", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_HTML_START = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<article|<!--)", re.I)
_SNIFF = 8192


def sniff(data: bytes, suffix: str, name: str) -> str:
    """ "pdf", "docx", "html", "markdown" or "text"; content wins over the file name."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        if b"word/document.xml" in data:
            return "docx"
        raise UnsupportedFormatError(f"{name}: a ZIP archive, not an article (not a DOCX file)")
    if _HTML_START.match(_strip_bom(data[:_SNIFF])) or suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    return "text"


def _strip_bom(head: bytes) -> bytes:
    for bom in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        if head.startswith(bom):
            return head[len(bom) :]
    return head


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text without a BOM shows NUL in every other byte of ASCII characters."""
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def decode(data: bytes, name: str) -> str:
    """Text of `data`: UTF-8 (BOM or not), UTF-16, or what charset-normalizer finds.

    Binary content (NUL bytes, control characters) is refused rather than shown as noise.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    head = data[:_SNIFF]
    utf16 = _utf16_without_bom(head)
    if utf16:
        return data.decode(utf16, errors="replace")
    if b"\x00" in head:
        raise BinaryInputError(f"{name}: a binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise InputError(f"{name}: the text encoding could not be recognised") from None
        text = str(best)
    controls = sum(
        1 for c in text[:_SNIFF] if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f"
    )
    if controls > 0.01 * max(1, len(text[:_SNIFF])):
        raise BinaryInputError(f"{name}: a binary file, not text")
    return text


def normalise(text: str) -> str:
    """NFC, Unix newlines, no non-breaking or zero-width spaces, no trailing blanks."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    return "\n".join(line.rstrip() for line in text.split("\n"))
