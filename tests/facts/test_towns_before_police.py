"""A town's name right before a lower-case police noun ("Dunford police said") is the
town, a place: neither a body nor a person (invented sentences)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.places import extract_places
from briefing.nlp import analyse


def test_an_unlisted_town_before_police_is_a_place_not_a_body() -> None:
    doc = analyse(
        "A man was hurt in a crash on Friday night. Dunford police said the driver fled on foot."
    )
    assert [a.name for a in extract_actors(doc)] == []
    assert [p.name for p in extract_places(doc)] == ["Dunford"]


def test_a_town_read_as_a_person_before_police_is_a_place() -> None:
    doc = analyse("Denver police said the man was arrested on Monday.")
    assert "Denver" not in {a.name for a in extract_actors(doc)}
    assert [p.name for p in extract_places(doc)] == ["Denver"]


def test_a_person_s_full_name_before_police_stays_a_person() -> None:
    doc = analyse("He told Jo Lind police were on the way.")
    assert [(a.name, a.type) for a in extract_actors(doc)] == [("Jo Lind", "person")]
