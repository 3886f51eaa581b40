"""PDF briefing: build_pdf_bytes() on generated articles of 1k and 100k words (appendix
included). Facts are filled from the generated text itself (every quote, actor, place and
dated phrase), so the tables are full whatever the extractors find; only the PDF is timed."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import datetime

from benchmarks.measure import LIMITS, make_article, measure
from briefing.export.pdf import build_pdf_bytes
from briefing.model import Actor, Briefing, DateMention, FactSheet, Place, Quote
from briefing.pipeline import analyze
from briefing.sources import from_text

CREATED = datetime(2024, 1, 1)
# the names and phrases make_article() writes, with the values a date resolver would give
_NAMES = ("Maria Lopez", "Ahmed Karimi", "Olga Petrova", "John Whitfield", "Chen Wei")
_PLACES = ("Lisbon", "Ankara", "the Black Sea", "Kenya", "Ottawa", "Damascus", "Sochi")
_DATES = {"on Monday": "2019-03-04", "last week": "2019-W09", "in March 2019": "2019-03"}
_QUOTE = re.compile(r'"([^"]+)," (\w+ \w+) of .*? (said|told|warned|added|announced)')


def with_facts(briefing: Briefing) -> Briefing:
    """`briefing` with every quote, name, place and known date of the generated text."""
    text = briefing.article.text
    starts = [s.start for s in briefing.doc.sentences]

    def sentence(pos: int) -> int:
        return bisect.bisect_right(starts, pos) - 1

    quotes = tuple(
        Quote(m[1], m[2], sentence(m.start()), m.start(), m.end(), m[3])
        for m in _QUOTE.finditer(text)
    )
    dates = tuple(
        DateMention(m[0], value, sentence(m.start()), m.start(), m.end())
        for phrase, value in _DATES.items()
        for m in re.finditer(phrase, text)
    )
    actors = tuple(Actor(n, "person", mentions=text.count(n)) for n in _NAMES)
    places = tuple(Place(n, "city", mentions=text.count(n)) for n in _PLACES)
    return replace(briefing, facts=FactSheet(actors, places, quotes, dates))


def run() -> list[tuple[str, float, float]]:
    build_pdf_bytes(analyze(from_text(make_article(300))), created=CREATED)  # load fonts
    rows = []
    for words, repeat in ((1_000, 7), (100_000, 1)):
        briefing = with_facts(analyze(from_text(make_article(words), "generated.txt", LIMITS)))
        facts = len(briefing.facts.quotes) + len(briefing.facts.dates)
        ms, mb = measure(lambda b=briefing: build_pdf_bytes(b, created=CREATED), repeat)
        rows.append((f"pdf {words:,} words, {facts:,} quotes+dates", ms, mb))
    return rows


if __name__ == "__main__":
    for case, ms, mb in run():
        print(f"{case:<40} {ms:>10.1f} ms {mb:>8.1f} MB")
