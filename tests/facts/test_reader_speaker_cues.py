"""Speaker errors a reader saw on copy unlike the scored sets (speak35b's invented articles):
a described subject whose second verb or set-off participle gives the words, an address
inside the quote, a former office, mixed quotation marks and abbreviated ranks before a name
(invented sentences)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_a_participle_after_an_object_gives_the_opening_body_its_words() -> None:
    (quote,) = _quotes(
        'The harbour board will close the quay next month, saying "the old timbers can no '
        'longer carry a loaded lorry."'
    )
    assert quote.speaker is None and quote.description == "The harbour board"


def test_a_woven_partial_after_saying_keeps_the_whole_subject() -> None:
    (quote,) = _quotes(
        'The harbour board will close the quay, saying the old timbers were "no longer safe '
        'for lorries."'
    )
    assert quote.description == "The harbour board"


def test_a_second_predicate_after_and_leaves_the_subject_alone() -> None:
    (quote,) = _quotes(
        "Hundreds gathered outside the town hall on Saturday.\n\n"
        'The woman waved a flag and shouted: "We will not be moved from our homes!"'
    )
    assert quote.description == "The woman"


def test_a_set_off_warning_is_the_opening_body_s() -> None:
    (quote,) = _quotes(
        'A local charity wrote to every house in the street, warning: "Do not drink the tap '
        'water until further notice."'
    )
    assert quote.description == "A local charity"
