"""Frozen dataclasses of a dossier: what several briefings of one story say together.

Every cross-article fact keeps the id of the article it came from and, where the article
states it in a sentence, that sentence's index and character span in the article's text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from briefing.counts import counted
from briefing.timex import day_words


@dataclass(frozen=True)
class DossierArticle:
    """One article of the dossier, with its one-paragraph summary."""

    id: str  # short hash of the analysed text: stable across runs and machines
    title: str
    source: str
    published: date | None
    word_count: int
    summary: str
    actors: int
    places: int
    quotes: int
    dates: int


@dataclass(frozen=True)
class Appearance:
    """How one article names an actor: its form there, roles, mentions and where."""

    article: str
    name: str
    roles: tuple[str, ...]
    mentions: int
    sentences: tuple[int, ...]


@dataclass(frozen=True)
class RoleMention:
    """A role an article gives an actor, dated by the article ("roles over time")."""

    role: str
    article: str
    published: date | None


@dataclass(frozen=True)
class DossierQuote:
    text: str
    speaker: str | None  # the dossier actor's name; None when no article could tell
    actor: str | None  # the dossier actor's id
    article: str
    published: date | None
    sentence: int
    start: int
    end: int
    cue: str | None = None
    confidence: float | None = None  # the article's speaker confidence, when it has one


@dataclass(frozen=True)
class DossierActor:
    """One person or body across the articles, however each article names them.

    `resolved` is False for a bare surname that could be any of several people the
    articles name in full (`candidates` holds their ids): kept apart rather than guessed.
    """

    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    appearances: tuple[Appearance, ...]
    roles: tuple[RoleMention, ...]
    quotes: tuple[DossierQuote, ...]
    resolved: bool = True
    candidates: tuple[str, ...] = ()

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(a.article for a in self.appearances)

    @property
    def mentions(self) -> int:
        return sum(a.mentions for a in self.appearances)

    @property
    def role_names(self) -> tuple[str, ...]:
        """Distinct roles in the order the articles first give them."""
        seen: dict[str, str] = {}
        for r in self.roles:
            seen.setdefault(r.role.casefold(), r.role)
        return tuple(seen.values())


@dataclass(frozen=True)
class DossierPlace:
    name: str
    type: str
    country: str | None
    latitude: float | None
    longitude: float | None
    mentions: int
    articles: tuple[str, ...]


@dataclass(frozen=True)
class TimelineEvent:
    """A dated mention in one article, with the sentence that states it."""

    value: str  # TIMEX3-style, as in the article's fact sheet
    text: str  # as written
    article: str
    published: date | None
    sentence: int
    context: str  # the sentence's text
    start: int
    end: int


@dataclass(frozen=True)
class SpeakerQuotes:
    speaker: str | None  # None: the quotes no article could attribute
    actor: str | None
    quotes: tuple[DossierQuote, ...]


@dataclass(frozen=True)
class StorySentence:
    """A sentence of the story's overall summary, cited to its article."""

    text: str
    article: str
    sentence: int
    start: int
    end: int


@dataclass(frozen=True)
class Dossier:
    articles: tuple[DossierArticle, ...]  # in date order, undated last
    actors: tuple[DossierActor, ...]  # by number of articles, then mentions
    places: tuple[DossierPlace, ...]
    timeline: tuple[TimelineEvent, ...]
    quotes: tuple[SpeakerQuotes, ...]
    story: tuple[StorySentence, ...]

    @property
    def overview(self) -> str:
        """The story in one paragraph."""
        return " ".join(" ".join(s.text.split()) for s in self.story)

    def heading(self, short: bool = False) -> str:
        """ "Dossier: 3 articles, 4 March 2024 to 2 April 2024"; months `short` in the window."""
        n = len(self.articles)
        dated = [a.published for a in self.articles if a.published]
        span = ""
        if dated:
            first, last = min(dated), max(dated)
            span = f", {day_words(first, short)}"
            span += f" to {day_words(last, short)}" if last != first else ""
        return f"Dossier: {counted(n, 'article')}{span}"

    def article(self, article_id: str) -> DossierArticle:
        return next(a for a in self.articles if a.id == article_id)

    def actor(self, actor_id: str) -> DossierActor:
        return next(a for a in self.actors if a.id == actor_id)
