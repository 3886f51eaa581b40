"""Persons read as bodies and bodies read as persons: a role noun before an unlisted given
name, a firm's trade unit, a firm described by a role noun that a person could hold too; and
the person so found, named inside a quote, no rival for the quote's speaker.

The sentences are our own. Entities are given by hand, every occurrence of each surface.
"""

from __future__ import annotations

from briefing.facts.quotes.learned import _named_in
from tests.facts.hand_entities import every_occurrence as _doc
from tests.facts.hand_entities import labels as _labels


def test_a_name_after_a_person_only_role_noun_is_a_person_whatever_the_given_name() -> None:
    text = "The charity won the backing of basketball star DeShon Varr on Monday."
    doc = _doc(text, ("ORGANIZATION", "DeShon Varr"))
    assert _labels(doc)["DeShon Varr"] == {"PERSON"}


def test_a_name_after_a_role_noun_a_firm_can_fill_stays_a_body() -> None:
    text = "The club was sold last year to its new owner Qarvo Brisk for an undisclosed sum."
    doc = _doc(text, ("ORGANIZATION", "Qarvo Brisk"))
    assert _labels(doc)["Qarvo Brisk"] == {"ORGANIZATION"}


def test_a_name_before_a_trade_and_unit_is_a_firm() -> None:
    text = "Holmco agreed to buy the Tarvel Mond foods unit for $90 million."
    doc = _doc(text, ("PERSON", "Tarvel Mond"))
    assert _labels(doc)["Tarvel Mond"] == {"ORGANIZATION"}


def test_a_person_whose_unit_follows_a_possessive_stays_a_person() -> None:
    text = "The medal went to Ola Vik's infantry unit after the battle."
    doc = _doc(text, ("PERSON", "Ola Vik"))
    assert _labels(doc)["Ola Vik"] == {"PERSON"}


def test_a_body_named_as_such_and_described_by_a_role_noun_stays_a_body() -> None:
    text = "The shows come from Varnel International, a producer of quiz programmes, it said."
    doc = _doc(text, ("ORGANIZATION", "Varnel International"))
    assert _labels(doc)["Varnel International"] == {"ORGANIZATION"}


def test_a_person_named_inside_a_quote_is_no_rival_for_its_speaker() -> None:
    quoted = "Dravin will always be the king of this rink."
    assert _named_in("Dravin Kolt", quoted)
    assert not _named_in("Ana Lind", quoted)
    assert not _named_in("Al Bo", "Al and Bo went home")  # words of two letters are no cue
