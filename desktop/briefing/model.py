"""Frozen dataclasses shared by every layer: loaders fill `Article`, the NLP layer
builds a `Doc`, summariser and extractors read it, exporters and the GUI show `Briefing`.

Offsets (`start`, `end`) are character offsets into `Article.text`, end exclusive,
so any layer can highlight or cite what another found.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Literal

from briefing.timex import is_yearless, period

# --- the article as loaded -------------------------------------------------


@dataclass(frozen=True)
class Clutter:
    """A line recognised as page furniture, kept for the source view, not analysed.

    `kind` is one of: "repeated-headline", "standfirst", "reading-time", "dateline",
    "byline", "caption", "credit", "boilerplate".
    """

    kind: str
    text: str


@dataclass(frozen=True)
class Article:
    """An article after loading and clean-up.

    `text` is the analysis text: `paragraphs` joined by a blank line ("\\n\\n").
    `raw_text` is what the file held (decoded), for the source view.
    """

    title: str
    paragraphs: tuple[str, ...]
    source: str = "-"
    format: str = "text"
    standfirst: str | None = None
    byline: str | None = None
    published: date | None = None
    clutter: tuple[Clutter, ...] = ()
    raw_text: str = ""

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    @cached_property
    def word_count(self) -> int:
        """Counted once (every view and export asks; a 100,000-word article takes 13 ms)."""
        return sum(len(p.split()) for p in self.paragraphs)

    def paragraph_spans(self) -> tuple[tuple[int, int], ...]:
        """(start, end) of each paragraph in `text`."""
        spans = []
        pos = 0
        for p in self.paragraphs:
            spans.append((pos, pos + len(p)))
            pos += len(p) + 2
        return tuple(spans)


# --- the analysed document -------------------------------------------------


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    tag: str = ""  # Penn Treebank POS tag, "" when untagged


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int
    tokens: tuple[Token, ...] = ()

    def token_span(self, start: int, end: int) -> tuple[int, int]:
        """Tokens [first, end) that cover characters [start, end) of the document."""
        first = next(i for i, t in enumerate(self.tokens) if t.end > start)
        last = max(i for i, t in enumerate(self.tokens) if t.start < end) + 1
        return first, last

    def entity(self, label: str, first: int, end: int) -> Entity:
        """The entity over tokens [first, end) of this sentence."""
        start, stop = self.tokens[first].start, self.tokens[end - 1].end
        text = self.text[start - self.start : stop - self.start]
        return Entity(label, text, start, stop, self.index, first, end)


EntityLabel = Literal["PERSON", "ORGANIZATION", "LOCATION"]


@dataclass(frozen=True)
class Entity:
    """A named-entity mention: tokens [first_token, end_token) of one sentence."""

    label: str  # EntityLabel
    text: str
    start: int
    end: int
    sentence: int
    first_token: int
    end_token: int


@dataclass(frozen=True)
class Doc:
    """One analysed text: sentences with tokens and entity mentions, all with offsets."""

    text: str
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...] = ()


# --- options ---------------------------------------------------------------

LengthMode = Literal["sentences", "ratio", "words"]


@dataclass(frozen=True)
class Length:
    """How long the summary should be: N sentences, a ratio of the article, or a word budget."""

    mode: LengthMode = "sentences"
    value: float = 3

    def __post_init__(self) -> None:
        if self.mode not in ("sentences", "ratio", "words"):
            raise ValueError(f"unknown length mode {self.mode!r}")
        if self.mode == "ratio" and not 0 < self.value <= 1:
            raise ValueError("a ratio must be in (0, 1]")
        if self.mode != "ratio" and (self.value < 1 or self.value != int(self.value)):
            raise ValueError(f"{self.mode} must be a whole number of at least 1")


@dataclass(frozen=True)
class Options:
    """Everything the user can choose about one analysis."""

    length: Length = field(default_factory=Length)
    algorithm: str = "auto"
    published: date | None = None  # overrides the date found in the article


# --- results ---------------------------------------------------------------


@dataclass(frozen=True)
class Evidence:
    """Where a fact was found: sentence index and character span in `Article.text`."""

    sentence: int
    start: int
    end: int


@dataclass(frozen=True)
class SummarySentence:
    index: int  # sentence index in the Doc
    start: int
    end: int
    text: str
    paragraph: int = 0


@dataclass(frozen=True)
class Summary:
    algorithm: str
    length: Length
    sentences: tuple[SummarySentence, ...] = ()
    # What `auto` decided the text is and did: "news lede" (the article's opening, with the
    # lede model's swaps) or "centrality" (speeches, reports, essays); other algorithms: "".
    method: str = ""
    # The word budget the length came to (words mode, or a ratio of the article's words).
    word_budget: int | None = None


ActorType = Literal["person", "organization", "state"]


@dataclass(frozen=True)
class Actor:
    """A person, an organisation, or a state: a country acting in the story ("Norway said"),
    whose `place` names its row among the locations."""

    name: str
    type: str  # ActorType
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    affiliation: str | None = None
    mentions: int = 0
    evidence: tuple[Evidence, ...] = ()
    place: str | None = None  # for a state: the name of its Place row


PlaceType = Literal["country", "city", "region", "water", "other"]


@dataclass(frozen=True)
class Place:
    name: str
    type: str  # PlaceType
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    mentions: int = 0
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Quote:
    text: str  # the quoted words, without the quote marks
    speaker: str | None  # canonical actor name; None when it cannot be determined
    sentence: int  # index of the sentence where the quote starts
    start: int
    end: int
    cue: str | None = None  # reporting verb as written ("said", "told", "added")
    # Words woven into the writer's sentence (the mayor called it "a serious mistake").
    partial: bool = False
    # The source as the text describes it when it names nobody ("the senior minister").
    description: str | None = None
    # How the speaker was found: "named cue", "pronoun", "sentence subject", "same
    # paragraph", "previous paragraph", "sentence before" (`…, X said.` ending it),
    # "description", "named before" (`the defender`), "dash line", "same words" (a lede's
    # unnamed source later quoted by name saying them) or "model"; None when
    # nobody was found.
    how: str | None = None

    @property
    def attribution(self) -> str:
        """The source as a reader is shown it: the speaker, a description marked unnamed,
        or "unattributed" (never a weak guess: those are withdrawn before this)."""
        if self.speaker:
            return self.speaker
        if self.description:
            return f"{self.description} (unnamed)"
        return "unattributed"

    @property
    def found_by(self) -> str:
        """The cue and how the speaker was found ("said · pronoun"), "partial" added."""
        parts = [p for p in (self.cue, self.how if self.speaker else None) if p]
        if self.partial:
            parts.append("partial")
        return " · ".join(parts)


@dataclass(frozen=True)
class DateMention:
    """A date as the article writes it.

    The dateline ("17 September, 2018") is page furniture outside the analysed text, so its
    entry has `sentence`, `start` and `end` None; every other entry points into `Article.text`.
    """

    text: str  # as written ("last week")
    value: str | None  # TIMEX3-style ("2018-W37"); None when it cannot be resolved
    sentence: int | None
    start: int | None
    end: int | None

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        if self.sentence is None or self.start is None or self.end is None:
            return ()
        return (Evidence(self.sentence, self.start, self.end),)


@dataclass(frozen=True)
class FactSheet:
    actors: tuple[Actor, ...] = ()
    locations: tuple[Place, ...] = ()
    quotes: tuple[Quote, ...] = ()
    dates: tuple[DateMention, ...] = ()

    @property
    def timeline(self) -> tuple[DateMention, ...]:
        """Calendar dates in time order: by the first then the last day of the period each
        names ("2024-W24", in June, before "2024-09"; a year before its months), then by where
        they occur ("now" and unresolved expressions have no place on a timeline)."""
        resolved = [d for d in self.dates if d.value and d.value[:1].isdigit()]
        return tuple(
            sorted(
                resolved,
                key=lambda d: (period(d.value or ""), d.value, -1 if d.start is None else d.start),
            )
        )

    @property
    def yearless(self) -> tuple[DateMention, ...]:
        """Days, months and seasons named without a year that nothing could place (the article
        gives no publication date): kept apart from the timeline in calendar order, so that a
        handed-on briefing still shows "4 March" rather than dropping it."""
        found = [d for d in self.dates if is_yearless(d.value)]
        return tuple(
            sorted(found, key=lambda d: (d.value or "", -1 if d.start is None else d.start))
        )

    @property
    def listed_dates(self) -> tuple[DateMention, ...]:
        """Every date a briefing lists: the timeline, then the dates without a year."""
        return self.timeline + self.yearless

    @property
    def unplaced(self) -> tuple[DateMention, ...]:
        """Expressions with no value ("on Tuesday" in an article with no publication date)."""
        return tuple(d for d in self.dates if d.value is None)


@dataclass(frozen=True)
class Briefing:
    article: Article
    doc: Doc
    summary: Summary
    facts: FactSheet
    options: Options
    timings_ms: Mapping[str, float] = field(default_factory=dict)

    @property
    def published(self) -> date | None:
        return self.options.published or self.article.published
