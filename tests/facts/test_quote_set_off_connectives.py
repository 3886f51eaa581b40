"""A connective set off by commas between a reporting verb and its quotation (`Jo Park
said, however, "…"`) leaves the verb introducing the quotation."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_a_connective_after_the_verb_keeps_the_speaker() -> None:
    text = (
        "Ana Berg opened the Valby harbour in May. Tom Lind, the harbour pilot, acknowledged, "
        "however, “The sea does not wait for anyone.”"
    )
    (q,) = _quotes(text)
    assert (q.speaker or "").endswith("Lind")


def test_a_connective_gives_no_person_a_sign_reads() -> None:
    text = (
        "Ana Berg opened the Valby harbour in May. Tom Lind, the harbour pilot, was not there. "
        "A sign in the window read, however, “The sea does not wait for anyone.”"
    )
    (q,) = _quotes(text)
    assert q.speaker is None


def test_a_clause_set_off_after_that_names_no_new_source() -> None:
    text = (
        "Ana Berg spoke to the harbour board on Monday. She argued that, although Jo Park had "
        "paid for two new cranes and a dry dock at the quay, he was not "
        '"the saviour his fans make of him."'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Ana Berg"


def test_a_name_after_that_with_no_clause_set_off_still_abstains() -> None:
    text = (
        "Ana Berg spoke to the harbour board on Monday. She argued that Jo Park had paid for "
        "two new cranes and a dry dock at the quay and was not "
        '"the saviour his fans make of him."'
    )
    (q,) = _quotes(text)
    assert q.speaker != "Jo Park"
