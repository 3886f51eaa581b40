"""A country that only holds something ("has no jurisdiction", "has the opportunity") does not
act, so it is no state actor; "has" before a participle is an auxiliary and the country acts."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.nlp import analyse


def _states(text: str) -> list[str]:
    return [a.name for a in extract_actors(analyse(text)) if a.type == "state"]


def test_a_country_holding_no_jurisdiction_is_no_state() -> None:
    assert _states("Officials said that Norway has no jurisdiction over the Valco fleet.") == []


def test_a_country_having_done_something_is_a_state() -> None:
    assert _states("Norway has rejected the offer from Valco, officials said.") == ["Norway"]
