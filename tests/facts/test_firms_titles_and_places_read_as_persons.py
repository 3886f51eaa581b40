"""Names the tagger reads as people that a reader sees are a firm or a place: a name listed
among firms, a first name before a word that ends places only ("Maren Island"), a town
before its mayor's name.

The articles are our own. Entities are given by hand, every occurrence of each surface, so
that each test pins one cue whatever the tagger makes of the sentence.
"""

from __future__ import annotations

import dataclasses

from tests.facts.hand_entities import every_occurrence as _doc
from tests.facts.hand_entities import labels as _labels


def test_a_name_listed_between_firms_is_a_firm() -> None:
    text = "The bonds were sold through Dunmore & Co., Norbank Ltd. and Hedda Vang, at par."
    names = ("ORGANIZATION", "Dunmore & Co."), ("ORGANIZATION", "Norbank Ltd.")
    doc = _doc(text, *names, ("PERSON", "Hedda Vang"))
    assert _labels(doc)["Hedda Vang"] == {"ORGANIZATION"}


def test_a_full_name_listed_after_one_firm_stays_a_person() -> None:
    text = "The lawsuit named Norbank Ltd. and Hedda Vang as defendants."
    doc = _doc(text, ("ORGANIZATION", "Norbank Ltd."), ("PERSON", "Hedda Vang"))
    assert _labels(doc)["Hedda Vang"] == {"PERSON"}


def test_a_first_name_before_island_names_a_place() -> None:
    text = "Two ferries a day now sail to Maren Island from the mainland."
    assert _labels(_doc(text, ("PERSON", "Maren Island")))["Maren Island"] == {"LOCATION"}


def test_a_first_name_before_park_stays_a_person() -> None:
    text = "Maren Park, the new coach, said the squad was ready."
    assert _labels(_doc(text, ("PERSON", "Maren Park")))["Maren Park"] == {"PERSON"}


def test_a_town_before_its_mayor_s_name_stays_the_town() -> None:
    text = (
        "Crowds marched in Florence on Monday. Florence remained calm overnight, and Florence "
        "Mayor Ann Lindqvist said the curfew would end."
    )
    doc = _doc(text, ("PERSON", "Florence Mayor Ann Lindqvist"), ("PERSON", "Florence"))
    first, *rest = doc.entities  # "in Florence": the tagger read that one as the place
    doc = dataclasses.replace(doc, entities=(dataclasses.replace(first, label="LOCATION"), *rest))
    assert _labels(doc)["Florence"] == {"LOCATION"}
