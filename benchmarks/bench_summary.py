"""Summary speed on generated articles (analysis done beforehand, models warm).

Targets: `auto` on 1,000 words <= 10 ms median; on 100,000 words <= 2 s and <= 500 MB peak;
the graph algorithms stay bounded on long documents by candidate pre-selection.
"""

from __future__ import annotations

from benchmarks.measure import LIMITS, make_article, measure
from briefing.model import Length
from briefing.nlp import analyse
from briefing.sources import from_text
from briefing.summarize import summarize

CASES = (
    ("auto", 1_000, 9),
    ("lexrank", 1_000, 5),
    ("auto", 100_000, 1),
    ("lexrank", 100_000, 1),
    ("textrank", 100_000, 1),
)


def run() -> list[tuple[str, float, float]]:
    rows = []
    docs = {}
    for words in sorted({w for _, w, _ in CASES}):
        article = from_text(make_article(words), limits=LIMITS)
        docs[words] = (article, analyse(article.text))
    warm_article, warm_doc = docs[1_000]
    summarize(warm_doc, warm_article, Length(), "auto")
    summarize(warm_doc, warm_article, Length(), "lexrank")
    for algorithm, words, repeat in CASES:
        article, doc = docs[words]
        ms, peak = measure(
            lambda a=article, d=doc, name=algorithm: summarize(d, a, Length(), name), repeat
        )
        rows.append((f"{algorithm} {words:,} words", ms, peak))
    return rows


if __name__ == "__main__":
    for case, ms, mb in run():
        print(f"{case:<40} {ms:>10.1f} {mb:>8.1f}")
