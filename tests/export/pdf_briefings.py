"""Briefings built by hand for the PDF tests: every fact list filled, so no test depends on
the extractors. The article is our own invented text."""

from __future__ import annotations

from datetime import date, datetime

from briefing.model import (
    Actor,
    Article,
    Briefing,
    DateMention,
    Doc,
    FactSheet,
    Length,
    Options,
    Place,
    Quote,
    Sentence,
    Summary,
    SummarySentence,
)

CREATED = datetime(2024, 5, 6, 9, 30, 0)

HARBOUR_PARAGRAPHS = (
    "Harbour talks resume in Valby after a week of strikes",
    "Ministers from Norland and Estmark met in Valby on Monday to end a dispute that has "
    "closed the harbour since early September. The talks lasted six hours.",
    '"We will reopen the quays before winter," Anna Berg, the Norland transport minister, '
    "said after the meeting. Dock workers had stopped work on 3 September 2018.",
    "Jonas Falk of the Harbour Workers Union said the offer was not enough. "
    '"A promise is not a contract," he told reporters outside the town hall.',
    "The Estmark delegation, led by Sofia Lind, proposed a shared fund for the port. "
    "Officials said a second round would follow in week 38.",
    "Trade through Valby fell by a third in the 1990s, when a similar strike lasted "
    "two months. Shipping lines have since moved cargo to Ostport.",
    "A spokesman for the Port Authority declined to comment. "
    '"Nobody wins a long strike," one crane driver said.',
)


def _doc(paragraphs: tuple[str, ...]) -> tuple[Article, Doc]:
    """Sentences split at ". " inside each paragraph: enough structure for the layout."""
    article = Article(
        title=paragraphs[0],
        paragraphs=paragraphs,
        source="/home/reader/news/harbour-talks.txt",
        standfirst="Both sides say a deal on the quays is close; the union is not so sure.",
        byline="Karin Holm",
        published=date(2018, 9, 17),
    )
    sentences: list[Sentence] = []
    for number, (start, end) in enumerate(article.paragraph_spans()):
        pos = start
        text = article.text
        while pos < end:
            cut = text.find(". ", pos, end)
            stop = end if cut == -1 else cut + 1
            sentences.append(Sentence(len(sentences), pos, stop, text[pos:stop], number))
            pos = stop + 1 if cut != -1 else end
    return article, Doc(article.text, tuple(sentences))


def _find(doc: Doc, needle: str) -> tuple[int, int, int]:
    start = doc.text.index(needle)
    sentence = next(s.index for s in doc.sentences if s.start <= start < s.end)
    return sentence, start, start + len(needle)


def _summary(doc: Doc, indexes: tuple[int, ...]) -> Summary:
    chosen = tuple(
        SummarySentence(s.index, s.start, s.end, s.text, s.paragraph)
        for s in doc.sentences
        if s.index in indexes
    )
    return Summary("lexrank", Length("sentences", len(chosen)), chosen)


def _date(doc: Doc, text: str, value: str | None) -> DateMention:
    sentence, start, end = _find(doc, text)
    return DateMention(text, value, sentence, start, end)


def _quote(doc: Doc, text: str, speaker: str | None, cue: str) -> Quote:
    sentence, start, end = _find(doc, text)
    return Quote(text, speaker, sentence, start, end, cue)


def harbour_briefing(paragraphs: tuple[str, ...] = HARBOUR_PARAGRAPHS) -> Briefing:
    """A short news story with actors, places, quotes (one unattributed) and dates."""
    article, doc = _doc(paragraphs)
    facts = FactSheet(
        actors=(
            Actor("Anna Berg", "person", ("Berg",), ("transport minister",), "Norland", 3),
            Actor("Jonas Falk", "person", ("Falk",), (), "Harbour Workers Union", 2),
            Actor("Sofia Lind", "person", (), ("delegation leader",), None, 1),
            Actor("Harbour Workers Union", "organization", (), (), None, 1),
            Actor("Port Authority", "organization", (), (), None, 1),
        ),
        locations=(
            Place("Valby", "city", "Norland", 55.1, 12.2, 3),
            Place("Norland", "country", None, None, None, 2),
            Place("Estmark", "country", None, None, None, 2),
            Place("Ostport", "city", "Estmark", None, None, 1),
        ),
        quotes=(
            _quote(doc, "We will reopen the quays before winter,", "Anna Berg", "said"),
            _quote(doc, "A promise is not a contract,", "Jonas Falk", "told"),
            _quote(doc, "Nobody wins a long strike,", None, "said"),
        ),
        dates=(
            DateMention("17 September, 2018", "2018-09-17", None, None, None),  # the dateline
            _date(doc, "Monday", "2018-09-17"),
            _date(doc, "3 September 2018", "2018-09-03"),
            _date(doc, "week 38", "2018-W38"),
            _date(doc, "the 1990s", "199X"),
            _date(doc, "before winter", None),
        ),
    )
    summary = _summary(doc, (1, 3, 6))
    return Briefing(article, doc, summary, facts, Options(), {})


def empty_facts_briefing() -> Briefing:
    """The harbour story with nothing extracted: no charts, no tables."""
    b = harbour_briefing()
    return Briefing(b.article, b.doc, b.summary, FactSheet(), b.options, {})


MULTILINGUAL = (
    "Çağrı Öztürk, İstanbul, Øresund, Œuvre, Ğ ş ı İ ç ø œ ß é à ü ñ",
    "Ερντογάν και Πούτιν",
    "Путин и Эрдоган",
    "北京 東京 ひらがな カタカナ 서울",
    "مرحبا بالعالم",
)


def multilingual_briefing() -> Briefing:
    """Names and sentences in Latin with accents, Greek, Cyrillic, CJK and Arabic."""
    paragraphs = ("Leaders meet: " + MULTILINGUAL[2], *(f"{line}." for line in MULTILINGUAL))
    article, doc = _doc(paragraphs)
    facts = FactSheet(
        actors=(
            Actor("Путин", "person", mentions=2),
            Actor("Ερντογάν", "person", mentions=2),
            Actor("習近平", "person", mentions=1),
        ),
        locations=(Place("İstanbul", "city", "Türkiye", mentions=1),),
        quotes=(Quote(MULTILINGUAL[4], "Çağrı Öztürk", 5, 0, 1, "said"),),
    )
    summary = _summary(doc, tuple(s.index for s in doc.sentences))
    return Briefing(article, doc, summary, facts, Options(), {})


MARKUP = (
    '<b>bold</b> <font name="Courier">x</font> <img src="/etc/passwd"/> '
    '<a href="http://example.invalid/">link</a> &amp; 1 < 2 > 0'
)


def markup_briefing() -> Briefing:
    """Article text full of tags and entities, which must appear literally."""
    paragraphs = (f"Title {MARKUP}", f"Body {MARKUP}.", f'"Quote {MARKUP}," Name {MARKUP} said.')
    article, doc = _doc(paragraphs)
    facts = FactSheet(
        actors=(Actor(f"Name {MARKUP}", "person", roles=(MARKUP,), mentions=1),),
        locations=(Place(f"Place {MARKUP}", "city", MARKUP, mentions=1),),
        quotes=(Quote(f"Quote {MARKUP},", f"Name {MARKUP}", 2, 0, 1, "said"),),
    )
    summary = _summary(doc, (0, 1))
    return Briefing(article, doc, summary, facts, Options(), {})
