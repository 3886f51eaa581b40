"""What a file is (sniffed from its bytes before trusting its name) and how its text is encoded."""

from __future__ import annotations

import codecs
import html
import re
import unicodedata
from html.entities import html5

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
# A text file may hold a stray NUL or two; binary formats are full of them.
_MAX_NUL_SHARE = 0.01
# Any tag at all: a ".html" file without one is plain text saved under the wrong name.
_TAG = re.compile(rb"<[a-z!/][^>]*>", re.I)
# Compound-file header of legacy Office documents (.doc, .xls, .ppt).
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# A named or numeric character reference; a bare ampersand (AT&T, R&D, `Smith & Sons`) is none.
_REFERENCE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
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
# C0 and C1 control characters but tab, newline and carriage return ("\x00", "\x1b", "\x85").
_CONTROL_CHARS = [c for c in range(0xA0) if (c < 0x20 or c >= 0x7F) and chr(c) not in "\t\n\r"]
_CONTROLS = dict.fromkeys(_CONTROL_CHARS)
_HAS_CONTROL = re.compile("[" + "".join(re.escape(chr(c)) for c in _CONTROL_CHARS) + "]")
# UTF-8 read as Windows-1252 ("mojibake"): one character's two to four bytes shown as a lead
# letter and continuation characters, "â€™" for "’", "Ã©" for "é". A continuation is any
# character whose Windows-1252 (or Latin-1, for the five bytes 1252 leaves undefined) byte is
# 0x80-0xBF.
_CONTINUATION = "".join(
    bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0xC0)
)
_C = "[" + re.escape(_CONTINUATION) + "]"
_DOUBLE_ENCODED = re.compile(
    f"[\u00c2-\u00df]{_C}|[\u00e0-\u00ef]{_C}{{2}}|[\u00f0-\u00f4]{_C}{{3}}"
)
# What a repaired run may stand for: Latin letters and signs, typographic punctuation,
# currency and letter-like symbols ("™"); anything else ("ß“" read as an N'Ko letter) is
# text that was right as it stood.
_REPAIRABLE = ((0xA0, 0x17F), (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2100, 0x214F))
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
    if head.count(0) > _MAX_NUL_SHARE * len(head):
        raise BinaryInputError(f"{name}: a binary file, not text ({SUPPORTED})")
    data = data.replace(b"\x00", b"")  # a few stray NULs anywhere: dropped, not decoded
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Mostly UTF-8 with a few bad bytes (a damaged file, a pasted Windows quote): keep UTF-8
    # and mark the bad bytes, rather than read the whole file as another charset
    # ("Jürgen" would become "JÃ¼rgen").
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")
    if bad <= good:
        return text
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise InputError(f"{name}: the text encoding could not be recognised") from None
    # Short Western text fits cp1250 and cp1252 equally well ("Genève" vs "Genčve");
    # Windows files of news in Latin script are cp1252 far more often, so it wins ties,
    # also when the detector left it out ("Jürgen" read as cp775 "J³rgen").
    western = next((m for m in matches if m.encoding in _WESTERN), None)
    if western is not None and western.chaos <= best.chaos + 0.01:
        return str(western)
    if western is None and (cp1252 := _cp1252_if_plausible(data, best.chaos)) is not None:
        return cp1252
    return str(best)


def _cp1252_if_plausible(data: bytes, chaos: float) -> str | None:
    """`data` as cp1252 when that reads no worse than `chaos` (charset-normalizer's measure
    of how garbled a decoding looks, on the first 64 KB)."""
    from charset_normalizer.md import mess_ratio

    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return text if mess_ratio(text[: 1 << 16]) <= chaos + 0.01 else None


def normalise(text: str, references: bool = False) -> str:
    """NFC, Unix newlines, no non-breaking, zero-width or soft-hyphen characters, no control
    characters, no trailing blanks: what a reader sees, in the form the analysers expect. With
    `references` (plain text, never markup), HTML character references left in copy taken
    from a page's source become their characters (`La Ni&ntilde;a`, `5&deg;C`)."""
    if references:
        text = _REFERENCE.sub(_character, text)
    text = undo_double_encoding(text)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n"))
    text = drop_controls(text.translate(_INVISIBLES))
    return "\n".join(line.rstrip() for line in text.split("\n"))


def undo_double_encoding(text: str) -> str:
    """`text` with each character that was UTF-8 read as Windows-1252 put back ("donâ€™t" ->
    "don’t", "GuantÃ¡namo" -> "Guantánamo"); a run is replaced only when its bytes are one
    valid UTF-8 character of the Latin, punctuation or currency blocks."""
    return _DOUBLE_ENCODED.sub(_undone, text) if _DOUBLE_ENCODED.search(text) else text


def _undone(m: re.Match[str]) -> str:
    run = m.group()
    raw = bytes(ord(c) if ord(c) < 0x100 else c.encode("cp1252")[0] for c in run)
    try:
        char = raw.decode("utf-8")
    except UnicodeDecodeError:
        return run
    code = ord(char)
    return char if any(lo <= code <= hi for lo, hi in _REPAIRABLE) else run


def _character(m: re.Match[str]) -> str:
    """The character a reference stands for; an unknown name stays as written (`&degx;`)."""
    ref = m.group()
    return html.unescape(ref) if ref[1] == "#" or ref[1:] in html5 else ref


def drop_controls(text: str) -> str:
    """`text` without NUL and other control characters (tab and newline stay): a stray NUL
    or escape sequence anywhere in a file must not reach the analysis, the PDF or a terminal."""
    return text.translate(_CONTROLS) if _HAS_CONTROL.search(text) else text
