"""Summary length: N sentences, a share of the article's words, or a word budget."""

from __future__ import annotations

from briefing.counts import counted
from briefing.model import Briefing, Length


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


def describe(briefing: Briefing) -> str:
    """One line on what the summary is: "3 sentences, 96 words (19% of the article's 512),
    chosen by auto (news lede)", or why it is empty."""
    summary = briefing.summary
    total = briefing.article.word_count
    if not summary.sentences:
        if summary.word_budget is not None and briefing.doc.sentences:
            return f"No whole sentence of the article fits within {summary.word_budget} words."
        return "The article is too short to summarise."
    words = sum(len(s.text.split()) for s in summary.sentences)
    n = len(summary.sentences)
    share = f" ({round(100 * words / total)}% of the article's {total:,})" if total else ""
    how = summary.algorithm + (f" ({summary.method})" if summary.method else "")
    budget = ""
    if summary.length.mode == "ratio":
        budget = f"; asked for {round(100 * summary.length.value)}% of the words"
    elif summary.length.mode == "words":
        budget = f"; asked for at most {summary.word_budget} words"
    chosen = f"{counted(n, 'sentence')}, {counted(words, 'word', grouped=True)}"
    return f"{chosen}{share}, chosen by {how}{budget}"
