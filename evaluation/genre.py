"""How often `auto` takes a text for news: news sets against speeches and other prose.

News: BBC (every tenth development article), CNN/Daily Mail (all 142), PolNeAR and IEER (the
multi-source selections), Brown's news files. Not news: the State of the Union addresses and
Brown's editorial, learned, belles-lettres, religion, government, hobbies and lore files (the
first 30 of each). The thresholds in briefing.summarize.genre were read off this table.

Run: python -m evaluation.genre
"""

from __future__ import annotations

import gzip
import json

from briefing.nlp import analyse
from briefing.sources import from_text
from briefing.summarize.genre import is_news
from evaluation.multisource import articles
from evaluation.shared import CORPORA, corpus_reader, detokenize

BROWN_OTHER = (
    "editorial",
    "learned",
    "belles_lettres",
    "religion",
    "government",
    "hobbies",
    "lore",
)


def _jsonl(path: str, field: str, step: int = 1) -> list[str]:
    with gzip.open(CORPORA / path, "rt", encoding="utf-8") as fh:
        return [json.loads(line)[field] for line in fh][::step]


def _brown(category: str) -> list[str]:
    brown = corpus_reader("brown")
    return [
        "\n\n".join(detokenize(s) for s in brown.sents(f))
        for f in brown.fileids(categories=category)[:30]
    ]


def sets() -> list[tuple[str, bool, list[str]]]:
    speeches = corpus_reader("state_union")
    return [
        ("BBC", True, _jsonl("bbc_news_summary/dev.jsonl.gz", "text", 10)),
        ("CNN/Daily Mail", True, _jsonl("cnndm_dev/dev.jsonl.gz", "article")),
        ("PolNeAR", True, [a.text for a in articles("polnear")]),
        ("IEER", True, [a.text for a in articles("ieer")]),
        ("Brown news", True, _brown("news")),
        ("State of the Union", False, [speeches.raw(f) for f in speeches.fileids()]),
        *((f"Brown {c.replace('_', '-')}", False, _brown(c)) for c in BROWN_OTHER),
    ]


def main() -> int:
    print(f"{'set':<22}{'texts':>6}{'read as news':>14}")
    for name, news, texts in sets():
        hits = 0
        for text in texts:
            article = from_text(text)
            hits += is_news(analyse(article.text))
        share = 100 * hits / len(texts)
        print(f"{name:<22}{len(texts):>6}{share:>13.0f}%  ({'news' if news else 'not news'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
