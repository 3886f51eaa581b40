"""A tally of votes is no game's score; a list of places holds no run-together span.

Entities are given by hand, so each test pins one rule whatever the tagger reads.
"""

from __future__ import annotations

from tests.facts.hand_entities import every_occurrence as _doc
from tests.facts.hand_entities import labels as _labels


def test_a_vote_tally_in_copy_without_sports_words_leaves_counties_places() -> None:
    text = (
        "The assembly passed the bill 212-64 on Friday. The road in Marra County would be "
        "rebuilt for $40 million."
    )
    doc = _doc(text, ("ORGANIZATION", "Marra County"))
    assert _labels(doc)["Marra County"] == {"LOCATION"}


def test_vote_tallies_and_a_race_won_in_election_copy_leave_towns_places() -> None:
    # "won", "defeated", "race" and "title" are sports words too; the tallies are votes
    text = (
        "The senate passed the road bill 31-9 and the house 27-12. Ana Berg of Harwick won "
        "the race for mayor and defeated two other candidates for the title of first woman "
        "in the post. Voters backed her in the primary."
    )
    assert _labels(_doc(text, ("LOCATION", "Harwick")))["Harwick"] == {"LOCATION"}


def test_a_score_in_a_match_report_keeps_a_county_a_club() -> None:
    text = (
        "Marra County beat Valby 2-1 in the league on Saturday. The striker scored twice and "
        "the coach praised the team."
    )
    doc = _doc(text, ("ORGANIZATION", "Marra County"))
    assert _labels(doc)["Marra County"] == {"ORGANIZATION"}


def test_a_span_run_over_a_common_noun_in_a_list_of_places_is_not_one_place() -> None:
    text = "Troops moved near Valby, Norland, the Marran states Ostra, Lenva and Pirs."
    doc = _doc(
        text,
        ("LOCATION", "Valby"),
        ("LOCATION", "Norland"),
        ("ORGANIZATION", "Marran states Ostra"),
        ("LOCATION", "Lenva"),
        ("LOCATION", "Pirs"),
    )
    assert _labels(doc).get("Marran states Ostra") != {"LOCATION"}
