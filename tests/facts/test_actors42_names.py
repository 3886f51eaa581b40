"""Round 42: how person names are built (our own invented copy)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from tests.facts.hand_entities import every_occurrence as _doc


def test_a_two_word_demonym_opens_no_listed_persons_name() -> None:
    doc = _doc(
        "Two pilots, South African Tavi Morrow and Kenyan Olu Danse, were freed on Monday.",
        ("ORGANIZATION", "South African Tavi Morrow"),
        ("PERSON", "Olu Danse"),
    )
    names = {a.name: a.type for a in extract_actors(doc)}
    assert names.get("Tavi Morrow") == "person"
    assert "South African Tavi Morrow" not in names


def test_a_demonym_before_a_bodys_name_with_its_article_stays_in_it() -> None:
    doc = _doc(
        "The South African Brewing Guild said on Monday that prices would rise.",
        ("ORGANIZATION", "South African Brewing Guild"),
    )
    names = {a.name: a.type for a in extract_actors(doc)}
    assert names.get("South African Brewing Guild") == "organization"
    assert "Brewing Guild" not in names
