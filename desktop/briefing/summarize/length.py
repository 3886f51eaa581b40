"""Summary length: N sentences, a share of the article's words, or a word budget."""

from __future__ import annotations

from briefing.model import Length


def sentence_cap(length: Length, total: int) -> int:
    """Most sentences the summary may hold (at least one, at most the article)."""
    if total == 0:
        return 0
    n = int(length.value) if length.mode == "sentences" else total
    return max(1, min(n, total))


def word_budget(length: Length, article_words: int) -> int | None:
    """The most words the summary may hold: the budget, or the ratio of the article's words
    ("20%" of a 1,000-word article is 200 words); None when counted in sentences."""
    if length.mode == "words":
        return int(length.value)
    if length.mode == "ratio":
        return max(1, round(article_words * length.value))
    return None
