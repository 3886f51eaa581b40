"""Writing a generated word list: its provenance header, then one item a line, so that
`make models` rewrites the file byte for byte and `briefing.lexicons` reads it."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


def write_word_list(path: Path, header: list[str], items: Iterable[str]) -> None:
    """`header` lines (each opening with '#'), then the items, a newline at the end."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join([*header, *items]) + "\n", encoding="utf-8")
