"""Whole pipeline: analyze() on generated articles of 1k, 10k and 100k words."""

from __future__ import annotations

from benchmarks.measure import make_article, measure
from briefing.pipeline import analyze
from briefing.sources import from_text


def run() -> list[tuple[str, float, float]]:
    analyze(from_text(make_article(300)))  # warm the models
    rows = []
    for words in (1_000, 10_000, 100_000):
        article = from_text(make_article(words), "generated")
        repeat = 5 if words < 100_000 else 1
        rows.append((f"analyze {words:,} words", *measure(lambda a=article: analyze(a), repeat)))
    return rows


if __name__ == "__main__":
    for case, ms, mb in run():
        print(f"{case:<40} {ms:>10.1f} ms {mb:>8.1f} MB")
