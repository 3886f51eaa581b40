"""Kinds a reader of court, business and analysis copy expects: a tender winner named for its
trade is a firm, and a titled analyst "of" a university is a person of that body."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.nlp import analyse
from tests.facts.hand_entities import every_occurrence as _doc
from tests.facts.hand_entities import labels as _labels


def test_a_name_ending_in_solutions_is_a_firm() -> None:
    text = "The tender went in 2022 to Tarsk Water Solutions, a company formed that month."
    doc = _doc(text, ("PERSON", "Tarsk Water Solutions"))
    assert _labels(doc)["Tarsk Water Solutions"] == {"ORGANIZATION"}


def test_a_titled_person_of_a_university_read_as_one_body_is_split() -> None:
    doc = analyse(
        "Political analyst Dr Rowan Tey of Valby University said such letters were rare. "
        '"It is rare," Dr Tey said.'
    )
    kinds = {a.name: a.type for a in extract_actors(doc)}
    assert kinds.get("Rowan Tey") == "person"
    assert kinds.get("Valby University") == "organization"


def test_a_player_signed_for_a_fee_is_named_without_the_fee() -> None:
    doc = analyse("The club broke its record when it signed winger Jordan Tavik for £38m in 2024.")
    actors = {a.name: a for a in extract_actors(doc)}
    assert "Jordan Tavik" in actors
    assert actors["Jordan Tavik"].type == "person"
    assert all("£" not in name for name in actors)
