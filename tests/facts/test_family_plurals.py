"""A surname's plural names a family, no one person, where the article names one of them."""

from __future__ import annotations

from tests.facts.hand_entities import every_occurrence, labels


def test_a_surnames_plural_beside_a_full_name_is_no_one() -> None:
    doc = every_occurrence(
        "Ana Berg opened the fair in Valby. The town will see the Bergs again in May.",
        ("PERSON", "Ana Berg"),
        ("PERSON", "Bergs"),
        ("LOCATION", "Valby"),
    )
    assert "Bergs" not in labels(doc)


def test_an_es_plural_of_a_surname_is_a_family_too() -> None:
    doc = every_occurrence(
        "Jo Marsh sold the farm, and the Marshes moved to Norland.",
        ("PERSON", "Jo Marsh"),
        ("ORGANIZATION", "Marshes"),
        ("LOCATION", "Norland"),
    )
    assert "Marshes" not in labels(doc)


def test_a_surname_ending_in_s_stays_a_person_without_a_shorter_namesake() -> None:
    doc = every_occurrence(
        "Ana Berg thanked Tom Evans. Evans said the harbour would open in May.",
        ("PERSON", "Ana Berg"),
        ("PERSON", "Tom Evans"),
        ("PERSON", "Evans"),
    )
    assert labels(doc)["Evans"] == {"PERSON"}


def test_a_surname_in_s_without_the_before_it_stays_a_person() -> None:
    from briefing.facts.actors import extract_actors

    doc = every_occurrence(
        "Tom Wood thanked Harriers. Harriers said the harbour would open in May.",
        ("PERSON", "Tom Wood"),
        ("PERSON", "Harriers"),
    )
    assert {a.name for a in extract_actors(doc) if a.type == "person"} == {"Tom Wood", "Harriers"}


def test_a_named_persons_surname_in_s_after_the_stays_that_person() -> None:
    from briefing.facts.actors import extract_actors

    doc = every_occurrence(
        "Jo Sanders spoke in Valby. The Sanders camp said Sanders would stay.",
        ("PERSON", "Jo Sanders"),
        ("PERSON", "Sanders"),
        ("LOCATION", "Valby"),
    )
    assert "Jo Sanders" in {a.name for a in extract_actors(doc) if a.type == "person"}
