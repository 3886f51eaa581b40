"""A name written after a town to place it is the area the town lies in, not a namesake
town abroad that the story's other countries would favour."""

from __future__ import annotations

from briefing.facts.places import extract_places
from tests.facts.hand_entities import every_occurrence

_TEXT = (
    "Jo Berg, 40, of Harlow, Essex, sold her bakery. She now rents a flat in Florida, and "
    "flies across the United States to sell her jam."
)
_PLACES = (("LOCATION", "Harlow"), ("LOCATION", "Essex"), ("LOCATION", "Florida"))


def _countries(text: str) -> dict[str, str | None]:
    doc = every_occurrence(text, *_PLACES, ("LOCATION", "United States"))
    return {p.name: p.country for p in extract_places(doc)}


def test_a_county_after_a_town_is_in_the_towns_country() -> None:
    assert _countries(_TEXT)["Essex"] == "United Kingdom"


def test_a_town_no_gazetteer_knows_does_not_place_the_county() -> None:
    text = _TEXT.replace("Harlow", "Quillbury")
    doc = every_occurrence(text, ("LOCATION", "Quillbury"), *_PLACES[1:])
    countries = {p.name: p.country for p in extract_places(doc)}
    assert countries["Essex"] != "United Kingdom"  # a list's comma, for all the reader knows
