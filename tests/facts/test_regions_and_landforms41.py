"""Regions named after a state's short form or as a US county the gazetteer lacks, and a
determiner before a landform noun, which names no place, nor does a product's edition
("the original Vista")."""

from __future__ import annotations

from briefing.facts.places import extract_places
from briefing.model import Place
from briefing.nlp import analyse


def _places(text: str) -> dict[str, Place]:
    return {p.name: p for p in extract_places(analyse(text))}


def test_a_region_opened_by_a_states_short_form_is_that_countrys() -> None:
    text = "The grower moved her herd to the NSW Southern Highlands after the drought."
    place = _places(text)["NSW Southern Highlands"]
    assert (place.type, place.country) == ("region", "Australia")


def test_an_unknown_county_in_an_american_story_is_a_us_region() -> None:
    text = "A quarry in Texas has split residents of Dorrick County, a campaigner said in Houston."
    place = _places(text)["Dorrick County"]
    assert (place.type, place.country) == ("region", "United States")


def test_an_unknown_county_in_a_story_with_no_country_is_left_unplaced() -> None:
    text = "The quarry has divided residents of Dorrick County, a campaigner said on Tuesday."
    assert _places(text)["Dorrick County"].country is None


def test_a_determiner_before_a_landform_noun_in_a_quote_names_no_place() -> None:
    text = '"This valley cannot take another quarry," said Edwin Hartley on Tuesday.'
    assert "This valley" not in _places(text)


def test_a_name_before_a_landform_noun_is_still_a_place() -> None:
    assert "Valbian peninsula" in _places("He toured the Valbian peninsula on Friday.")


def test_a_name_after_the_original_is_a_products_edition_not_a_town() -> None:
    text = "Reviewers still prefer the original Vista to the phone Brelco sold this year."
    assert "Vista" not in _places(text)


def test_a_town_named_alone_stays_a_place() -> None:
    assert "Vista" in _places("Her family moved to Vista, California, in 2007.")
