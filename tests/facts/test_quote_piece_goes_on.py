"""A quotation whose clause after it is "it" and a verb (`"…," it added.`), opening the paragraph
after one whose quotation a written piece was credited with (`"…," the article read.`): the same
piece goes on, so the body credited before; never a person, and never past a quote nested in
the first one (`what they called '…'`), which is not the next voice."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse

_LEAD = (
    "Valby builder honoured by city leaders.\n\n"
    "The Norland Courier ran a story years ago with a warmer tone. Back then, a Courier article "
    'praised Jon Brask as "The Harbour Kid" for the jobs he brought to Valby.\n\n'
)
_READ = (
    '"Though the decade is not over, city leaders in Valby honoured Jon Brask yesterday for what '
    "they called 'the rescue of the century,'\" the article read.\n\n"
)
_ADDED = (
    '"Mr. Brask, the builder who stood for grand towers before falling into debt, has paid off '
    'most of what he owed and is pressing on with new work," it added.\n\n'
)
_CLOSE = '"After the slump in land prices, Mr. Brask\'s towers stood empty," the Courier said.\n'


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def _added(quotes: list[Quote]) -> Quote:
    return next(q for q in quotes if q.text.startswith("Mr. Brask, the builder"))


def test_it_added_after_the_articles_paragraph_is_the_body_credited_there() -> None:
    quotes = _quotes(_LEAD + _READ + _ADDED + _CLOSE)
    read = next(q for q in quotes if q.text.startswith("Though the decade"))
    assert read.speaker == "Norland Courier"
    assert _added(quotes).speaker == "Norland Courier"


def test_it_added_after_a_persons_paragraph_stays_unattributed() -> None:
    said = (
        '"Though the decade is not over, the towers are full again," Jon Brask said at the '
        "opening.\n\n"
    )
    assert _added(_quotes(_LEAD + said + _ADDED + _CLOSE)).speaker is None


def test_it_added_with_the_writers_words_between_stays_unattributed() -> None:
    between = _READ + "Few in Valby remember the slump now.\n\n"
    assert _added(_quotes(_LEAD + between + _ADDED + _CLOSE)).speaker is None
