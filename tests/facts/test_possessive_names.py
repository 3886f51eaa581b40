"""Bodies whose names hold a plural's possessive ("Magistrates' Court", "People's Daily"),
which the tagger cuts at the mark.

The articles are our own; entities are given by hand so each test pins one rule.
"""

from __future__ import annotations

from tests.facts.hand_entities import every_occurrence as _doc
from tests.facts.hand_entities import labels as _labels


def test_a_plurals_mark_and_a_body_word_after_a_name_complete_it() -> None:
    text = "Jo Park will appear at Valby Fishers' Court on Monday."
    doc = _doc(text, ("PERSON", "Jo Park"), ("LOCATION", "Valby Fishers"))
    assert _labels(doc)["Valby Fishers' Court"] == {"ORGANIZATION"}


def test_an_irregular_plurals_possessive_opens_the_body_after_it() -> None:
    text = "The kite flew over Tolvik, according to Norland People's Harbour Gazette."
    doc = _doc(text, ("LOCATION", "Tolvik"), ("ORGANIZATION", "Harbour Gazette"))
    assert "Norland People's Harbour Gazette" in _labels(doc)


def test_a_persons_possessive_opens_no_body() -> None:
    text = "The boat was bought by Ana Berg's Harbour Trust last year."
    doc = _doc(text, ("PERSON", "Ana Berg"), ("ORGANIZATION", "Harbour Trust"))
    assert _labels(doc) == {"Ana Berg": {"PERSON"}, "Harbour Trust": {"ORGANIZATION"}}


def test_a_known_institution_keeps_the_plurals_mark_inside_a_longer_name() -> None:
    text = "Jo Park will appear at Westminster Fishers' Court on Monday."
    doc = _doc(text, ("PERSON", "Jo Park"), ("LOCATION", "Westminster Fishers"))
    assert _labels(doc)["Westminster Fishers' Court"] == {"ORGANIZATION"}


def test_a_body_owning_another_after_its_plurals_mark_stays_apart() -> None:
    text = "The Valby Court of Appeals' Board on Harbour Rules fined Jo Park."
    doc = _doc(
        text,
        ("ORGANIZATION", "Valby Court of Appeals"),
        ("ORGANIZATION", "Board on Harbour Rules"),
        ("PERSON", "Jo Park"),
    )
    labels = _labels(doc)
    assert "Valby Court of Appeals" in labels and "Board on Harbour Rules" in labels
