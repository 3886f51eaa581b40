"""Round 42, second wave: actor kinds a reader sees wrong (our own invented copy)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from tests.facts.hand_entities import every_occurrence as _doc


def test_a_compass_adjective_opens_a_bodys_name_not_a_persons() -> None:
    doc = _doc(
        "Eastern Tollway said crews had cleared the road by noon, spokesman Ivo Rask said.",
        ("PERSON", "Eastern Tollway"),
        ("PERSON", "Ivo Rask"),
    )
    names = {a.name: a.type for a in extract_actors(doc)}
    assert names.get("Eastern Tollway") == "organization"
    assert names.get("Ivo Rask") == "person"


def test_a_name_after_the_old_is_a_place_not_a_person() -> None:
    doc = _doc(
        "The Old Tannery heard on Monday that Pell Arwin had hidden the ledgers.",
        ("PERSON", "Tannery"),
        ("PERSON", "Pell Arwin"),
    )
    names = {a.name: a.type for a in extract_actors(doc)}
    assert "Tannery" not in names
    assert names.get("Pell Arwin") == "person"
