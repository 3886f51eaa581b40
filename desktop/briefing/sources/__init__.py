"""Loading articles from files, bytes or pasted text, in any supported format.

Every failure a user can cause raises an `InputError` subclass whose message starts with
the file name and says what is wrong in plain words.
"""

from __future__ import annotations

import itertools
import os
import re
import stat
from pathlib import Path
from typing import BinaryIO

from briefing.counts import counted
from briefing.errors import (
    EmptyInputError,
    InputError,
    TooLargeError,
    TooLongError,
    UnsupportedFormatError,
)
from briefing.model import Article
from briefing.sources.clutter import Cleaned
from briefing.sources.detect import decode, normalise, sniff
from briefing.sources.limits import Limits

LIMITS = Limits()
_WORD_END = re.compile(r"\S+")

# The values of `Article.format`.
FORMATS = ("text", "markdown", "html", "pdf", "docx")
_CHUNK = 1 << 16
# Non-blocking open: a FIFO that slipped past the check below must not wait for a writer.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def load(path: str | Path, limits: Limits = LIMITS) -> Article:
    """Read the article at `path` (any supported format); only a regular file is opened."""
    p = Path(path).expanduser()
    try:
        _check_regular(p, os.stat(p).st_mode)
        fd = os.open(p, _OPEN_FLAGS)
        with os.fdopen(fd, "rb") as f:
            st = os.fstat(f.fileno())
            _check_regular(p, st.st_mode)  # the name may have changed since the stat
            if st.st_size > limits.max_bytes:
                raise TooLargeError(
                    f"{p}: {_size(st.st_size)} is over the {_size(limits.max_bytes)} limit"
                )
            data = _read_bounded(f, st.st_size, limits.max_bytes)
        if len(data) > limits.max_bytes:
            raise TooLargeError(f"{p}: more than the {_size(limits.max_bytes)} limit")
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except OSError as err:
        raise InputError(f"{p}: cannot be read ({err.strerror or err})") from None
    return load_bytes(data, str(p), limits)


def _check_regular(p: Path, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise InputError(f"{p}: is a folder, not a file")
    if not stat.S_ISREG(mode):
        raise UnsupportedFormatError(
            f"{p}: not a regular file (a pipe, device or socket); save the article to a file"
        )


def load_stream(stream: BinaryIO, name: str = "-", limits: Limits = LIMITS) -> Article:
    """Read an article from an open stream (stdin), never more than the byte limit."""
    try:
        data = _read_bounded(stream, 0, limits.max_bytes)
    except OSError as err:
        raise InputError(f"{name}: cannot be read ({err.strerror or err})") from None
    return load_bytes(data, name, limits)


def load_bytes(data: bytes, name: str = "-", limits: Limits = LIMITS) -> Article:
    """Read an article from raw bytes; `name` (file name or "-") guides format detection."""
    if len(data) > limits.max_bytes:
        raise TooLargeError(
            f"{name}: {_size(len(data))} is over the {_size(limits.max_bytes)} limit"
        )
    if not data.strip():
        raise EmptyInputError(f"{name}: the file is empty")
    kind = sniff(data, Path(name).suffix.lower() if name != "-" else "", name)
    raw = ""
    if kind == "pdf":
        from briefing.sources.pdf import parse_pdf

        cleaned = parse_pdf(data, name, limits)
    elif kind == "docx":
        from briefing.sources.docx import parse_docx

        cleaned = parse_docx(data, name, limits)
    else:
        raw = decode(data, name)
        if kind != "html":  # markup is not words: a page is measured by parse_html
            raw = _words_allowed(raw, name, limits, slack=2)
        raw = normalise(raw, references=kind != "html")
        cleaned = _parse_decoded(raw, kind, name, limits)
    return _article(cleaned, name, kind, raw, limits)


def from_text(text: str, source: str = "-", limits: Limits = LIMITS) -> Article:
    """An article from pasted text: the first line is the headline (unless it reads as story
    text), blank lines or line breaks between header lines split paragraphs."""
    raw = normalise(_words_allowed(text, source, limits, slack=2), references=True)
    return _article(_parse_decoded(raw, "text", source, limits), source, "text", raw, limits)


def _parse_decoded(raw: str, kind: str, name: str, limits: Limits) -> Cleaned:
    if not raw.strip():
        raise EmptyInputError(f"{name}: the file is empty")
    if kind == "html":
        from briefing.sources.html import parse_html

        return parse_html(raw, name, limits)
    from briefing.sources.text import parse_markdown, parse_text

    return parse_markdown(raw) if kind == "markdown" else parse_text(raw)


def _article(cleaned: Cleaned, source: str, kind: str, raw: str, limits: Limits) -> Article:
    paragraphs = cleaned.paragraphs or ((cleaned.title,) if cleaned.title else ())
    if not paragraphs:
        raise EmptyInputError(f"{source}: no article text found")
    words = sum(len(p.split()) for p in paragraphs)
    if words > limits.max_words:
        if not limits.cut_words:
            raise _too_long(source, words, limits)
        paragraphs = first_words(paragraphs, limits.max_words)
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


def _words_allowed(text: str, name: str, limits: Limits, slack: int) -> str:
    """`text` before parsing: refused, or cut, when it has over `slack` times the word limit,
    so that no parser sees more (the exact limit applies to the parsed paragraphs)."""
    budget = limits.max_words * slack
    ends = _WORD_END.finditer(text)
    cut = next(itertools.islice(ends, budget, None), None)
    if cut is None:
        return text
    if not limits.cut_words:
        raise _too_long(name, len(text.split()), limits)
    return text[: cut.start()]


def _too_long(name: str, words: int, limits: Limits) -> TooLongError:
    return TooLongError(
        f"{name}: {words:,} words is over the {limits.max_words:,}-word limit for one article",
        words,
        limits.max_words,
    )


def first_words(paragraphs: tuple[str, ...], count: int) -> tuple[str, ...]:
    """The paragraphs holding the first `count` words; the last one cut after its word."""
    kept: list[str] = []
    left = count
    for p in paragraphs:
        n = len(p.split())
        if n <= left:
            kept.append(p)
            left -= n
            continue
        if left > 0:
            end = next(itertools.islice(_WORD_END.finditer(p), left - 1, None))
            kept.append(p[: end.end()])
        break
    return tuple(kept)


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
        return counted(n, "byte")
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / 1024 / 1024:.1f} MB"
