"""Round 47: persons and bodies whose names the tagger confuses (our own invented copy, read
by the shipped tagger)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.nlp import analyse


def _names(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(analyse(text))}


def test_a_first_name_and_a_towns_name_as_surname_is_a_person() -> None:
    names = _names("The mile hope Eamon Lombard missed the Valby meeting.")
    assert names.get("Eamon Lombard") == "person"
