"""Countries named by two names joined with "and", eponymous diseases and works' subtitles."""

from __future__ import annotations

from briefing.facts.places import extract_places
from tests.facts.hand_entities import every_occurrence


def _names(text: str, *names: tuple[str, str]) -> dict[str, int]:
    return {p.name: p.mentions for p in extract_places(every_occurrence(text, *names))}


def test_a_country_named_by_two_names_and_and_is_one_place() -> None:
    text = "The sprinter from Trinidad and Tobago trained in Oslo."
    places = _names(text, ("LOCATION", "Trinidad"), ("LOCATION", "Tobago"), ("LOCATION", "Oslo"))
    assert places == {"Trinidad and Tobago": 1, "Oslo": 1}


def test_a_joined_country_whose_first_part_the_tagger_calls_a_person_is_one_place() -> None:
    text = "The shop is based on Saint Vincent and the Grenadines, its owner said."
    places = _names(text, ("PERSON", "Saint Vincent"), ("LOCATION", "Grenadines"))
    assert places == {"Saint Vincent and the Grenadines": 1}


def test_two_places_joined_by_and_stay_two() -> None:
    text = "Trains ran between Oslo and Bergen all week."
    places = _names(text, ("LOCATION", "Oslo"), ("LOCATION", "Bergen"))
    assert places == {"Oslo": 1, "Bergen": 1}


def test_an_eponymous_disease_names_no_town() -> None:
    text = "Oslo's clinic studies Parkinson's and Huntington's. It treats Huntington's disease."
    places = _names(text, ("LOCATION", "Oslo"), ("LOCATION", "Huntington"))
    assert places == {"Oslo": 1}


def test_a_towns_possessive_before_a_noun_stays_the_town() -> None:
    text = "Huntington's mayor opened the bridge on Monday."
    assert _names(text, ("LOCATION", "Huntington")) == {"Huntington": 1}


def test_a_word_after_a_titles_colon_is_a_subtitle_not_a_place() -> None:
    text = "Critics panned Moonfall: Dunmore before it opened in Oslo."
    places = _names(text, ("LOCATION", "Dunmore"), ("LOCATION", "Oslo"))
    assert places == {"Oslo": 1}


def test_a_major_place_after_a_colon_stays_a_place() -> None:
    text = "He told the Herald: Oslo is calm tonight."
    assert _names(text, ("LOCATION", "Oslo")) == {"Oslo": 1}


def test_a_name_after_copies_of_is_a_publications() -> None:
    text = "A vendor in Oslo sold old copies of Dunmore and a paper."
    places = _names(text, ("LOCATION", "Dunmore"), ("LOCATION", "Oslo"))
    assert places == {"Oslo": 1}
