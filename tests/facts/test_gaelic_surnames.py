"""Surnames with a second capital ("McCleeny", "MacRory") are written as names, not as
acronyms: the cues that make a span a person's read them like any other surname. The
articles are our own; entities are given by hand."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.words import name_word
from briefing.nlp import analyse
from tests.facts.hand_entities import every_occurrence as _doc
from tests.facts.hand_entities import labels as _labels


def test_a_gaelic_surname_is_a_name_word_and_letters_are_not() -> None:
    assert name_word("McCleeny") and name_word("MacRory") and name_word("Lind")
    assert not name_word("NASA") and not name_word("McC") and not name_word("Mc-Lind")


def test_a_gaelic_surname_joined_by_and_to_a_person_is_a_person() -> None:
    text = "Two voters, Tyra McCleeny and Brian Andersen, saw the candidate speak."
    doc = _doc(text, ("ORGANIZATION", "Tyra McCleeny"), ("PERSON", "Brian Andersen"))
    assert _labels(doc)["Tyra McCleeny"] == {"PERSON"}


def test_a_gaelic_surname_before_an_age_is_a_person() -> None:
    text = "Critics grilled Tyra MacRory, 34, on Tuesday in Arnby."
    doc = _doc(text, ("ORGANIZATION", "Tyra MacRory"))
    assert _labels(doc)["Tyra MacRory"] == {"PERSON"}


def test_a_lone_gaelic_surname_misprinted_by_one_inner_letter_is_the_same_person() -> None:
    text = "Tyra McCleeny and Brian Andersen came. McLeeny said she would vote. Lars Clarke spoke."
    text += " Clark did not."
    actors = extract_actors(analyse(text))
    names = {a.name: a.aliases for a in actors if a.type == "person"}
    assert names["Tyra McCleeny"] == ("McLeeny",)
    assert "Clark" in names  # not a Gaelic name: maybe another person
