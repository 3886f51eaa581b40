"""A document cited at the sentence's start is the source of a partial quote later in the
sentence, however long its phrase; and a phrase after a quote ending on a determiner (`for
his newly revealed plan`) is no reporting clause's subject (round 46)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_a_long_document_opening_the_sentence_describes_the_source() -> None:
    text = (
        "Two Valby builders were charged in May.\n\n"
        "According to a 40-count civil complaint filed by the Valby Harbour Authority and a "
        "12-count complaint by the Norland tenants union, the builders ran a "
        '"long and careful scheme" to hide the money.'
    )
    quote = _quotes(text)[-1]
    assert quote.text.startswith("long and careful")
    assert quote.speaker is None
    assert quote.description is not None and "complaint" in quote.description


def test_a_phrase_ending_on_a_determiner_after_a_quote_is_no_subject() -> None:
    text = (
        "Harbour master Tomas Lindqvist defended the toll on Friday.\n\n"
        'His allies called him "a true builder" for his newly revealed harbour plan.'
    )
    quote = _quotes(text)[-1]
    assert quote.text == "a true builder"
    assert quote.description == "His allies"
