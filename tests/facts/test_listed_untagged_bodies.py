"""Names the tagger left untagged, listed after a plural noun of bodies and "like", "such as"
or "including" ("grocers like Quarvo and Lindmart"), are bodies, one a list item (round 45);
a first name or a common word in such a place is none. The articles are our own; no entity
is given for the listed names, as the tagger gave none.
"""

from __future__ import annotations

from tests.facts.hand_entities import every_occurrence as _doc
from tests.facts.hand_entities import labels as _labels


def test_untagged_names_after_retailers_like_are_two_bodies() -> None:
    text = "The code was never meant to cover retailers like Quarvo and Lindmart, he said."
    labels = _labels(_doc(text))
    assert labels.get("Quarvo") == {"ORGANIZATION"}
    assert labels.get("Lindmart") == {"ORGANIZATION"}
    assert "Quarvo and Lindmart" not in labels


def test_a_first_name_after_the_cue_is_no_body() -> None:
    text = "Some banks such as Anna did not answer the letter."
    assert "Anna" not in _labels(_doc(text))
