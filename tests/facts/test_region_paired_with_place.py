"""Round 41: a region's one-word name that is also a given name, joined by "and" to a place
the tagger found, is a place (our own invented copy)."""

from __future__ import annotations

from tests.facts.hand_entities import every_occurrence as _doc
from tests.facts.hand_entities import labels


def test_a_region_after_a_place_and_and_is_a_place() -> None:
    doc = _doc(
        "About 9,000 homes in Norshire and Devon had no water on Friday, the board said.",
        ("LOCATION", "Norshire"),
        ("PERSON", "Devon"),
    )
    assert labels(doc).get("Devon") == {"LOCATION"}


def test_a_region_before_and_and_a_place_is_a_place() -> None:
    doc = _doc(
        "Kent and Norshire were the worst hit by the flooding, the board said.",
        ("PERSON", "Kent"),
        ("LOCATION", "Norshire"),
    )
    assert labels(doc).get("Kent") == {"LOCATION"}


def test_a_given_name_beside_a_person_stays_a_person() -> None:
    doc = _doc(
        "Ola Marrow and Devon said they would open a bakery in Norshire.",
        ("PERSON", "Ola Marrow"),
        ("PERSON", "Devon"),
        ("LOCATION", "Norshire"),
    )
    assert labels(doc).get("Devon") == {"PERSON"}
