"""Organisations of news and wire copy, round 46: a body named for the place it serves and
a second name after "and" are two bodies ("Tenants Union of Valby and Kestrel"), while a
body named for two places stays one; a rebel movement named by its plural alone is a body.

The sentences and names are our own.
"""

from __future__ import annotations

from briefing.facts.actors import _split_names, extract_actors
from briefing.model import Doc, Entity, Sentence, Token
from briefing.nlp import analyse


def _parts(names: str) -> list[str]:
    """The parts of an organisation span over `names`, between "by the" and "filed"."""
    row = [("by", "IN"), ("the", "DT")]
    row += [(w, "CC" if w == "and" else "NNP") for w in names.split()]
    row += [("filed", "VBD")]
    tokens, at = [], 0
    for w, tag in row:
        tokens.append(Token(w, at, at + len(w), tag))
        at += len(w) + 1
    text = " ".join(w for w, _ in row)
    first, end = 2, len(row) - 1
    a, b = tokens[first].start, tokens[end - 1].end
    e = Entity("ORGANIZATION", text[a:b], a, b, 0, first, end)
    doc = Doc(text, (Sentence(0, 0, len(text), text, 0, tuple(tokens)),), (e,))
    return [p.text for p in _split_names(doc, e, set())]


def test_a_name_after_a_body_seated_in_a_place_is_a_second_body() -> None:
    assert _parts("Tenants Union of Valby and Kestrel") == ["Tenants Union of Valby", "Kestrel"]


def test_a_body_named_for_two_places_stays_one() -> None:
    assert _parts("Tenants Union of Valby and Norland") == ["Tenants Union of Valby and Norland"]


def test_a_body_of_two_fields_stays_one() -> None:
    name = "Tenants Union of Housing and Kestrel"
    assert _parts(name) == [name]


def test_a_rebel_movement_named_by_its_plural_is_a_body() -> None:
    doc = analyse("Officials said the Houthis had seized the port of Valby on Monday.")
    bodies = [a.name for a in extract_actors(doc) if a.type == "organization"]
    assert "Houthis" in bodies
