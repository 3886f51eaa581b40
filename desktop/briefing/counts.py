"""Counts as the user reads them, in every window, line and export: "1 article", "0 quotes",
"2 dated events", "1,204 words"."""

from __future__ import annotations


def counted(n: int, noun: str, plural: str = "", *, grouped: bool = False) -> str:
    """`n` and its noun, plural unless `n` is 1 (noun + "s" unless `plural` is given);
    `grouped`: thousands parted by commas."""
    number = f"{n:,}" if grouped else str(n)
    return f"{number} {noun if n == 1 else plural or noun + 's'}"
