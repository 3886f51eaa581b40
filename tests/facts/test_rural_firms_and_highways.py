"""Rural copy (round 41): farm-service and utility firms named by their trade, and named or
numbered highways, as rural news writes them (invented sentences)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.places import extract_places
from briefing.nlp import analyse
from tests.facts.hand_entities import every_occurrence


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(analyse(text))}


def _places(text: str) -> list[str]:
    return [p.name for p in extract_places(analyse(text))]


def test_a_firm_named_for_its_trade_after_a_place_is_no_person() -> None:
    actors = _actors(
        "Opposition to the sale of Norhaven Hydro grew this week. Jo Tarrant from Valmont"
        " Aquaculture says the oysters are growing slowly."
    )
    assert actors.get("Norhaven Hydro") == "organization"
    assert actors.get("Valmont Aquaculture") == "organization"
    assert actors.get("Jo Tarrant") == "person"


def test_a_haulier_named_after_a_town_is_a_firm() -> None:
    actors = _actors("Pip Orrell of Tarnby Transport wants the road fixed before winter.")
    assert actors.get("Tarnby Transport") == "organization"


def test_a_named_highway_is_a_place() -> None:
    text = "Trucks were held up on the Norland Highway for two days after the flood."
    assert "Norland Highway" in _places(text)
    assert "Norland Highway" not in _actors(text)


def test_a_highway_numbered_in_words_is_a_place() -> None:
    assert "Highway One" in _places("The flood cut Highway One west of Tarnby on Monday.")


def test_a_town_of_one_word_written_twice_is_no_person() -> None:
    text = "The minister Dana Morrow visited Kooba Kooba on Friday to meet growers."
    assert "Kooba Kooba" in _places(text)
    assert "Kooba Kooba" not in _actors(text)


def test_a_state_s_short_form_before_its_farmers_names_their_association() -> None:
    actors = _actors("NSW Farmers grains committee chair Gail Hendry says the rain came in time.")
    assert actors.get("NSW Farmers") == "organization"
    assert "NSW" not in actors


def test_a_state_and_a_named_valley_in_one_name_are_two_places() -> None:
    places = _places("In the Queensland Tarrow Valley region, growers are short of water.")
    assert "Queensland" in places
    assert "Tarrow Valley" in places
    assert "Queensland Tarrow Valley" not in places


def test_a_state_s_river_of_one_word_stays_whole() -> None:
    assert "Victoria River" in _places("Road trains could not cross the Victoria River for days.")


def test_an_inquiry_named_for_its_chair_names_no_place() -> None:
    text = "Jo Tarrant says the change is no reaction to the Vellacott inquiry into wheat sales."
    doc = every_occurrence(text, ("PERSON", "Jo Tarrant"), ("LOCATION", "Vellacott"))
    assert "Vellacott" not in [p.name for p in extract_places(doc)]


def test_a_country_before_an_inquiry_stays_a_place() -> None:
    text = "Jo Tarrant gave evidence to the Canada inquiry last week."
    doc = every_occurrence(text, ("PERSON", "Jo Tarrant"), ("LOCATION", "Canada"))
    assert "Canada" in [p.name for p in extract_places(doc)]


def test_the_owner_named_before_a_family_firm_is_no_place() -> None:
    text = "Pip Orrell of Tarnby's Norhaven Transport wants the road fixed."
    doc = every_occurrence(
        text,
        ("PERSON", "Pip Orrell"),
        ("LOCATION", "Tarnby"),
        ("ORGANIZATION", "Norhaven Transport"),
    )
    assert "Tarnby" not in [p.name for p in extract_places(doc)]


def test_a_town_owning_a_plain_name_stays_a_place() -> None:
    text = "Pip Orrell of Tarnby's Norhaven Road wants the road fixed."
    doc = every_occurrence(text, ("PERSON", "Pip Orrell"), ("LOCATION", "Tarnby"))
    assert "Tarnby" in [p.name for p in extract_places(doc)]


def test_a_state_s_river_valley_stays_whole() -> None:
    places = _places("Floods spread down the Missouri River Valley on Monday.")
    assert "Missouri" not in places


def test_a_given_name_written_twice_stays_a_person() -> None:
    text = "The manager Paul Paul visited the farm on Friday to meet growers."
    assert "Paul Paul" not in _places(text)
