"""A town opening a sentence before a trade and a person's name ("Edinburgh architect Jo
Lind") is a place, as it is inside the sentence; a club's post keeps its town a club."""

from __future__ import annotations

from briefing.facts.places import extract_places
from briefing.nlp import analyse


def _places(text: str) -> list[str]:
    return [p.name for p in extract_places(analyse(text))]


def test_a_town_opening_a_sentence_before_a_trade_and_a_name_is_a_place() -> None:
    assert _places("Edinburgh architect Jo Lind said the plan for the quay was bold.") == [
        "Edinburgh"
    ]


def test_a_town_before_a_walk_of_life_and_a_name_is_a_place() -> None:
    assert _places("Glasgow pensioner Ann Berg, 82, lost her savings to the scheme.") == ["Glasgow"]


def test_a_town_before_a_club_post_and_a_name_is_no_place() -> None:
    assert _places("Sunderland manager Jo Lind said the squad was tired.") == []
