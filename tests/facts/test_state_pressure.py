"""State actors of round 40: a place pressed by another state or body ("Valby was warned of
sanctions"), a list of places made to act by an infinitive ("urged Norway and Sweden to cut"),
and pressure from a country."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.nlp import analyse


def _states(text: str) -> set[str]:
    return {a.name for a in extract_actors(analyse(text)) if a.type == "state"}


def test_a_country_warned_or_urged_in_a_passive_stands_for_its_government() -> None:
    assert "Norway" in _states("Norway was warned of heavy fines over its fishing quotas.")
    assert "Norway" in _states("Norway also has been threatened with sanctions over the quotas.")


def test_a_country_a_passive_merely_befalls_is_no_state() -> None:
    assert "Norway" not in _states("Norway was hit by heavy storms all winter.")


def test_every_country_of_a_list_before_an_infinitive_is_made_to_act() -> None:
    text = "The trade bloc will start monitoring Norway, Sweden and Finland to ensure they act."
    assert {"Norway", "Sweden", "Finland"} <= _states(text)
    assert {"Norway", "Sweden"} <= _states("Ministers pressed Norway and Sweden to cut tariffs.")


def test_a_list_of_countries_after_a_preposition_before_an_infinitive_is_no_state() -> None:
    text = "Ana Berg flew to Norway and Sweden to see the fjords."
    assert not {"Norway", "Sweden"} & _states(text)


def test_pressure_from_a_country_is_its_act() -> None:
    text = "The island was reeling under pressure from Norway, Ana Berg said."
    assert "Norway" in _states(text)
