"""A couple written with one surname ("Sarah and Tom Lind"): two people. The articles are
our own; entities are given by hand."""

from __future__ import annotations

from tests.facts.hand_entities import every_occurrence as _doc
from tests.facts.hand_entities import labels as _labels


def test_two_first_names_sharing_a_surname_are_two_people() -> None:
    text = "Late on Friday, Greta and Tomas Vindal rode through Arnby after their wedding."
    doc = _doc(text, ("PERSON", "Greta and Tomas Vindal"))
    assert _labels(doc) == {"Greta": {"PERSON"}, "Tomas Vindal": {"PERSON"}}


def test_a_body_named_for_two_people_is_not_cut() -> None:
    text = "She studied at the Lewis and Clark College in Arnby for two years."
    doc = _doc(text, ("ORGANIZATION", "Lewis and Clark College"))
    assert _labels(doc)["Lewis and Clark College"] == {"ORGANIZATION"}
