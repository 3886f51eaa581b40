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


def test_names_listed_after_companies_like_are_firms() -> None:
    text = "The rescue covered companies like Valco, Tevrin Perkapalan and others, he said."
    doc = _doc(text, ("ORGANIZATION", "Valco"), ("PERSON", "Tevrin Perkapalan"))
    assert _labels(doc)["Tevrin Perkapalan"] == {"ORGANIZATION"}


def test_names_listed_after_people_such_as_stay_people() -> None:
    text = "The rescue helped people such as Valco and Tevrin Perkapalan, he said."
    doc = _doc(text, ("ORGANIZATION", "Valco"), ("PERSON", "Tevrin Perkapalan"))
    assert _labels(doc)["Tevrin Perkapalan"] == {"PERSON"}


def test_a_name_in_apposition_to_a_body_noun_is_the_body() -> None:
    text = "He founded the town's first company, Tevrinco, in 1994."
    assert _labels(_doc(text, ("PERSON", "Tevrinco")))["Tevrinco"] == {"ORGANIZATION"}


def test_a_spokesman_for_a_company_named_after_it_stays_a_person() -> None:
    text = "The plan was dropped, said a spokesman for the company, Tevrin Quandt."
    assert _labels(_doc(text, ("PERSON", "Tevrin Quandt")))["Tevrin Quandt"] == {"PERSON"}


def test_a_first_name_after_a_body_noun_stays_a_person() -> None:
    text = "He founded the town's first company, Jo Park, in 1994."
    assert _labels(_doc(text, ("PERSON", "Jo Park")))["Jo Park"] == {"PERSON"}


def test_a_name_in_apposition_to_a_firm_noun_is_the_firm() -> None:
    text = "He became a founder of the town's commercial bank, Tevrinia, in 1994."
    assert _labels(_doc(text, ("PERSON", "Tevrinia")))["Tevrinia"] == {"ORGANIZATION"}


def test_a_pollster_named_in_apposition_stays_a_person() -> None:
    text = "The figures came from the party's pollster, Quandt, in Valby."
    assert _labels(_doc(text, ("PERSON", "Quandt")))["Quandt"] == {"PERSON"}


def test_a_name_between_a_bracket_and_a_price_is_a_books_publisher() -> None:
    text = 'Her memoir, "Salt and Iron" (Tobias Marten, $24.95), tells of Valby. Jo Lind liked it.'
    doc = _doc(text, ("PERSON", "Tobias Marten"), ("PERSON", "Jo Lind"))
    assert _labels(doc) == {"Tobias Marten": {"ORGANIZATION"}, "Jo Lind": {"PERSON"}}


def test_a_name_after_the_page_count_and_before_the_price_is_a_books_publisher() -> None:
    text = "SALT AND IRON. By Ana Berg. 312 pages. Tobias Marten. $24.95."
    doc = _doc(text, ("PERSON", "Ana Berg"), ("PERSON", "Tobias Marten"))
    assert _labels(doc) == {"Ana Berg": {"PERSON"}, "Tobias Marten": {"ORGANIZATION"}}


def test_a_name_in_brackets_before_an_age_is_no_publisher() -> None:
    text = "The winner (Tobias Marten, 24) was cheered in Valby."
    assert _labels(_doc(text, ("PERSON", "Tobias Marten")))["Tobias Marten"] == {"PERSON"}
