"""Round 42: how person names are built (our own invented copy)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from tests.facts.hand_entities import every_occurrence as _doc


def test_a_two_word_demonym_opens_no_listed_persons_name() -> None:
    doc = _doc(
        "Two pilots, South African Tavi Morrow and Kenyan Olu Danse, were freed on Monday.",
        ("ORGANIZATION", "South African Tavi Morrow"),
        ("PERSON", "Olu Danse"),
    )
    names = {a.name: a.type for a in extract_actors(doc)}
    assert names.get("Tavi Morrow") == "person"
    assert "South African Tavi Morrow" not in names


def test_a_demonym_before_a_bodys_name_with_its_article_stays_in_it() -> None:
    doc = _doc(
        "The South African Brewing Guild said on Monday that prices would rise.",
        ("ORGANIZATION", "South African Brewing Guild"),
    )
    names = {a.name: a.type for a in extract_actors(doc)}
    assert names.get("South African Brewing Guild") == "organization"
    assert "Brewing Guild" not in names


def test_a_person_after_a_courtesy_title_inside_a_bodys_name_is_the_holder() -> None:
    doc = _doc(
        "Penwara Chief Minister Datuk Ali Rasul Omar said the mill would close. Ali Rasul "
        "said the workers would be paid.",
        ("ORGANIZATION", "Penwara Chief Minister Datuk Ali Rasul Omar"),
        ("PERSON", "Ali Rasul"),
    )
    names = {a.name: a for a in extract_actors(doc)}
    people = [a for a in names.values() if a.type == "person"]
    assert len(people) == 1
    assert {people[0].name, *people[0].aliases} >= {"Ali Rasul", "Ali Rasul Omar"}
    assert not any(a.type == "organization" and "Omar" in a.name for a in names.values())


def test_a_name_opening_with_a_courtesy_title_stays_a_body() -> None:
    doc = _doc(
        "Dr Velkin Bottling Group said on Monday that sales rose.",
        ("ORGANIZATION", "Dr Velkin Bottling Group"),
    )
    names = {a.name: a.type for a in extract_actors(doc)}
    assert names.get("Dr Velkin Bottling Group") == "organization"


def test_a_town_named_like_a_titled_person_in_a_list_of_places_is_a_place() -> None:
    doc = _doc(
        "Kevan Moor owns homes in Norfolk, Bishop Auckland, and southern Portugal.",
        ("PERSON", "Kevan Moor"),
        ("LOCATION", "Norfolk"),
        ("PERSON", "Bishop Auckland"),
        ("LOCATION", "Portugal"),
    )
    names = {a.name for a in extract_actors(doc)}
    assert "Bishop Auckland" not in names and "Auckland" not in names
    assert "Kevan Moor" in names


def test_a_name_like_a_town_after_to_stays_a_person() -> None:
    doc = _doc(
        "Vela Morrin wrote a letter to Prince George about the harbour.",
        ("PERSON", "Vela Morrin"),
        ("PERSON", "Prince George"),
    )
    names = {a.name: a.type for a in extract_actors(doc)}
    assert "person" in {t for n, t in names.items() if n.endswith("George")}
