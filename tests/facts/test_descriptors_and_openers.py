"""Capitalised common words read into people's names: a descriptor glued before a full name
("Neighbour Anja Kesk") and a lone word opening a sentence ("Whichever, she said")."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from tests.facts.hand_entities import every_occurrence


def _kinds(text: str, *names: tuple[str, str]) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(every_occurrence(text, *names))}


def test_a_common_noun_before_a_full_name_is_a_descriptor() -> None:
    text = "Neighbour Anja Kesk said she saw the boat tip over near the pier."
    kinds = _kinds(text, ("ORGANIZATION", "Neighbour Anja Kesk"))
    assert kinds == {"Anja Kesk": "person"}


def test_a_capitalised_noun_after_an_adjective_before_a_full_name_is_a_descriptor() -> None:
    text = "The boy was carried out of the river by good Samaritan Tomas Verlund on Sunday."
    kinds = _kinds(text, ("PERSON", "Samaritan Tomas Verlund"))
    assert kinds == {"Tomas Verlund": "person"}


def test_a_first_name_before_a_full_name_is_not_cut() -> None:
    text = "The jury heard from Will Tomas Verlund, who ran the ferry for ten years."
    assert "Will Tomas Verlund" in _kinds(text, ("PERSON", "Will Tomas Verlund"))


def test_a_lone_word_opening_a_sentence_before_a_comma_and_pronoun_is_no_person() -> None:
    text = "Ola Kaspersen may be 50 or 51. Whichever, she said, the ferries will sail."
    kinds = _kinds(text, ("PERSON", "Ola Kaspersen"), ("PERSON", "Whichever"))
    assert kinds == {"Ola Kaspersen": "person"}


def test_a_lone_word_opening_a_sentence_before_and_an_adjective_is_no_person() -> None:
    text = "Sleet and driving winds closed the harbour, Ola Kaspersen said."
    kinds = _kinds(text, ("PERSON", "Ola Kaspersen"), ("PERSON", "Sleet"))
    assert kinds == {"Ola Kaspersen": "person"}


def test_a_surname_opening_a_sentence_before_a_relative_clause_stays_a_person() -> None:
    text = "Verlund, who runs the ferry line, said the delay would cost money."
    assert _kinds(text, ("PERSON", "Verlund")) == {"Verlund": "person"}


def test_a_surname_the_story_repeats_stays_a_person_when_opening_a_sentence() -> None:
    text = "Kesk and angry neighbours met the mayor. Kesk said the pier was unsafe."
    assert _kinds(text, ("PERSON", "Kesk"))["Kesk"] == "person"
