"""Extractive summaries over sumy (filled by the summaries issue)."""

from __future__ import annotations

from briefing.model import Article, Doc, Length, Summary, SummarySentence


def summarize(doc: Doc, article: Article, length: Length, algorithm: str = "auto") -> Summary:
    """Choose sentences of `doc` in article order (provisional: the lead sentences)."""
    if length.mode == "sentences":
        n = int(length.value)
    elif length.mode == "ratio":
        n = max(1, round(len(doc.sentences) * length.value))
    else:
        n = len(doc.sentences)
    chosen = doc.sentences[:n]
    return Summary(
        algorithm,
        length,
        tuple(SummarySentence(s.index, s.start, s.end, s.text, s.paragraph) for s in chosen),
    )
