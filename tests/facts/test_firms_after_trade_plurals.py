"""A name right after a plural of a trade ("by consultants Brenholt Vane") is a firm's, as
one person is no "consultants"; a name opening with a given name stays a person's (round 40).

The articles are our own. Entities are given by hand, every occurrence of each surface, so
that each test pins one cue whatever the tagger makes of the sentence.
"""

from __future__ import annotations

from tests.facts.hand_entities import every_occurrence as _doc
from tests.facts.hand_entities import labels as _labels


def test_a_name_after_consultants_is_a_firm() -> None:
    text = "The survey, by consultants Brenholt Vane, found the roof unsafe."
    labels = _labels(_doc(text, ("PERSON", "Brenholt Vane")))
    assert labels["Brenholt Vane"] == {"ORGANIZATION"}


def test_the_word_the_tagger_left_out_joins_the_firm() -> None:
    text = "The survey, by consultants Brenholt Vane, found the roof unsafe."
    labels = _labels(_doc(text, ("PERSON", "Vane")))
    assert labels.get("Brenholt Vane") == {"ORGANIZATION"}
    assert "Vane" not in labels


def test_a_given_name_after_solicitors_stays_a_person() -> None:
    text = "The claim was filed by solicitors Ann Lind and Jo Berg on Friday."
    labels = _labels(_doc(text, ("PERSON", "Ann Lind"), ("PERSON", "Jo Berg")))
    assert labels["Ann Lind"] == {"PERSON"}
