"""A numbered road the entity tagger leaves untagged is a place."""

from __future__ import annotations

from briefing.facts.places import extract_places
from briefing.nlp import analyse


def _places(text: str) -> list[str]:
    return [p.name for p in extract_places(analyse(text))]


def test_a_road_word_and_its_number_name_a_place() -> None:
    assert "Interstate 40" in _places("A lorry overturned on Interstate 40 near Valby on Monday.")
    assert "Highway 1" in _places("Traffic on Highway 1 crawled past Valby all morning.")


def test_a_road_word_without_a_number_names_no_road() -> None:
    assert not any("Highway" in p for p in _places("The highway past Valby was closed."))
