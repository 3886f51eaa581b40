"""Locations: resolved against the gazetteer, in context, one row per place."""

from __future__ import annotations

from pathlib import Path

from briefing.facts.places import extract_places
from briefing.model import Place
from briefing.nlp import analyse
from briefing.sources import load


def _places(text: str) -> dict[str, Place]:
    return {p.name: p for p in extract_places(analyse(text))}


def test_city_gets_its_country_and_coordinates() -> None:
    sochi = _places("The leaders met in Sochi on Monday.")["Sochi"]
    assert sochi.type == "city" and sochi.country == "Russia"
    assert sochi.latitude is not None and sochi.longitude is not None


def test_demonym_counts_as_a_mention_of_its_country() -> None:
    places = _places("Syria rejected the plan. The Syrian army moved north.")
    assert places["Syria"].mentions == 2
    assert "Syrian" not in places


def test_ambiguous_city_resolved_by_the_article_context() -> None:
    places = _places(
        "Ministers from Canada met in London, Ontario, on Tuesday. Canada said London was chosen "
        "for its airport."
    )
    assert places["London"].country == "Canada"


def test_sea_is_water() -> None:
    assert _places("Ships gathered in the Black Sea.")["Black Sea"].type == "water"


def test_country_aliases_become_one_row() -> None:
    places = _places("The U.S. said it would help. The United States sent aid to Kenya.")
    assert places["United States"].mentions == 2


def test_no_places_in_a_text_without_any() -> None:
    assert _places("it rained all day and nobody came.") == {}


def test_seed_article_places(seed_article_path: Path) -> None:
    places = _places(load(seed_article_path).text)
    expected = {"Idlib": "Syria", "Sochi": "Russia", "Ankara": "Turkey", "Damascus": "Syria"}
    for name, country in expected.items():
        assert places[name].country == country
    assert places["Black Sea"].type == "water"
    for country in ("Turkey", "Russia", "Syria", "Iran"):
        assert places[country].type == "country"


def test_feature_name_inside_a_longer_name_is_not_that_feature() -> None:
    places = _places("South Africa beat Kenya. Tourists flocked to Atlantic City.")
    assert "Africa" not in places and "Atlantic" not in places


def test_country_written_in_other_ways_resolves() -> None:
    places = _places("Trade with the Netherlands grew, officials in HK said.")
    assert places["The Netherlands"].type == "country"


def test_county_is_a_region_of_its_country() -> None:
    places = _places("The farmer moved to Powys from Worcestershire twenty years ago.")
    for name in ("Powys", "Worcestershire"):
        assert places[name].type == "region" and places[name].country == "United Kingdom"


def test_gazetteer_regions_leave_out_first_names_and_compass_names() -> None:
    from briefing.facts import gazetteer

    assert not any(k.type == "region" for k in gazetteer.candidates("Angus"))
    assert not any(k.type == "region" for k in gazetteer.candidates("Central"))
    assert any(k.type == "region" for k in gazetteer.candidates("County Durham"))
