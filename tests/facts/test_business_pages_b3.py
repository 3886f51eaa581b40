"""Business copy of the thirty-ninth round (bbcb3): a spokesman whose surname is a place's
last word, ... Our own invented text."""

from __future__ import annotations

import dataclasses

from briefing.facts.kinds import classify
from briefing.model import Doc, Entity
from briefing.nlp import analyse


def _doc(text: str, label: str, surface: str) -> Doc:
    """`text` analysed, with `surface` (its first mention) as its one entity."""
    doc = analyse(text)
    start = text.index(surface)
    end = start + len(surface)
    s = next(x for x in doc.sentences if x.start <= start < x.end)
    entity = Entity(label, surface, start, end, s.index, *s.token_span(start, end))
    return dataclasses.replace(doc, entities=(entity,))


def _label(text: str, surface: str, label: str = "PERSON") -> str:
    entities = classify(_doc(text, label, surface)).entities
    return {e.text: e.label for e in entities}[surface]


def test_a_given_name_and_a_lake_surname_before_a_role_apposition_is_a_person() -> None:
    text = "Mike Lake, a spokesman for Norvaco's lawyers, said the firm would appeal."
    assert _label(text, "Mike Lake") == "PERSON"
    text = '"We will appeal," said Mike Lake, a Norvaco spokesman.'
    assert _label(text, "Mike Lake") == "PERSON"


def test_a_lake_with_a_place_apposition_stays_a_place() -> None:
    text = "Boats left Mike Lake, a resort north of Valbytown, on Sunday."
    assert _label(text, "Mike Lake") == "LOCATION"
