"""A full name the tagger reads as a body right after a relation and a comma ("his sister,
Tevka Vask-Tamm"), or after a person's role word even in a match report, names a person."""

from __future__ import annotations

from tests.facts.hand_entities import every_occurrence, labels


def test_a_name_after_a_relation_and_a_comma_is_a_person() -> None:
    doc = every_occurrence(
        "The fire killed Jarl Vask, 40, and his sister, Tevka Vask-Tamm, at home in Valby.",
        ("PERSON", "Jarl Vask"),
        ("ORGANIZATION", "Tevka Vask-Tamm"),
    )
    assert labels(doc)["Tevka Vask-Tamm"] == {"PERSON"}


def test_a_name_with_inner_particles_after_a_relation_is_a_person() -> None:
    doc = every_occurrence(
        "Kesto's mother, Zorvid de la Vorn, recalled the crossing.",
        ("ORGANIZATION", "Zorvid de la Vorn"),
    )
    assert labels(doc)["Zorvid de la Vorn"] == {"PERSON"}


def test_a_body_after_a_relation_and_a_comma_stays_a_body() -> None:
    doc = every_occurrence(
        "She thanked her neighbour, Valby Harbour Trust, for the boat.",
        ("ORGANIZATION", "Valby Harbour Trust"),
    )
    assert labels(doc)["Valby Harbour Trust"] == {"ORGANIZATION"}


def test_a_name_after_referee_in_a_match_report_is_a_person() -> None:
    doc = every_occurrence(
        "Valby beat Norby 2-1 on Saturday. Visiting referee Tevka Vask sent off two players.",
        ("ORGANIZATION", "Valby"),
        ("ORGANIZATION", "Norby"),
        ("ORGANIZATION", "Tevka Vask"),
    )
    assert labels(doc)["Tevka Vask"] == {"PERSON"}
