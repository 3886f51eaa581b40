"""Round 43: how person and body names are built (our own invented copy)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from tests.facts.hand_entities import every_occurrence as _doc


def test_a_side_named_in_a_fixture_line_in_capitals_is_a_body_wherever_named() -> None:
    doc = _doc(
        "Dorvale prepared for Saturday's meeting with Quillons. DORVALE V QUILLONS (Saturday, "
        "3pm) Ty Marsh returns at lock, while Quillons rest two forwards.",
        ("ORGANIZATION", "Dorvale"),
        ("PERSON", "Quillons"),
        ("ORGANIZATION", "DORVALE"),
        ("ORGANIZATION", "QUILLONS"),
        ("PERSON", "Ty Marsh"),
    )
    names = {a.name: a.type for a in extract_actors(doc)}
    assert "person" not in {t for n, t in names.items() if n.lower() == "quillons"}
    assert names.get("Ty Marsh") == "person"
