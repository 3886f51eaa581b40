"""A body named by its building is its seat, a place, where the copy speaks of holding or
seeking it ("occupy the Norland House"), unless it acts somewhere in the article."""

from __future__ import annotations

from tests.facts.hand_entities import every_occurrence, labels


def test_a_house_after_a_verb_of_occupying_it_is_the_seat() -> None:
    doc = every_occurrence(
        "Donors hope to decide who will occupy the Norland House next year.",
        ("ORGANIZATION", "Norland House"),
    )
    assert labels(doc) == {"Norland House": {"LOCATION"}}


def test_a_house_sought_by_candidates_is_the_seat() -> None:
    doc = every_occurrence(
        "Of the four candidates seeking the Norland House, Jo Park polled best.",
        ("ORGANIZATION", "Norland House"),
        ("PERSON", "Jo Park"),
    )
    assert labels(doc)["Norland House"] == {"LOCATION"}


def test_the_next_resident_of_a_house_lives_in_the_seat() -> None:
    doc = every_occurrence(
        "Ana Berg judged the fitness of the next resident of the Norland House.",
        ("ORGANIZATION", "Norland House"),
        ("PERSON", "Ana Berg"),
    )
    assert labels(doc)["Norland House"] == {"LOCATION"}


def test_a_house_sought_stays_a_body_where_it_acts_in_the_article() -> None:
    doc = every_occurrence(
        "Two rivals are seeking the Norland House. The Norland House said it would wait.",
        ("ORGANIZATION", "Norland House"),
    )
    assert labels(doc) == {"Norland House": {"ORGANIZATION"}}


def test_a_house_won_is_left_to_the_tagger() -> None:
    doc = every_occurrence(
        "If the Greens win the Norland House in May, Jo Park may lead.",
        ("ORGANIZATION", "Norland House"),
        ("PERSON", "Jo Park"),
    )
    assert labels(doc)["Norland House"] == {"ORGANIZATION"}
