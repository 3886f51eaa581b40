"""A list of names after "in" whose first is a place: the others are places too, as one
list names things of one kind (round 40). A list a verb follows names its subjects, which
may be people.

The articles are our own. Entities are given by hand, every occurrence of each surface, so
that each test pins one cue whatever the tagger makes of the sentence.
"""

from __future__ import annotations

from tests.facts.hand_entities import every_occurrence as _doc
from tests.facts.hand_entities import labels as _labels


def test_names_listed_after_a_place_in_in_are_places() -> None:
    text = "The trust runs the clinics in Brackwell, Tamsin Vale and Orrin Cross."
    names = ("LOCATION", "Brackwell"), ("PERSON", "Tamsin Vale"), ("ORGANIZATION", "Orrin Cross")
    labels = _labels(_doc(text, *names))
    assert labels["Tamsin Vale"] == {"LOCATION"}
    assert labels["Orrin Cross"] == {"LOCATION"}


def test_people_listed_before_a_verb_stay_people() -> None:
    text = "Last week in Brackwell, Tamsin Vale and Orrin Cross signed the lease."
    names = ("LOCATION", "Brackwell"), ("PERSON", "Tamsin Vale"), ("PERSON", "Orrin Cross")
    labels = _labels(_doc(text, *names))
    assert labels["Tamsin Vale"] == {"PERSON"}


def test_a_list_without_and_is_left_as_read() -> None:
    text = "The clinics in Brackwell, Tamsin Vale said on Monday, will close."
    labels = _labels(_doc(text, ("LOCATION", "Brackwell"), ("PERSON", "Tamsin Vale")))
    assert labels["Tamsin Vale"] == {"PERSON"}


def test_a_name_before_who_stays_a_person() -> None:
    text = "Shops opened in Brackwell and Tamsin Vale, who owns them, was pleased."
    labels = _labels(_doc(text, ("LOCATION", "Brackwell"), ("PERSON", "Tamsin Vale")))
    assert labels["Tamsin Vale"] == {"PERSON"}


def test_two_names_with_a_comma_before_and_are_left_as_read() -> None:
    text = "The firm grew fast in Brackwell, and Tamsin Vale took the credit."
    labels = _labels(_doc(text, ("LOCATION", "Brackwell"), ("PERSON", "Tamsin Vale")))
    assert labels["Tamsin Vale"] == {"PERSON"}


def test_a_town_beside_its_council_s_name_stays_a_place() -> None:
    text = "Brackwell Borough Council will shut two libraries in Brackwell next year."
    names = ("ORGANIZATION", "Brackwell Borough Council"), ("LOCATION", "Brackwell")
    assert _labels(_doc(text, *names))["Brackwell"] == {"LOCATION"}


def test_a_name_written_again_elsewhere_is_left_as_read() -> None:
    text = "Shops opened in Brackwell and Tamsin Vale. Vale said trade was good."
    names = ("LOCATION", "Brackwell"), ("PERSON", "Tamsin Vale"), ("PERSON", "Vale")
    assert _labels(_doc(text, *names))["Tamsin Vale"] == {"PERSON"}
