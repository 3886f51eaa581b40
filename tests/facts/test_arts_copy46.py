"""Entertainment, technology, sport and science copy of the forty-sixth round (BBC and ABC
sets): bookmakers named for people, and other names read as bodies in arts copy. Our own
invented text, beside the real names of the word lists it tests."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.nlp import analyse


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(analyse(text))}


def test_a_bookmaker_named_for_a_man_is_a_firm() -> None:
    text = "Jo Park is the favourite to win the Valby Prize at William Hill, at odds of 2/1."
    kinds = _kinds(text)
    assert kinds.get("William Hill") == "organization"


def test_a_bookmaker_left_untagged_is_a_firm() -> None:
    text = "Ladbrokes has cut the odds on a Norland win at the Valby song contest to 3/1."
    assert _kinds(text).get("Ladbrokes") == "organization"
