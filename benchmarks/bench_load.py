"""Loading: load() of generated plain-text articles of 1k, 10k and 100k words from disk,
and of a cp1252 one that needs the encoding detector."""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.measure import LIMITS, make_article, measure
from briefing.sources import load


def run() -> list[tuple[str, float, float]]:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for words in (1_000, 10_000, 100_000):
            path = Path(folder) / f"article-{words}.txt"
            path.write_text(make_article(words), encoding="utf-8")
            load(path, LIMITS)  # warm the imports
            rows.append((f"load text {words:,} words", *measure(lambda p=path: load(p, LIMITS))))
        # Not UTF-8, so the encoding detector runs over the whole file.
        path = Path(folder) / "article-cp1252.txt"
        path.write_bytes(make_article(100_000).replace("Lisbon", "Zürich").encode("cp1252"))
        rows.append(("load cp1252 text 100,000 words", *measure(lambda: load(path, LIMITS))))
    return rows


if __name__ == "__main__":
    for case, ms, mb in run():
        print(f"{case:<40} {ms:>10.1f} ms {mb:>8.1f} MB")
