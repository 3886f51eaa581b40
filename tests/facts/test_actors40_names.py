"""Round 40: how organisation and person names are built (our own invented copy)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.model import Actor
from briefing.nlp import analyse
from tests.facts.hand_entities import every_occurrence as _doc


def _actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(analyse(text))}


def test_a_founders_possessive_before_a_legal_form_is_one_firm() -> None:
    doc = _doc(
        "Standard & Tolley's Corp. lowered the rating on the bonds of Norvale Holdings.",
        ("ORGANIZATION", "Standard & Tolley's Corp."),
        ("ORGANIZATION", "Norvale Holdings"),
    )
    names = {a.name: a.type for a in extract_actors(doc)}
    assert names.get("Standard & Tolley's Corp.") == "organization"
    assert "Standard & Tolley" not in names
