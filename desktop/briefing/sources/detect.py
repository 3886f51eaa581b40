"""What a file is (sniffed from its bytes before trusting its name) and how its text is encoded."""

from __future__ import annotations

import codecs
import re
import unicodedata

from briefing.errors import BinaryInputError, InputError, UnsupportedFormatError

SUPPORTED = "articles can be text, Markdown, HTML, PDF or DOCX"
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
# How an HTML file or fragment starts: "<!DOCTYPE html>", "<html lang=en>", "<meta charset=…>".
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?"
    rb"<(?:!doctype html|html|head|body|article|main|section|div|meta|title|p[\s>]|!--)",
    re.I,
)
_SNIFF = 8192
# Any tag at all: a ".html" file without one is plain text saved under the wrong name.
_TAG = re.compile(rb"<[a-z!/][^>]*>", re.I)
# Compound-file header of legacy Office documents (.doc, .xls, .ppt).
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Characters that change how text looks, not what it says: CR, Unicode line and paragraph
# separators and form feed become newlines; no-break and narrow no-break spaces become spaces;
# zero-width spaces, joiners, BOMs and soft hyphens ("harbour\u00admaster") go.
_INVISIBLES = str.maketrans(
    {
        "\r": "\n",
        "\u2028": "\n",
        "\u2029": "\n\n",
        "\f": "\n\n",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2007": " ",
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\u2060": None,
        "\ufeff": None,
        "\u00ad": None,
    }
)
# charset-normalizer's names for the Windows Western code page and its ISO subset.
_WESTERN = ("cp1252", "latin_1")


def sniff(data: bytes, suffix: str, name: str) -> str:
    """The format: "pdf", "docx", "html", "markdown" or "text"; content wins over the name."""
    if b"%PDF-" in data[:1024]:  # readers accept the header anywhere in the first kilobyte
        return "pdf"
    if data.startswith(_OLE_MAGIC):
        raise UnsupportedFormatError(
            f"{name}: an old Word (.doc) or Office file; save it as DOCX or PDF and try again"
        )
    if data.startswith(b"{\\rtf"):
        raise UnsupportedFormatError(f"{name}: an RTF file; save it as DOCX or PDF and try again")
    if data.startswith(b"PK\x03\x04"):
        if b"word/document.xml" in data:
            return "docx"
        raise UnsupportedFormatError(f"{name}: a ZIP archive, not an article (not a DOCX file)")
    head = _strip_bom(data[:_SNIFF])
    if _HTML_START.match(head) or (suffix in HTML_SUFFIXES and _TAG.search(head)):
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
    text = _decode_text(data, name)
    head = text[:_SNIFF]
    controls = sum(1 for c in head if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f")
    if controls > 0.01 * max(1, len(head)):
        raise BinaryInputError(f"{name}: a binary file, not text ({SUPPORTED})")
    return text


def _decode_text(data: bytes, name: str) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    head = data[:_SNIFF]
    utf16 = _utf16_without_bom(head)
    if utf16:
        return data.decode(utf16, errors="replace")
    if b"\x00" in head:
        raise BinaryInputError(f"{name}: a binary file, not text ({SUPPORTED})")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        matches = from_bytes(data)
        best = matches.best()
        if best is None:
            raise InputError(f"{name}: the text encoding could not be recognised") from None
        # Short Western text fits cp1250 and cp1252 equally well ("Genève" vs "Genčve");
        # Windows files of news in Latin script are cp1252 far more often, so it wins ties.
        western = next((m for m in matches if m.encoding in _WESTERN), None)
        if western is not None and western.chaos <= best.chaos + 0.01:
            return str(western)
        return str(best)


def normalise(text: str) -> str:
    """NFC, Unix newlines, no non-breaking, zero-width or soft-hyphen characters, no trailing
    blanks: what a reader sees, in the form the analysers expect."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").translate(_INVISIBLES)
    return "\n".join(line.rstrip() for line in text.split("\n"))
