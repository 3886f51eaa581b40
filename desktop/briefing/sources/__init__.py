"""Loading articles from files, bytes or pasted text, in any supported format.

Every failure a user can cause raises an `InputError` subclass whose message starts with
the file name and says what is wrong in plain words.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from briefing.errors import EmptyInputError, InputError, TooLargeError
from briefing.model import Article
from briefing.sources.clutter import Cleaned
from briefing.sources.detect import decode, normalise, sniff

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# The values of `Article.format`.
FORMATS = ("text", "markdown", "html", "pdf", "docx")
_CHUNK = 1 << 16


def load(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read the article at `path` (any supported format)."""
    p = Path(path).expanduser()
    try:
        if p.is_dir():
            raise InputError(f"{p}: is a folder, not a file")
        size = p.stat().st_size
        if size > max_bytes:
            raise TooLargeError(f"{p}: {_size(size)} is over the {_size(max_bytes)} limit")
        with p.open("rb") as f:
            data = _read_bounded(f, size, max_bytes)
        if len(data) > max_bytes:
            raise TooLargeError(f"{p}: more than the {_size(max_bytes)} limit")
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except OSError as err:
        raise InputError(f"{p}: cannot be read ({err.strerror or err})") from None
    return load_bytes(data, name=str(p), max_bytes=max_bytes)


def load_bytes(data: bytes, name: str = "-", *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read an article from raw bytes; `name` (file name or "-") guides format detection."""
    if len(data) > max_bytes:
        raise TooLargeError(f"{name}: {_size(len(data))} is over the {_size(max_bytes)} limit")
    if not data.strip():
        raise EmptyInputError(f"{name}: the file is empty")
    kind = sniff(data, Path(name).suffix.lower() if name != "-" else "", name)
    raw = ""
    if kind == "pdf":
        from briefing.sources.pdf import parse_pdf

        cleaned = parse_pdf(data, name)
    elif kind == "docx":
        from briefing.sources.docx import parse_docx

        cleaned = parse_docx(data, name)
    else:
        raw = normalise(decode(data, name))
        cleaned = _parse_decoded(raw, kind, name)
    return _article(cleaned, name, kind, raw)


def from_text(text: str, source: str = "-") -> Article:
    """An article from pasted text: the first line is the headline (unless it reads as story
    text), blank lines or line breaks between header lines split paragraphs."""
    raw = normalise(text)
    return _article(_parse_decoded(raw, "text", source), source, "text", raw)


def _parse_decoded(raw: str, kind: str, name: str) -> Cleaned:
    if not raw.strip():
        raise EmptyInputError(f"{name}: the file is empty")
    if kind == "html":
        from briefing.sources.html import parse_html

        return parse_html(raw, name)
    from briefing.sources.text import parse_markdown, parse_text

    return parse_markdown(raw) if kind == "markdown" else parse_text(raw)


def _article(cleaned: Cleaned, source: str, kind: str, raw: str) -> Article:
    paragraphs = cleaned.paragraphs or ((cleaned.title,) if cleaned.title else ())
    if not paragraphs:
        raise EmptyInputError(f"{source}: no article text found")
    return Article(
        title=cleaned.title or paragraphs[0][:80],
        paragraphs=paragraphs,
        source=source,
        format=kind,
        standfirst=cleaned.standfirst,
        byline=cleaned.byline,
        published=cleaned.published,
        clutter=cleaned.clutter,
        raw_text=raw or cleaned.raw_text or "\n\n".join((cleaned.title, *cleaned.paragraphs)),
    )


def _read_bounded(f: BinaryIO, size: int, limit: int) -> bytes:
    """At most `limit` + 1 bytes: `size` from stat is a hint only (devices report 0, and a
    file may grow while it is read)."""
    chunks: list[bytes] = []
    total = 0
    want = size + 1 if size else _CHUNK
    while total <= limit:
        chunk = f.read(min(want, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        want = _CHUNK
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _size(n: int) -> str:
    """A byte count in the unit a reader expects: "812 bytes", "64 KB", "21.3 MB"."""
    if n < 1024:
        return f"{n} bytes"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / 1024 / 1024:.1f} MB"
