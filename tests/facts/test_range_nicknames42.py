"""Weather copy's "the Rockies" is the mountain range, a place; in a sports report the same
word is the baseball team's nickname and no place."""

from __future__ import annotations

from briefing.facts.places import extract_places
from briefing.nlp import analyse


def _places(text: str) -> list[str]:
    return [p.name for p in extract_places(analyse(text))]


def test_the_rockies_in_weather_copy_are_a_place() -> None:
    text = "Several inches of snow will settle over the northern Rockies tonight."
    assert _places(text) == ["Rockies"]


def test_the_rockies_in_a_sports_report_are_no_place() -> None:
    text = (
        "The Rockies beat the Marlins 5-3 on Tuesday night. The Rockies scored twice in the"
        " ninth inning and won the game. Their pitcher gave up a homer early in the league game."
    )
    assert "Rockies" not in _places(text)
