"""Briefings built by hand for the dossier tests, so the merge rules are tested apart from
the extractors; every sentence is our own invented text."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from briefing.model import (
    Actor,
    Article,
    Briefing,
    DateMention,
    Doc,
    Evidence,
    FactSheet,
    Options,
    Place,
    Quote,
    Sentence,
    Summary,
    SummarySentence,
)


def briefing(
    title: str,
    published: date | None,
    sentences: Sequence[str],
    *,
    actors: Sequence[Actor] = (),
    places: Sequence[Place] = (),
    quotes: Sequence[tuple[int, str, str | None]] = (),  # (sentence, quoted words, speaker)
    dates: Sequence[tuple[int, str, str]] = (),  # (sentence, as written, value)
    summary: Sequence[int] = (0,),
) -> Briefing:
    """One article of one paragraph per sentence, with the facts given."""
    article = Article(title=title, paragraphs=tuple(sentences), published=published)
    spans = article.paragraph_spans()
    doc = Doc(
        article.text,
        tuple(Sentence(i, a, b, sentences[i], i) for i, (a, b) in enumerate(spans)),
    )

    def at(i: int, words: str) -> tuple[int, int]:
        start = spans[i][0] + sentences[i].index(words)
        return start, start + len(words)

    facts = FactSheet(
        tuple(actors),
        tuple(places),
        tuple(Quote(w, who, i, *at(i, w), cue="said") for i, w, who in quotes),
        tuple(DateMention(w, v, i, *at(i, w)) for i, w, v in dates),
    )
    chosen = tuple(SummarySentence(i, spans[i][0], spans[i][1], sentences[i], i) for i in summary)
    return Briefing(article, doc, Summary("auto", Options().length, chosen), facts, Options())


def person(name: str, *roles: str, aliases: tuple[str, ...] = (), mentions: int = 1) -> Actor:
    return Actor(name, "person", aliases, roles, None, mentions, (Evidence(0, 0, 1),))


def body(name: str, *aliases: str) -> Actor:
    return Actor(name, "organization", aliases, (), None, 1, (Evidence(0, 0, 1),))


def city(name: str, country: str = "Norway") -> Place:
    return Place(name, "city", country, 60.0, 5.0, 1, (Evidence(0, 0, 1),))
