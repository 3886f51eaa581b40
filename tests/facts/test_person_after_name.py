"""A name of two words the tagger read as a body, whose first name is in no list, is a person
when words only a person takes follow it (", who", "'s wife", "lines up"). Our own text."""

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


def _label(text: str, surface: str) -> str:
    entities = classify(_doc(text, "ORGANIZATION", surface)).entities
    return {e.text: e.label for e in entities}[surface]


def test_a_name_before_comma_who_is_a_person() -> None:
    text = "The prize went to Quorvan Telsik, who painted the mural last spring."
    assert _label(text, "Quorvan Telsik") == "PERSON"


def test_a_name_before_a_family_noun_is_a_person() -> None:
    text = "Quorvan Telsik's wife opened the gallery on Tuesday."
    assert _label(text, "Quorvan Telsik") == "PERSON"


def test_a_name_that_lines_up_is_a_person() -> None:
    text = "Quorvan Telsik lines up at hooker for the visitors tonight."
    assert _label(text, "Quorvan Telsik") == "PERSON"


def test_a_body_before_which_stays_a_body() -> None:
    text = "The grant went to Quorvan Telsik, which runs the mural project."
    assert _label(text, "Quorvan Telsik") == "ORGANIZATION"


def test_a_name_after_a_rugby_position_or_a_trade_is_a_person() -> None:
    for cue in ("hooker", "fly-half", "jockey", "rapper"):
        text = f"The crowd cheered for {cue} Quorvan Telsik on Sunday."
        assert _label(text, "Quorvan Telsik") == "PERSON", cue


def test_who_after_a_preposition_s_object_speaks_of_the_noun_before() -> None:
    text = "The plan calmed the donors in Quorvan Telsik, who feared a loss."
    assert _label(text, "Quorvan Telsik") == "ORGANIZATION"
