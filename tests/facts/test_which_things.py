"""Names that are things, not people: a sentence's opening name followed by ", which" (a
film or a book).

The articles are our own. Entities are given by hand.
"""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from tests.facts.test_firm_kinds import _doc


def _names(text: str, *entities: tuple[str, str]) -> set[str]:
    return {a.name for a in extract_actors(_doc(text, *entities))}


def test_a_sentence_opening_name_before_which_is_no_person() -> None:
    text = "Nightgrove, which cost just $5m to make, took $12m in Valby. Director Mia Holt smiled."
    found = _names(text, ("PERSON", "Nightgrove"), ("LOCATION", "Valby"), ("PERSON", "Mia Holt"))
    assert found == {"Mia Holt"}


def test_a_person_before_a_clause_which_stays() -> None:
    text = "The jury backed Mia Holt, which surprised the critics in Valby."
    assert "Mia Holt" in _names(text, ("PERSON", "Mia Holt"), ("LOCATION", "Valby"))
