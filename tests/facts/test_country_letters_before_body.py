"""A country's letters opening a body's name the tagger read as one ("the US Norfield
Research Center") name the country as a place too; a body of the country's own ("U.S.
Department of ...", "U.S. Air Force") keeps its letters."""

from __future__ import annotations

from briefing.facts.places import extract_places
from briefing.nlp import analyse


def _places(text: str) -> set[str]:
    return {p.name for p in extract_places(analyse(text))}


def test_country_letters_before_a_body_name_the_country() -> None:
    text = "A survey by the US Norfield Research Center found that most readers trust Velto."
    assert "United States" in _places(text)


def test_country_own_department_is_no_place() -> None:
    text = "A grant from the US Department of Quarrying paid for the Velto work, said Mira Lind."
    assert "United States" not in _places(text)
