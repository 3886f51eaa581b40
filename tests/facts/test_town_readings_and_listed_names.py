"""A town a sports report names as the place, a body's name used only as a place's
modifier, and surnames listed with persons."""

from __future__ import annotations

from dataclasses import replace

from tests.facts.hand_entities import every_occurrence, labels

MATCH = (
    "Norbank beat Esker 2-1 in the league on Saturday. The striker scored twice in the "
    "match and the coach praised his team. Dunmore drew 1-1 with Valby Rovers to stay top. "
)


def test_a_town_after_a_place_noun_and_of_is_the_place_in_a_sports_report() -> None:
    text = MATCH + "The coach said the population of Harbourton would fill the stand."
    assert labels(every_occurrence(text, ("LOCATION", "Harbourton")))["Harbourton"] == {"LOCATION"}


def test_a_town_before_a_place_noun_is_the_place_in_a_sports_report() -> None:
    text = MATCH + "The striker, a Tarnby native, will start."
    assert labels(every_occurrence(text, ("LOCATION", "Tarnby")))["Tarnby"] == {"LOCATION"}


def test_a_town_after_nearby_is_the_place_in_a_sports_report() -> None:
    text = MATCH + "The keeper, of nearby Tarnby, will start."
    assert labels(every_occurrence(text, ("LOCATION", "Tarnby")))["Tarnby"] == {"LOCATION"}


def test_a_town_before_a_state_is_the_place_in_a_sports_report() -> None:
    text = MATCH + "The keeper grew up in the hills and flew out of Tarnby, Kan., last week."
    assert labels(every_occurrence(text, ("LOCATION", "Tarnby")))["Tarnby"] == {"LOCATION"}


def test_a_town_a_report_names_as_a_side_stays_the_team() -> None:
    text = MATCH + "Harbourton climbed to third after the game."
    labelled = labels(every_occurrence(text, ("LOCATION", "Harbourton")))
    assert labelled["Harbourton"] == {"ORGANIZATION"}


def test_the_manager_of_a_town_is_the_teams() -> None:
    text = MATCH + "The manager of Harbourton praised his players."
    labelled = labels(every_occurrence(text, ("LOCATION", "Harbourton")))
    assert labelled["Harbourton"] == {"ORGANIZATION"}


def test_a_name_read_as_a_body_only_before_a_noun_is_the_place_it_modifies() -> None:
    text = (
        "About forty families live beside the Ostravel landfill, the charity said. "
        "Children living in Ostravel walk an hour to school."
    )
    doc = every_occurrence(text, ("ORGANIZATION", "Ostravel"))
    modifier, placed = doc.entities  # the tagger's two readings: a body, then a place
    doc = replace(doc, entities=(modifier, replace(placed, label="LOCATION")))
    assert labels(doc)["Ostravel"] == {"LOCATION"}


def test_a_name_read_as_a_body_acting_elsewhere_stays_a_body() -> None:
    text = (
        "Ostravel said on Monday it would close the site. "
        "Children living in Ostravel walk an hour to school."
    )
    doc = every_occurrence(text, ("ORGANIZATION", "Ostravel"))
    acting, placed = doc.entities
    doc = replace(doc, entities=(acting, replace(placed, label="LOCATION")))
    assert "ORGANIZATION" in labels(doc)["Ostravel"]


def test_a_surname_listed_with_two_persons_is_a_person_at_every_mention() -> None:
    text = (
        "If the side is to improve, Lind, Tarvosk and Berg will have to do it. "
        "Tarvosk has not proved it yet."
    )
    doc = every_occurrence(
        text, ("PERSON", "Lind"), ("ORGANIZATION", "Tarvosk"), ("PERSON", "Berg")
    )
    assert labels(doc)["Tarvosk"] == {"PERSON"}
