"""build_dossier(): several briefings of one story read together."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date

from briefing.dossier.actors import Source, merge_actors
from briefing.dossier.model import Dossier, DossierArticle, DossierQuote, SpeakerQuotes
from briefing.dossier.places import merge_places
from briefing.dossier.story import story_sentences
from briefing.dossier.timeline import merge_timeline
from briefing.model import Article, Briefing


def article_id(article: Article) -> str:
    """A short hash of the title and analysed text: the same article has the same id on
    every run and machine, whatever its file is called."""
    digest = hashlib.sha256(f"{article.title}\n\n{article.text}".encode())
    return digest.hexdigest()[:12]


def _date_order(briefings: Iterable[Briefing]) -> list[Briefing]:
    return sorted(briefings, key=lambda b: (b.published is None, b.published or date.min))


def build_dossier(briefings: Iterable[Briefing]) -> Dossier:
    """The dossier of `briefings` (any order; the same article twice counts once)."""
    sources: list[Source] = []
    seen: set[str] = set()
    for b in _date_order(briefings):
        key = article_id(b.article)
        if key not in seen:
            seen.add(key)
            sources.append(Source(key, b.published, b))

    quotes: dict[tuple[str, str], list[DossierQuote]] = {}
    unattributed: list[DossierQuote] = []
    for s in sources:
        for q in s.briefing.facts.quotes:
            confidence = getattr(q, "speaker_confidence", None)
            quote = DossierQuote(
                " ".join(q.text.split()),
                q.speaker,
                None,
                s.id,
                s.published,
                q.sentence,
                q.start,
                q.end,
                q.cue,
                float(confidence) if isinstance(confidence, int | float) else None,
            )
            if q.speaker:
                quotes.setdefault((s.id, q.speaker), []).append(quote)
            else:
                unattributed.append(quote)

    actors = merge_actors(sources, quotes)
    claimed = {(q.article, q.start) for a in actors for q in a.quotes}
    by_speaker = [SpeakerQuotes(a.name, a.id, a.quotes) for a in actors if a.quotes]
    # a speaker the article names but did not list as an actor keeps their quotes
    others: dict[str, list[DossierQuote]] = {}
    for (_, speaker), said in quotes.items():
        for kept in said:
            if (kept.article, kept.start) not in claimed:
                others.setdefault(speaker, []).append(kept)
    by_speaker += [SpeakerQuotes(name, None, tuple(said)) for name, said in others.items()]
    by_speaker.sort(key=lambda g: (-len(g.quotes), (g.speaker or "").casefold()))
    if unattributed:
        by_speaker.append(SpeakerQuotes(None, None, tuple(unattributed)))

    articles = tuple(
        DossierArticle(
            s.id,
            " ".join(s.briefing.article.title.split()),
            s.briefing.article.source,
            s.published,
            s.briefing.article.word_count,
            " ".join(" ".join(x.text.split()) for x in s.briefing.summary.sentences),
            len(s.briefing.facts.actors),
            len(s.briefing.facts.locations),
            len(s.briefing.facts.quotes),
            len(s.briefing.facts.timeline),
        )
        for s in sources
    )
    return Dossier(
        articles,
        actors,
        merge_places(sources),
        merge_timeline(sources),
        tuple(by_speaker),
        story_sentences(sources),
    )
