"""State actors that a former state's name, a country's named officer or a market word decides."""

from __future__ import annotations

import pytest

from briefing.facts.actors import extract_actors
from briefing.nlp import analyse


def _states(text: str) -> set[str]:
    return {a.name for a in extract_actors(analyse(text)) if a.type == "state"}


def test_a_minister_with_the_name_in_commas_acts_for_the_country() -> None:
    assert "Norway" in _states("Norway's trade minister, Ana Berg, said the levy would go.")


def test_a_government_acting_after_a_time_makes_the_country_a_state() -> None:
    assert "Norway" in _states("Norway's government on Monday said the levy would go.")


def test_a_minister_described_after_the_name_is_no_act() -> None:
    assert "Norway" not in _states("Norway's trade minister, Ana Berg, is tall and calm.")


def test_a_former_state_that_acts_is_a_state() -> None:
    assert "Soviet Union" in _states("The Soviet Union signed the treaty with Norway in Valby.")


def test_a_former_state_that_is_only_a_scene_is_no_state() -> None:
    assert "Soviet Union" not in _states("Ana Berg was born in the Soviet Union in Valby.")


def test_a_state_that_collapses_does_not_act() -> None:
    text = "Jo Park was a clerk in Valby when the Soviet Union collapsed."
    assert "Soviet Union" not in _states(text)


def test_demand_from_a_country_is_a_market_not_an_act() -> None:
    assert "Norway" not in _states("The price of fish fell as demand from Norway cooled.")


def test_demands_from_a_country_are_its_acts() -> None:
    assert "Norway" in _states("The talks stalled over fresh demands from Norway on fish quotas.")


def test_a_country_naming_a_deal_is_a_party_to_it() -> None:
    assert "Norway" in _states("Ana Berg said the Norway deal was a mistake.")


def test_accords_named_for_a_capital_make_no_state() -> None:
    assert "Norway" not in _states("Ana Berg wrote a book about the Oslo accords in Valby.")


def test_a_countrys_reforms_are_its_acts() -> None:
    assert "Norway" in _states("Ana Berg said Norway's reforms were too slow for Valby.")


def test_a_country_with_a_plural_verb_is_a_team_all_through_the_article() -> None:
    text = "Norway will face Sweden in Valby on Saturday. Norway have a strong pack this year."
    assert "Norway" not in _states(text)


def test_a_country_with_a_singular_verb_stays_a_state() -> None:
    text = "Norway said it would send ships to Valby. Norway has a strong navy."
    assert "Norway" in _states(text)


def test_countries_listed_before_a_plural_verb_stay_states() -> None:
    assert {"Norway", "Sweden"} <= _states("Norway and Sweden have rejected the plan.")


def test_a_country_after_an_organ_and_a_preposition_is_no_team() -> None:
    assert "Norway" in _states("Police in Norway are guarding the harbour at Valby.")


@pytest.mark.parametrize(
    "text",
    ["Norbank signed the Norway deal in 1990, Jo Park said.", "Norbank's Norway deal lost money."],
)
def test_a_firms_deal_named_for_a_country_makes_no_state(text: str) -> None:
    assert "Norway" not in _states(text)


def test_a_country_with_a_singular_verb_elsewhere_is_a_state_there() -> None:
    text = "Sweden were beaten 2-1 by Norway on Monday. Sweden has also asked the EU for aid."
    assert "Sweden" in _states(text)


def test_a_plural_verb_beside_a_states_organ_is_no_team() -> None:
    assert "Norway" in _states("Norway have agreed to cut fish quotas, the ministry said.")


def test_a_country_with_a_plural_verb_after_a_fronted_phrase_is_a_team() -> None:
    text = (
        "After two wins over Chile in November, Peru were rated the best side in the world. "
        "Peru protested against the referee's decision."
    )
    assert "Peru" not in _states(text)


def test_a_country_listed_after_a_comma_before_a_plural_verb_stays_a_state() -> None:
    assert "Peru" in _states("Chile, Peru and Bolivia have signed the water treaty.")
