"""Round 44: how person and body names are built (our own invented copy, read by the
shipped tagger)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.nlp import analyse


def _names(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(analyse(text))}


def test_a_project_joining_two_fields_with_and_is_one_body() -> None:
    names = _names(
        "Phones are now the gadget of choice, according to a study by the Dorvan Media and "
        "American Life Project. Most adults own one, Ada Vell said."
    )
    assert names.get("Dorvan Media and American Life Project") == "organization"
    assert "Dorvan Media" not in names
    assert names.get("Ada Vell") == "person"


def test_an_area_before_and_opens_a_coalitions_name() -> None:
    names = _names(
        "Many voters share these fears, but the Central and East Tarrish Coalition keeps quiet."
    )
    assert names.get("Central and East Tarrish Coalition") == "organization"


def test_a_body_named_alone_too_stays_apart_from_the_project() -> None:
    names = _names(
        "Dorvan Media said on Monday that the Dorvan Media and American Life Project would grow."
    )
    assert "Dorvan Media and American Life Project" not in names


def test_a_prize_before_nominee_or_contenders_is_no_person() -> None:
    names = _names(
        "The comedy and multiple Oscar nominee Dusty Roads made the top five. Other Oscar "
        "contenders did well too, and Oscar Venn said the Emmy winners were pleased."
    )
    assert "Oscar" not in names and "Emmy" not in names
    assert names.get("Oscar Venn") == "person"
