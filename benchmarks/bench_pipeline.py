"""Load (from a text file) and analyze() on generated articles of 1k, 10k and 100k words."""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.measure import LIMITS, make_article, measure
from briefing.pipeline import analyze
from briefing.sources import from_text, load


def run() -> list[tuple[str, float, float]]:
    analyze(from_text(make_article(300)))  # warm the models
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for words in (1_000, 10_000, 100_000):
            path = Path(folder) / f"article-{words}.txt"
            path.write_text(make_article(words), encoding="utf-8")
            repeat = 5 if words < 100_000 else 1
            rows.append((f"load {words:,} words", *measure(lambda p=path: load(p, LIMITS), repeat)))
            article = load(path, LIMITS)
            rows.append(
                (f"analyze {words:,} words", *measure(lambda a=article: analyze(a), repeat))
            )
    return rows


if __name__ == "__main__":
    for case, ms, mb in run():
        print(f"{case:<40} {ms:>10.1f} ms {mb:>8.1f} MB")
