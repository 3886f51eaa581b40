"""A state's head word written alone ("the Republic") is the short form of the one place
whose written name holds it (round 40). Entities are given by hand."""

from __future__ import annotations

from briefing.facts.places import extract_places
from tests.facts.test_person_place_kinds import _doc


def test_the_republic_alone_joins_the_republic_named_in_full() -> None:
    text = (
        "Jo Park says the Republic of Norvania can top the group. The Republic look to have "
        "a slight edge after two away draws."
    )
    doc = _doc(text, ("LOCATION", "Republic of Norvania"), ("LOCATION", "Republic"))
    rows = [(p.name, p.mentions) for p in extract_places(doc)]
    assert rows == [("Republic of Norvania", 2)]


def test_the_republic_alone_beside_two_republics_stays_apart() -> None:
    text = (
        "The Republic of Norvania met the Sudlan Republic on Monday. The Republic was "
        "praised for its restraint."
    )
    doc = _doc(
        text,
        ("LOCATION", "Republic of Norvania"),
        ("LOCATION", "Sudlan Republic"),
        ("LOCATION", "Republic"),
    )
    assert "Republic" in {p.name for p in extract_places(doc)}
