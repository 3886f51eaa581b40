"""A court filing cited like a report speaks through its description: `…, the indictment
alleges, adding that "…"` and a following `"…," it says` are the filing's, never the
person the sentence is about."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse

_FILING = (
    "Jo Park was held on Friday. Park told a friend that he wanted to burn the mill, "
    'the indictment alleges, adding that "his plan was to start at the north gate." '
)


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_adding_that_after_a_described_source_is_that_source() -> None:
    (q,) = _quotes(_FILING)
    assert (q.speaker, q.description) == (None, "the indictment")


def test_it_says_after_a_filing_cited_at_the_sentence_end_is_the_filing() -> None:
    text = (
        "Jo Park was held. Park told a friend he would leave, the filing says. "
        '"He left in May," it says.'
    )
    (q,) = _quotes(text)
    assert (q.speaker, q.description) == (None, "the filing")


def test_spokesman_adding_that_is_described_not_the_person_talked_about() -> None:
    text = (
        "Jo Park was held on Friday. Ana Berg told a friend that she wanted to leave, "
        'the spokesman said, adding that "her plan was to go north."'
    )
    (q,) = _quotes(text)
    assert (q.speaker, q.description) == (None, "the spokesman")
