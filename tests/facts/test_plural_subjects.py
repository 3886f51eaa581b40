"""A one-word name made a plural subject in a sports report ("Melita have won") is a team in
British copy, as no one writes a person so; a name with another subject, or none, stays a
person, and outside sports copy the name is left as read."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.model import Doc
from tests.facts.hand_entities import every_occurrence, labels


def _kinds(doc: Doc) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(doc)}


def test_a_name_before_a_plural_verb_is_a_body() -> None:
    text = "Melita have won the league again after a 2-1 win. The coach said Melita are stronger."
    doc = every_occurrence(text, ("PERSON", "Melita"))
    assert labels(doc)["Melita"] == {"ORGANIZATION"}
    assert _kinds(doc) == {"Melita": "organization"}


def test_one_of_two_subjects_before_a_plural_verb_stays_a_person() -> None:
    doc = every_occurrence(
        "Ana Osk and Lind have left the club after a 2-1 defeat, the coach said.",
        ("PERSON", "Ana Osk"),
        ("PERSON", "Lind"),
    )
    assert labels(doc)["Lind"] == {"PERSON"}


def test_a_name_in_a_question_before_have_stays_a_person() -> None:
    doc = every_occurrence("Does Tove have a chance? Tove, 20, scored twice.", ("PERSON", "Tove"))
    assert labels(doc)["Tove"] == {"PERSON"}


def test_a_surname_of_a_full_name_before_a_plural_verb_stays_a_person() -> None:
    doc = every_occurrence(
        "Ana Melita joined in May. She and Melita have since met twice.",
        ("PERSON", "Ana Melita"),
        ("PERSON", "Melita"),
    )
    assert labels(doc)["Melita"] == {"PERSON"}


def test_a_name_after_a_sentence_opening_adverb_before_a_plural_verb_is_a_body() -> None:
    doc = every_occurrence("Now Melita have won the league after a 3-0 win.", ("PERSON", "Melita"))
    assert labels(doc)["Melita"] == {"ORGANIZATION"}


def test_a_titled_name_before_a_plural_verb_stays_a_person() -> None:
    doc = every_occurrence(
        "Mr Lind are you sure? the coach asked after the 2-1 defeat.", ("PERSON", "Lind")
    )
    assert labels(doc)["Lind"] == {"PERSON"}


def test_a_plural_name_before_a_plural_verb_is_left_as_read() -> None:
    doc = every_occurrence(
        "Dorpers are hardy, the coach said after the 2-1 win.", ("PERSON", "Dorpers")
    )
    assert labels(doc)["Dorpers"] == {"PERSON"}


def test_a_name_before_a_plural_verb_outside_sports_copy_is_left_as_read() -> None:
    doc = every_occurrence("Melita are hardy sheep, the farmer said.", ("PERSON", "Melita"))
    assert labels(doc)["Melita"] == {"PERSON"}
