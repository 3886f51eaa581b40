"""A place standing for its film industry is an organisation, unless a locative places it."""

from __future__ import annotations

from briefing.facts.kinds import classify
from briefing.nlp import analyse


def _labels(text: str) -> dict[str, str]:
    return {e.text: e.label for e in classify(analyse(text)).entities}


def test_an_industry_place_before_stars_is_an_organisation() -> None:
    text = "Bollywood stars including Ana Lind and Jo Park came to the Valby gala on Sunday."
    assert _labels(text).get("Bollywood") == "ORGANIZATION"


def test_an_industry_place_after_in_stays_a_place() -> None:
    text = "Ana Lind bought a small house in Hollywood after her second film, Jo Park said."
    assert _labels(text).get("Hollywood") in ("LOCATION", None)
