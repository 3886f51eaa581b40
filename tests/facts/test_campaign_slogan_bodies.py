"""Round 41: a name of three words right after a lower-case body noun ("group") names the
body, unless it opens with a given name (our own invented copy)."""

from __future__ import annotations

from tests.facts.hand_entities import every_occurrence as _doc
from tests.facts.hand_entities import labels


def test_a_slogan_after_a_group_noun_is_a_body() -> None:
    doc = _doc(
        "Residents' group Save Norby Valley said it would fight the quarry plan in court.",
        ("ORGANIZATION", "Save Norby Valley"),
    )
    assert labels(doc).get("Save Norby Valley") == {"ORGANIZATION"}  # not a valley


def test_a_full_name_after_a_group_noun_is_no_body() -> None:
    doc = _doc(
        "The pressure group Jo Anne Marrow founded said it would fight the quarry plan.",
        ("PERSON", "Jo Anne Marrow"),
    )
    assert labels(doc).get("Jo Anne Marrow") == {"PERSON"}
