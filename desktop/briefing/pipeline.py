"""analyze(): the one pipeline from a loaded article to a briefing, timed per stage."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from briefing import nlp
from briefing.facts.actors import extract_actors
from briefing.facts.dates import dateline_dates, extract_dates
from briefing.facts.kinds import Kinds, classify
from briefing.facts.places import extract_places, with_dateline, without_body_short_forms
from briefing.facts.quotes import extract_quotes
from briefing.model import Actor, Article, Briefing, FactSheet, Options
from briefing.summarize import summarize

T = TypeVar("T")


def analyze(article: Article, options: Options | None = None) -> Briefing:
    """Summarise `article` and extract its fact sheet."""
    options = options or Options()
    timings: dict[str, float] = {}

    def timed(stage: str, fn: Callable[[], T]) -> T:
        t0 = time.perf_counter()
        result = fn()
        timings[stage] = round((time.perf_counter() - t0) * 1000, 2)
        return result

    doc = timed("nlp", lambda: nlp.analyse(article.text))
    summary = timed("summary", lambda: summarize(doc, article, options.length, options.algorithm))

    # Entity kinds are read by actors and places alike: computed once, timed with actors.
    def kinds_and_actors() -> tuple[Kinds, tuple[Actor, ...]]:
        kinds = classify(doc)
        captions = "\n\n".join(c.text for c in article.clutter if c.kind == "caption")
        # the headline too, analysed apart as captions are: "Tributes paid to former MP Jo
        # Park" gives the role of the Park the story names
        captions = "\n\n".join(filter(None, (article.title, captions)))
        return kinds, extract_actors(doc, kinds, captions)

    kinds, actors = timed("actors", kinds_and_actors)
    places = timed(
        "places",
        lambda: with_dateline(
            without_body_short_forms(extract_places(doc, kinds), actors), article
        ),
    )
    quotes = timed("quotes", lambda: extract_quotes(doc, actors))
    published = options.published or article.published
    dates = timed(
        "dates",
        lambda: dateline_dates(article, published) + extract_dates(doc, published, adverbs=False),
    )
    facts = FactSheet(actors, places, quotes, dates)
    timings["total"] = round(sum(timings.values()), 2)
    return Briefing(article, doc, summary, facts, options, timings)
