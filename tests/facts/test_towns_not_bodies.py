"""A town named where a game is played, a region named with a compass word as a modifier or as
a referee's county, or a place before a lower-case body noun: a place, not a body."""

from __future__ import annotations

import dataclasses

from briefing.facts.actors import extract_actors
from tests.facts.hand_entities import every_occurrence, labels

MATCH = (
    "Norbank beat Esker 2-1 in the league on Saturday. The striker scored twice in the "
    "match and the coach praised his team. Dunmore drew 1-1 with Valby Rovers to stay top."
)


def test_a_town_after_in_in_a_match_report_is_where_the_game_was() -> None:
    text = MATCH + " Their only defeat came when Osby beat them 3-1 in Harbourton last month."
    doc = every_occurrence(text, ("ORGANIZATION", "Harbourton"))
    assert labels(doc)["Harbourton"] == {"LOCATION"}


def test_a_club_after_in_before_its_possessive_stays_the_club() -> None:
    text = MATCH + " He made his debut in Harbourton's colours last month."
    doc = every_occurrence(text, ("ORGANIZATION", "Harbourton"))
    assert labels(doc)["Harbourton"] == {"ORGANIZATION"}


def test_a_compass_region_as_modifier_in_a_match_report_is_the_region() -> None:
    text = MATCH + " It was an East Lancashire derby, and the second of the season."
    doc = every_occurrence(text, ("LOCATION", "East Lancashire"))
    assert labels(doc)["East Lancashire"] == {"LOCATION"}


def test_a_compass_region_in_brackets_after_a_name_is_the_referees_county() -> None:
    text = MATCH + " Next: Esker v Osby, Saturday. Referee: Jo Park (South Yorkshire)."
    doc = every_occurrence(text, ("PERSON", "Jo Park"), ("LOCATION", "South Yorkshire"))
    assert labels(doc)["South Yorkshire"] == {"LOCATION"}


def test_a_county_in_brackets_after_a_name_stays_its_club() -> None:
    text = MATCH + " Called up: Jo Park (Yorkshire) and Ana Berg (Esker)."
    doc = every_occurrence(text, ("PERSON", "Jo Park"), ("LOCATION", "Yorkshire"))
    assert labels(doc)["Yorkshire"] == {"ORGANIZATION"}


TOWN = (
    "Three new schools will open in Lundgate next year. Leaflets were sent out by Lundgate "
    "council to every family, and Osby council wrote to the parents."
)


def _organisations(text: str, *places: str) -> set[str]:
    """The organisation rows of `text` where only the first mention of each place is tagged."""
    doc = every_occurrence(text, *(("LOCATION", p) for p in places))
    first = {p: min(e.start for e in doc.entities if e.text == p) for p in places}
    kept = tuple(e for e in doc.entities if e.start == first[e.text])
    doc = dataclasses.replace(doc, entities=kept)
    return {a.name for a in extract_actors(doc) if a.type == "organization"}


def test_a_place_before_a_lower_case_body_noun_is_no_body_of_its_own() -> None:
    assert "Lundgate" not in _organisations(TOWN, "Lundgate")


def test_an_untagged_name_before_a_body_noun_is_still_a_body() -> None:
    assert "Osby" in _organisations(TOWN, "Lundgate")
