"""A country after a modal, an adverb and "be" before a noun phrase is described, not acting;
one after a locative ("around Norway") is no subject; and in sports copy with no scores a
country is its national side (round 43)."""

from __future__ import annotations

from briefing.facts.actors import _sports_copy, extract_actors
from briefing.nlp import analyse


def _states(text: str) -> list[str]:
    return [a.name for a in extract_actors(analyse(text)) if a.type == "state"]


def test_countries_that_will_also_be_strong_players_are_no_states() -> None:
    text = "Norway, Peru and Chile will also be strong players in the tea trade, the panel heard."
    assert _states(text) == []


def test_a_country_that_should_be_favourites_is_no_state() -> None:
    text = "On form, Norway should be favourites for the tea trade prize, Kel Marno said."
    assert _states(text) == []


def test_a_country_that_will_also_be_sending_ships_still_acts() -> None:
    text = "Norway will also be sending ships to the strait, the defence ministry said."
    assert _states(text) == ["Norway"]


def test_a_country_after_around_is_no_subject() -> None:
    text = "Many stores around Norway opened at midnight to sell the new tea kettle."
    assert _states(text) == []


_PREVIEW = (
    "Tarn Velo believes Norway can qualify for the cup finals. After a fine display at the "
    "football ground, the striker said the team and the coach had won the players over. "
    "The league season resumes next week and every match counts for the title."
)


def test_a_country_in_a_sports_preview_is_its_side() -> None:
    assert _sports_copy(_PREVIEW)
    assert _states(_PREVIEW) == []


def test_election_copy_is_no_sports_copy() -> None:
    text = _PREVIEW + " The candidate won the election with the votes of the league."
    assert not _sports_copy(text)


def test_a_country_outside_sports_copy_still_acts() -> None:
    text = "Norway will block the fishing accord, officials said."
    assert not _sports_copy(text)
    assert "Norway" in _states(text)
