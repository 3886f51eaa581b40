"""Copy from newsrooms no scorer holds, read as a user would (the thirty-ninth round's invented
articles): a surname that is also a people's word, a storm's name in weather copy, a police
force named for two counties, a body named "<Body word> of <place>" (invented sentences)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.places import extract_places
from briefing.model import Actor
from briefing.nlp import analyse


def _actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(analyse(text))}


def _places(text: str) -> set[str]:
    return {p.name for p in extract_places(analyse(text))}


def test_a_singer_whose_surname_is_a_peoples_word_stays_a_person() -> None:
    actors = _actors("Singer Kiki Dane closed the show at the Valby Arena on Friday night.")
    assert actors["Kiki Dane"].roles == ("Singer",)


def test_a_persons_surname_that_is_a_peoples_word_names_no_country() -> None:
    text = (
        "Comedian Lotte French hosted the evening in Leeds on Friday.\n\n"
        '"It was a wonderful night," French said.'
    )
    assert "France" not in _places(text)
    assert "France" in _places(text + " French troops left the town in March.")


def test_a_storm_named_in_weather_copy_is_no_person() -> None:
    text = (
        "Storm Ida brought gusts of 90mph to the coast on Tuesday. The Met Office kept its "
        "warning in place, and Jo Park, a farmer, said her barn had lost its roof."
    )
    actors = _actors(text)
    assert "Storm Ida" not in actors and "Ida" not in actors
    assert "Jo Park" in actors


def test_a_police_force_named_for_two_counties_stays_one_body() -> None:
    text = (
        "Homes across Devon and Cornwall lost power. Devon and Cornwall Police said several "
        "roads were closed by fallen trees."
    )
    actors = _actors(text)
    assert actors["Devon and Cornwall Police"].type == "organization"
    assert "Devon" not in actors and "Cornwall Police" not in actors


def test_a_body_named_service_of_a_place_keeps_its_first_word() -> None:
    actors = _actors("The Police Service of Northern Ireland said three men were arrested.")
    assert "Police Service of Northern Ireland" in actors
    assert "Service of Northern Ireland" not in actors
