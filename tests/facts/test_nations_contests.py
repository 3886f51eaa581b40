"""A contest named by a count of nations ("the Six Nations", a sponsor's letters before it
or not) is a tournament, no organisation; "United Nations" stays a body.

The articles are our own; entities are given by hand so each test pins one rule.
"""

from __future__ import annotations

from tests.facts.hand_entities import every_occurrence as _doc
from tests.facts.hand_entities import labels as _labels


def test_a_sponsored_contest_of_six_nations_is_no_body() -> None:
    text = "Norland won their first away game in the VBS Six Nations for four years."
    doc = _doc(text, ("LOCATION", "Norland"), ("ORGANIZATION", "VBS Six Nations"))
    assert "VBS Six Nations" not in _labels(doc)


def test_a_contest_of_four_nations_is_no_body() -> None:
    text = "Coach Ola Vik said the Four Nations was the hardest contest of his career."
    doc = _doc(text, ("PERSON", "Ola Vik"), ("ORGANIZATION", "Four Nations"))
    assert "Four Nations" not in _labels(doc)


def test_the_united_nations_stays_a_body() -> None:
    text = "The United Nations sent food to Valby on Monday."
    doc = _doc(text, ("ORGANIZATION", "United Nations"), ("LOCATION", "Valby"))
    assert _labels(doc)["United Nations"] == {"ORGANIZATION"}
