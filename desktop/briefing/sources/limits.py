"""How much one article may be: bounds that keep every input within seconds and memory.

A file over a limit is refused with a plain message before the slow work starts, except
the word limit, which can instead cut the article to its first words (`cut_words`).
"""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """`max_bytes`: the file as stored; `max_inflated`: a DOCX's or PDF's parts once
    decompressed (a small ZIP can unpack to gigabytes); `max_words`: the text analysed."""

    max_bytes: int = 20 * MB
    max_inflated: int = 64 * MB
    max_words: int = 100_000
    cut_words: bool = False  # analyse the first `max_words` words instead of refusing
