"""A compass word opening a two-word name ("West Halby") makes a side of a place, not a
person, even where "West" is also a given name and the tagger read the name as a body."""

from __future__ import annotations

from tests.facts.hand_entities import every_occurrence, labels


def test_a_compass_led_name_read_as_a_body_is_a_place() -> None:
    doc = every_occurrence(
        "Nine workers at the West Halby, Ore., sawmill fell ill last year.",
        ("ORGANIZATION", "West Halby"),
    )
    assert labels(doc)["West Halby"] == {"LOCATION"}


def test_a_compass_led_name_cut_before_a_capitalised_word_is_left_as_read() -> None:
    doc = every_occurrence(
        "Traffic on the West Halby Parkway slowed to a crawl.", ("ORGANIZATION", "West Halby")
    )
    assert labels(doc)["West Halby"] != {"LOCATION"}
