"""A capital or country after "by" and an adverb of a passive acts as a state, as it does
right after the participle, and so does one a land is ruled or governed from."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.nlp import analyse


def _states(text: str) -> list[str]:
    return [a.name for a in extract_actors(analyse(text)) if a.type == "state"]


def test_a_capital_after_by_and_an_adverb_of_a_passive_is_a_state() -> None:
    text = "The province has been ruled directly by Oslo since 1972, officials said."
    assert _states(text) == ["Norway"]


def test_a_town_before_a_noun_after_by_and_an_adverb_is_no_state() -> None:
    assert _states("The fair was visited mostly by Oslo families last year.") == []


def test_a_capital_a_land_was_ruled_from_is_a_state() -> None:
    assert _states("The island has been governed from Oslo since 1920, its elders said.") == [
        "Norway"
    ]


def test_a_firm_run_from_a_capital_makes_it_no_state() -> None:
    assert _states("The shipping firm is run from Oslo by its founder.") == []
