"""Names the tagger reads as places that name none (a person, a cut name), and short
forms of places (a compass word for a nation, a range's short name)."""

from __future__ import annotations

from briefing.facts.places import extract_places
from briefing.nlp import analyse
from tests.facts.hand_entities import every_occurrence


def _names(text: str, *names: tuple[str, str]) -> dict[str, int]:
    return {p.name: p.mentions for p in extract_places(every_occurrence(text, *names))}


def test_a_surname_before_a_reporting_verb_is_the_person_throughout() -> None:
    text = (
        "Ana Chad sailed alone for weeks. Chad said the mast broke. Rescuers found Chad at "
        "dawn. She once taught in Chad."
    )
    places = _names(text, ("PERSON", "Ana Chad"), ("LOCATION", "Chad"))
    assert places == {"Chad": 1}  # only "in Chad"


def test_a_country_that_speaks_without_a_namesake_stays_a_place() -> None:
    assert _names("Chad said the border was open.", ("LOCATION", "Chad")) == {"Chad": 1}


def test_a_persons_full_name_or_its_first_words_are_no_place() -> None:
    text = "Ana Berg Valdes spoke first. Ana Berg Valdes met the father, Ana Berg, in Valby."
    places = _names(
        text, ("PERSON", "Ana Berg Valdes"), ("LOCATION", "Ana Berg"), ("LOCATION", "Valby")
    )
    assert places == {"Valby": 1}


def test_a_compass_word_cut_from_the_name_after_it_is_no_place() -> None:
    text = "The South Valbian army crossed the river. Rain fell across the South."
    places = _names(text, ("LOCATION", "South"))
    assert places == {"South": 1}  # only the region alone


def test_the_north_is_the_one_nation_of_that_compass_word_the_story_names() -> None:
    text = "Talks on Northern Ireland resumed. Violence in the North has fallen."
    places = _names(text, ("LOCATION", "Northern Ireland"), ("LOCATION", "North"))
    assert places == {"Northern Ireland": 2}


def test_weather_copy_names_ranges_by_their_short_forms() -> None:
    doc = analyse("Snow fell over the Cascades, and storms crossed the southern Plains.")
    assert {"Cascades", "Plains"} <= {p.name for p in extract_places(doc)}


def test_a_court_district_and_its_state_are_no_places() -> None:
    text = "Ana Berg tried cases in the Eastern District of Norland before she moved to Valby."
    places = _names(
        text, ("LOCATION", "Eastern District"), ("LOCATION", "Norland"), ("LOCATION", "Valby")
    )
    assert places == {"Valby": 1}


def test_an_unknown_name_opening_with_a_title_is_a_person_not_a_place() -> None:
    text = "Ambassador Lemsky warned the council in Valby. Write to Congresswoman Varga today."
    places = _names(
        text,
        ("LOCATION", "Ambassador Lemsky"),
        ("LOCATION", "Congresswoman Varga"),
        ("LOCATION", "Valby"),
    )
    assert places == {"Valby": 1}


def test_a_titled_name_ending_in_a_street_or_landform_word_stays_a_place() -> None:
    text = "The parade turned into Senator Lemsky Avenue at noon."
    assert _names(text, ("LOCATION", "Senator Lemsky Avenue")) == {"Senator Lemsky Avenue": 1}


def test_a_political_word_before_a_country_is_no_title() -> None:
    text = "Envoys from Communist Valbia met in Norland on Monday."
    names = ("LOCATION", "Communist Valbia"), ("LOCATION", "Norland")
    assert _names(text, *names) == {"Communist Valbia": 1, "Norland": 1}
