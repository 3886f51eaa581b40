"""A name in apposition to a place noun ("Varnia, the seceded province") names a place, and a
place noun is never a person's role, whatever the tagger called the name."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.places import extract_places
from tests.facts.test_person_place_kinds import _doc


def test_a_name_the_apposition_calls_a_province_is_a_place() -> None:
    text = (
        "Soldiers guard the mines of Jo Tamm in Varnia, the seceded province which holds "
        "most of the copper. Tamm denied it."
    )
    doc = _doc(text, ("PERSON", "Jo Tamm", 0), ("PERSON", "Varnia"), ("PERSON", "Tamm", 1))
    people = {a.name: a.roles for a in extract_actors(doc) if a.type == "person"}
    assert people == {"Jo Tamm": ()}
    assert "Varnia" in {p.name for p in extract_places(doc)}


def test_the_head_of_an_owned_apposition_decides() -> None:
    doc = _doc(
        "Ferries sail daily to Tolvik, the island's capital, from the mainland.",
        ("PERSON", "Tolvik"),
    )
    assert not [a for a in extract_actors(doc) if a.type == "person"]
    assert "Tolvik" in {p.name for p in extract_places(doc)}


def test_an_office_of_a_place_is_still_a_role() -> None:
    doc = _doc(
        "The road was opened by Ann Sorvik, the province's governor, on Monday.",
        ("PERSON", "Ann Sorvik"),
    )
    people = {a.name: a.roles for a in extract_actors(doc) if a.type == "person"}
    assert people == {"Ann Sorvik": ("province's governor",)}


def test_a_place_noun_that_only_modifies_the_head_makes_no_place() -> None:
    doc = _doc(
        "Valby should name a full-time director, Jo H. Parkley, the present city CD head, "
        "to run its flood office.",
        ("PERSON", "Jo H. Parkley"),
    )
    assert "Jo H. Parkley" in {a.name for a in extract_actors(doc) if a.type == "person"}
    assert "Jo H. Parkley" not in {p.name for p in extract_places(doc)}
