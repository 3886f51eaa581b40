"""Persons, places and firms as a reader of US wire and society copy sees them: titled
lawmakers, firms named for a place or for partners, couples, wives named by their husbands'
names and leaders listed together (round 30; every text here is our own)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.places import extract_places
from briefing.model import Actor, Place
from briefing.nlp import analyse


def _actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(analyse(text))}


def _places(text: str) -> dict[str, Place]:
    return {p.name: p for p in extract_places(analyse(text))}


def test_titled_person_ending_in_a_building_word_is_no_place() -> None:
    text = "A crowd gathered at the fair, where newly elected Sen. Orvin Tower gave a speech."
    assert "Orvin Tower" not in _places(text)
    assert _actors(text)["Orvin Tower"].type == "person"


def test_place_cut_from_a_firms_name_is_no_place() -> None:
    text = (
        "Investors offered to buy Texas Delta Corp. for $40 a share.\n\n"
        "Texas Delta stock rose $2 a share yesterday, while other shares closed unchanged."
    )
    assert "Texas" not in _places(text)


def test_lawmakers_state_after_of_is_the_us_state() -> None:
    places = _places("Sen. Orvin Hale of Georgia said the farm bill would pass this week.")
    assert places["Georgia"].country == "United States"


def test_town_whose_name_opens_with_a_given_name_is_no_person() -> None:
    text = "The guests were the manager of a Coral Gables store and his wife."
    town = _actors(text).get("Coral Gables")
    assert town is None or town.type != "person"


def test_short_form_of_a_strait_with_an_arabic_head_is_a_place() -> None:
    text = (
        "The families sailed through the Bab al-Sahar Strait to the far shore. "
        "Bab al-Sahar carries more ships than any other strait nearby."
    )
    assert "Bab al-Sahar" not in _actors(text)
    assert _places(text)["Bab al-Sahar Strait"].mentions == 2  # one row for both forms


def test_partners_names_joined_by_commas_before_a_legal_form_are_one_firm() -> None:
    actors = _actors(
        "The shares were offered via Norvik Capital Inc. and Holt, Vask, Lindgren, Marsh Inc. "
        "on Monday."
    )
    assert actors["Holt, Vask, Lindgren, Marsh Inc."].type == "organization"
    assert not {"Holt", "Vask", "Lindgren"} & set(actors)


def test_person_before_a_comma_and_a_firm_is_no_partner() -> None:
    actors = _actors('"Grain is plentiful," said Ola Brenn, Valdane Inc. research director.')
    assert actors["Ola Brenn"].type == "person"
    assert actors["Valdane Inc."].type == "organization"


def test_affiliation_keeps_an_ampersand_name_whole() -> None:
    text = '"Ratings will fall," says Ivo Marten, a vice president at T&Q, which cut them.'
    assert _actors(text)["Ivo Marten"].affiliation == "T&Q"


def test_affiliation_stops_at_the_legal_form() -> None:
    text = "Gains are a trap, says Ivo Marten, an analyst at Lund Brenn & Co. Strong growth helps."
    assert _actors(text)["Ivo Marten"].affiliation == "Lund Brenn & Co."


def test_society_couple_in_the_plural_is_no_person() -> None:
    text = "Ann Varley, daughter of the Edmund Varleys, will marry Tom Holt in June."
    actors = _actors(text)
    assert "Edmund Varleys" not in actors
    assert actors["Ann Varley"].type == "person"


def test_wife_named_by_her_husbands_name_keeps_her_title() -> None:
    text = (
        "The board heard a plea from Mrs. Gustav R. Brenn, who spoke for the parents. "
        '"We need an answer," Mrs. Brenn said. Gustav Brenn did not attend.'
    )
    actors = _actors(text)
    assert "Mrs. Gustav R. Brenn" in actors
    assert "Gustav R. Brenn" not in actors


def test_unknown_name_listed_with_leaders_is_a_person() -> None:
    text = (
        "Neutral leaders make the most noise -- Ombaru, Tito and Sukarno among them. "
        "Ombaru's troops crossed the border."
    )
    assert "Ombaru" not in _places(text)
    assert _actors(text)["Ombaru"].type == "person"


def test_city_the_tagger_also_reads_as_a_place_is_no_person() -> None:
    text = (
        "The night flight stops at Tucson, El Paso and San Antonio. Twenty minutes out of "
        "El Paso, a passenger saw the guns. The pilot radioed El Paso with the message. "
        "El Paso police met the plane."
    )
    assert "El Paso" not in _actors(text)
    assert _places(text)["El Paso"].country == "United States"


def test_given_name_and_surname_owning_something_is_no_place() -> None:
    text = "After a long count, Nora Castle's victory in Valshire signals the end of an era."
    assert "Nora Castle" not in _places(text)


def test_place_after_a_locative_keeps_its_owner_reading() -> None:
    text = "The crowd gathered in Edgar Abbey's cloister, a site the town restored."
    assert "Edgar Abbey" in _places(text)  # "in" before it: where something happens
