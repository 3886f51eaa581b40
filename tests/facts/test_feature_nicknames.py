"""Places of round 40: a range's short name that is also a ball team's nickname ("the
Rockies") is the range in weather copy and the team in a story of games."""

from __future__ import annotations

from briefing.facts.places import place_mentions
from briefing.nlp import analyse


def _places(text: str) -> set[str]:
    return {m.name for m in place_mentions(analyse(text))}


def test_the_ranges_short_name_is_a_place_in_weather_copy() -> None:
    text = "Snow will fall over parts of the northern Rockies as colder air arrives on Monday."
    assert "Rockies" in _places(text)


def test_the_same_name_in_a_story_of_games_is_the_team() -> None:
    text = "The Rockies beat the Giants on Sunday with two home runs in the seventh inning."
    assert "Rockies" not in _places(text)
