"""ROUGE of every summarizer against the BBC News Summary references (../shared).

Each system gets as many sentences as the reference has. "unresolved opening" is the share
of summaries whose first sentence opens on a pronoun or connective while the sentence
before it in the article was not chosen. The 1,112 development articles
are split by position in id order: even positions tuned `auto`'s weights, odd positions
(the held-out half, 556 articles) are scored here. sumy's slower algorithms run on every
fourth held-out article unless --all is given.

Run: python -m evaluation.summary [--all] [--tuning]
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import time
from statistics import mean

from briefing.model import Length
from briefing.nlp import analyse
from briefing.sources import from_text
from briefing.summarize import ALGORITHMS, summarize
from briefing.summarize.readability import opens_unresolved
from evaluation.shared import CORPORA

BBC = CORPORA / "bbc_news_summary" / "dev.jsonl.gz"
FAST = ("auto", "lead", "lexrank")
# References sometimes run sentences together: "in 2004.The firm" -> "in 2004. The firm".
_RUN_TOGETHER = re.compile(r"([.!?][\"']?)(?=[A-Z])")


def articles(half: str) -> list[dict[str, str]]:
    with gzip.open(BBC, "rt", encoding="utf-8") as fh:
        rows = sorted((json.loads(line) for line in fh), key=lambda r: r["id"])
    keep = 0 if half == "tuning" else 1
    return [r for i, r in enumerate(rows) if i % 2 == keep]


def reference_sentences(summary: str) -> list[str]:
    from briefing.nlp import sentences

    text = _RUN_TOGETHER.sub(r"\1 ", summary)
    return [text[s:e] for s, e in sentences(text)]


def evaluate(rows: list[dict[str, str]], algorithms: tuple[str, ...], sample: int) -> None:
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    prepared = []
    for row in rows:
        article = from_text(row["text"], row["id"])
        prepared.append((article, analyse(article.text), reference_sentences(row["summary"])))
    print(
        f"{'algorithm':<11}{'articles':>9}{'R-1':>7}{'R-2':>7}{'R-Lsum':>8}"
        f"{'ms/article':>12}{'unresolved opening':>20}"
    )
    for name in algorithms:
        step = 1 if name in FAST else sample
        scores: list[tuple[float, float, float]] = []
        unresolved, elapsed = 0, 0.0
        for article, doc, ref in prepared[::step]:
            t0 = time.perf_counter()
            summary = summarize(doc, article, Length("sentences", max(1, len(ref))), name)
            elapsed += time.perf_counter() - t0
            chosen = [s.text for s in summary.sentences]
            first = summary.sentences[0].index if summary.sentences else 0
            # An opening that leans on an unchosen sentence before it (the article's own
            # first sentence is explained by the headline).
            unresolved += first > 0 and opens_unresolved(chosen[0])
            s = scorer.score("\n".join(ref), "\n".join(chosen))
            scores.append((s["rouge1"].fmeasure, s["rouge2"].fmeasure, s["rougeLsum"].fmeasure))
        n = len(scores)
        r1, r2, rl = (100 * mean(x[k] for x in scores) for k in range(3))
        print(
            f"{name:<11}{n:>9}{r1:>7.2f}{r2:>7.2f}{rl:>8.2f}{1000 * elapsed / n:>12.1f}"
            f"{100 * unresolved / n:>19.1f}%",
            flush=True,
        )


def main() -> int:
    if not BBC.exists():
        print(f"the BBC development set is not at {BBC}", file=sys.stderr)
        return 1
    half = "tuning" if "--tuning" in sys.argv else "held-out"
    rows = articles(half)
    sample = 1 if "--all" in sys.argv else 4
    print(f"BBC News Summary, {half} half: {len(rows)} articles")
    evaluate(rows, ALGORITHMS, sample)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
