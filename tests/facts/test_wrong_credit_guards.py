"""Quotes that were credited to the wrong person in unannotated wire and election copy, in our
own words: an owner before a title, a surname two people share, a party before a candidate."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_an_owners_title_set_off_by_a_name_is_that_person_not_the_owner() -> None:
    text = (
        "Valby Radio carries forty stations.\n\n"
        '"In a car you have three stations," said Valby Radio\'s president, Jo Park. '
        '"Online you have millions."'
    )
    first, second = _quotes(text)
    assert (first.speaker, second.speaker) == ("Jo Park", "Jo Park")


def test_an_owners_title_with_no_name_is_a_description_never_the_owner() -> None:
    text = (
        "Norbank cut its rates on Monday.\n\n"
        '"We will not comment on the report," said Norbank\'s spokesman.'
    )
    (q,) = _quotes(text)
    assert q.speaker is None and q.description == "Norbank's spokesman"
