"""A quote inside a reported sentence (`Park said "…", the filing says`) is the words of the
person whose own clause brings it in, not of the document or outlet that reports the saying;
a source described after the quote stays the source when nobody named brings the words in."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_named_speaker_before_the_quote_outranks_the_filing_after_it() -> None:
    text = (
        "Jo Park of Valby was held on Friday near the harbour. "
        'Park said "the north gate was the easiest way in for the whole crew," '
        "the court filing said."
    )
    (q,) = _quotes(text)
    assert q.speaker == "Jo Park"


def test_described_source_after_the_quote_stays_when_nobody_brings_it_in() -> None:
    text = (
        "Jo Park of Valby was held on Friday near the harbour. "
        '"The north gate was the easiest way in for the whole crew," the court filing said.'
    )
    (q,) = _quotes(text)
    assert (q.speaker, q.description) == (None, "the court filing")


def test_words_woven_into_a_named_clause_are_that_person_s_under_an_outlet() -> None:
    text = (
        "Jo Park of Valby spoke at the harbour on Friday. "
        'Park called the new toll "a costly mistake for the whole town", Valby Radio reported.'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Jo Park"
