"""Loading articles from files, bytes or pasted text (provisional: plain UTF-8 text only)."""

from __future__ import annotations

from pathlib import Path

from briefing.errors import EmptyInputError
from briefing.model import Article

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def load(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read the article at `path` (any supported format)."""
    p = Path(path)
    return load_bytes(p.read_bytes(), name=str(p), max_bytes=max_bytes)


def load_bytes(data: bytes, name: str = "-", *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read an article from raw bytes; `name` (file name or "-") guides format detection."""
    return from_text(data.decode("utf-8"), source=name)


def from_text(text: str, source: str = "-") -> Article:
    """Build an article from pasted text: first line is the title, blank lines split paragraphs."""
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    if not blocks:
        raise EmptyInputError(f"{source}: the file is empty")
    lines = blocks[0].split("\n")
    title = lines[0].strip()
    first = "\n".join(lines[1:]).strip()
    paragraphs = tuple(([first] if first else []) + blocks[1:]) or (title,)
    return Article(title=title, paragraphs=paragraphs, source=source, raw_text=text)
