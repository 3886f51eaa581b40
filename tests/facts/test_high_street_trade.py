"""British copy's "the High Street" names the retail trade, not a street: no place row."""

from __future__ import annotations

from briefing.facts.places import extract_places
from briefing.nlp import analyse


def _places(text: str) -> set[str]:
    return {p.name for p in extract_places(analyse(text))}


def test_the_high_street_as_a_trade_is_no_place() -> None:
    assert _places("Shoppers found the toys sold out in High Street stores in Valby.") == {"Valby"}
    assert "High Street" not in _places("The High Street retailer Norshop said sales rose.")
