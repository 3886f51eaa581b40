"""The derivation of given names of both sexes settled by training copy."""

from __future__ import annotations

from collections import Counter

from training.name_genders import persons, settled

_SAID = frozenset(["said", "says"])


def test_full_name_said_she_settles_the_person() -> None:
    doc = [["Ana", "Berg", "said", "she", "would", "stay"], ["Berg", "left", "Valby"]]
    assert list(persons(doc, {"ana"}, _SAID)) == [("ana", "f")]


def test_courtesy_title_with_the_surname_settles_the_person() -> None:
    doc = [["Jo", "Park", "runs", "Norbank"], ["Mr.", "Park", "left"]]
    assert list(persons(doc, {"jo"}, _SAID)) == [("jo", "m")]


def test_surname_of_two_given_names_settles_nobody() -> None:
    doc = [["Ana", "Berg", "said", "she", "won"], ["Jo", "Berg", "said", "he", "lost"]]
    assert list(persons(doc, {"ana", "jo"}, _SAID)) == []


def test_object_pronoun_after_the_name_is_no_evidence() -> None:
    doc = [["Voters", "met", "Ana", "Berg", "and", "he", "left"]]
    assert list(persons(doc, {"ana"}, _SAID)) == []


def test_a_name_needs_enough_documents_nearly_all_of_one_sex() -> None:
    assert settled(Counter(f=9, m=1)) == "f"
    assert settled(Counter(f=8, m=2)) is None
    assert settled(Counter(m=2)) is None
