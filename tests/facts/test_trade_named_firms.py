"""Firms named by a given name and the goods or trade they sell ("Morgan Soup"): the first
name makes no person of them. The articles are our own; entities are given by hand."""

from __future__ import annotations

from tests.facts.hand_entities import every_occurrence as _doc
from tests.facts.hand_entities import labels as _labels


def test_a_first_name_before_a_foodstuff_is_a_firm_however_tagged() -> None:
    text = "Morgan Soup is furious. A spokesman for Morgan Soup said its sales were fine."
    doc = _doc(text, ("ORGANIZATION", "Morgan Soup"))
    assert _labels(doc) == {"Morgan Soup": {"ORGANIZATION"}}
    doc = _doc(text, ("PERSON", "Morgan Soup"))
    assert _labels(doc) == {"Morgan Soup": {"ORGANIZATION"}}


def test_a_first_name_before_a_care_trade_is_a_firm() -> None:
    text = "The homes went to Marlow Healthcare last year. Marlow Healthcare grew fast."
    doc = _doc(text, ("PERSON", "Marlow Healthcare"))
    assert _labels(doc) == {"Marlow Healthcare": {"ORGANIZATION"}}


def test_the_first_name_alone_beside_the_firm_is_the_firm() -> None:
    text = "Morgan Soup shares fell. Analysts said Morgan had priced its soups too high."
    doc = _doc(text, ("ORGANIZATION", "Morgan Soup"), ("PERSON", "Morgan"))
    assert _labels(doc) == {"Morgan Soup": {"ORGANIZATION"}, "Morgan": {"ORGANIZATION"}}


def test_a_person_with_a_plain_surname_stays_a_person() -> None:
    text = "Morgan Vale said the soup was cold. Vale left early."
    doc = _doc(text, ("PERSON", "Morgan Vale"), ("PERSON", "Vale"))
    assert _labels(doc)["Morgan Vale"] == {"PERSON"}


def test_a_first_name_before_a_paper_makers_word_is_a_firm() -> None:
    text = "Shares of Morgan Paper rose after Morgan Paper raised its prices."
    doc = _doc(text, ("PERSON", "Morgan Paper"))
    assert _labels(doc) == {"Morgan Paper": {"ORGANIZATION"}}
