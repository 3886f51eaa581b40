"""Towns no gazetteer lists, made towns by the text: beside their dwellers ("Dunford
residents"), as a hometown ("Jo Lind, 44, of Dunford,"), with a place noun or a place in
apposition ("Dunford, a small town in Kenya"): a place row (with the country the text gives),
no person or organisation (invented sentences)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.places import extract_places
from briefing.nlp import analyse


def _kinds(text: str) -> tuple[set[str], dict[str, str | None]]:
    doc = analyse(text)
    actors = {a.name for a in extract_actors(doc)}
    return actors, {p.name: p.country for p in extract_places(doc)}


def test_a_name_before_resident_is_a_town_at_every_mention() -> None:
    actors, places = _kinds(
        "Pumps were sent from Dunford to Kelsey Cross. Dunford residents filled sandbags."
    )
    assert "Dunford" in places and "Dunford" not in actors


def test_residents_of_a_name_make_it_a_town() -> None:
    actors, places = _kinds("Residents of Marlbury were told to leave by noon.")
    assert "Marlbury" in places and "Marlbury" not in actors


def test_a_name_after_a_person_s_age_and_of_is_the_hometown() -> None:
    actors, places = _kinds("Kerrin Vale, 44, of Dunford, said the water rose fast.")
    assert "Dunford" in places and actors == {"Kerrin Vale"}


def test_a_town_in_apposition_to_a_place_noun_takes_the_country_named_after_it() -> None:
    actors, places = _kinds("Dunford, a small town in Kenya, was cut off by the floods.")
    assert places["Dunford"] == "Kenya" and "Dunford" not in actors


def test_a_village_in_a_part_of_a_country_is_placed_in_the_country() -> None:
    actors, places = _kinds("Aid reached Dunford, a village in the north of Ghana, on Monday.")
    assert places["Dunford"] == "Ghana" and "Dunford" not in actors


def test_a_firm_set_off_before_in_and_a_country_stays_a_firm() -> None:
    actors, places = _kinds("Valco, in Norland, said its profits rose by a tenth.")
    assert "Valco" in actors and "Valco" not in places


def test_a_person_s_surname_before_residents_stays_a_person() -> None:
    actors, places = _kinds("Jo Dunford said the plan was sound. Dunford residents agreed.")
    assert "Jo Dunford" in actors and "Dunford" not in places


def test_a_party_set_off_before_in_and_a_place_is_no_town() -> None:
    actors, places = _kinds("Jo Pellow will launch her own party, Veritor, in Kelby on Friday.")
    assert "Veritor" not in places


def test_a_name_between_the_and_mayor_is_the_town() -> None:
    actors, places = _kinds("The Marlbury mayor said the road was shut. Marlbury lies low.")
    assert "Marlbury" in places and "Marlbury" not in actors
