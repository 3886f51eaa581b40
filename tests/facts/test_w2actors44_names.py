"""Round 44, second wave: grounds and prizes among person and body names (our own invented
copy, read by the shipped tagger)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.places import extract_places
from briefing.nlp import analyse


def _names(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(analyse(text))}


def test_a_well_known_ground_is_a_place_in_a_report_of_games() -> None:
    text = (
        "Ola Brandt was not kept on by the Tynecastle club as coach. Valby drew 2-2 with "
        "Norby at Kingsholm on Saturday, and Dan Robb scored twice."
    )
    names = _names(text)
    assert "Tynecastle" not in names and "Kingsholm" not in names
    places = {p.name for p in extract_places(analyse(text))}
    assert {"Tynecastle", "Kingsholm"} <= places


def test_a_prizes_medal_is_no_body() -> None:
    names = _names("Lawmakers gave Ada Vell the Tarrish Gold Medal on Monday for her work.")
    assert "Tarrish Gold Medal" not in names
    assert names.get("Ada Vell") == "person"
