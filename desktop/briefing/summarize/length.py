"""Summary length: N sentences, a ratio of the article, or a word budget."""

from __future__ import annotations

from briefing.model import Length


def sentence_cap(length: Length, total: int) -> int:
    """Most sentences the summary may hold (at least one, at most the article)."""
    if total == 0:
        return 0
    if length.mode == "sentences":
        n = int(length.value)
    elif length.mode == "ratio":
        n = round(total * length.value)
    else:
        n = total
    return max(1, min(n, total))


def word_budget(length: Length) -> int | None:
    return int(length.value) if length.mode == "words" else None
