"""A name inside a phrase set off after another person ("Jo Park, an aide to Mr. Lund,
said") does not take the verb after the phrase, so a later "he said" is the first person's.
The sentences are our own."""

from __future__ import annotations

from tests.facts.test_quotes import _quotes


def test_an_aide_to_a_titled_name_keeps_he_for_the_aide() -> None:
    quotes = _quotes(
        "Mr. Brandvik, who leads the count, has said the race is close. Ivar Holmsen, a "
        "senior adviser to Mr. Brandvik, said on Tuesday that his team would never deceive "
        'voters. "If no path to victory remains, we will say so plainly," he said.'
    )
    assert [q.speaker for q in quotes] == ["Ivar Holmsen"]


def test_a_supporter_of_a_titled_name_keeps_he_for_the_supporter() -> None:
    quotes = _quotes(
        "The ministry set out the new rule on Monday. Tomas Lindqvist, a member of the "
        "drivers' union and a supporter of Mr. Okafor, said he already received extra pay, "
        'but favored the rule. "I have friends who are taken advantage of," he said.'
    )
    assert [q.speaker for q in quotes] == ["Tomas Lindqvist"]


def test_a_relative_clause_naming_another_keeps_he_for_its_subject() -> None:
    quotes = _quotes(
        "The ministry set out the new rule on Monday. Tomas Lindqvist, a driver from Orrin, "
        "who backs Mr. Okafor, said he already received extra pay. "
        '"I have friends who are taken advantage of," he said.'
    )
    assert [q.speaker for q in quotes] == ["Tomas Lindqvist"]


def test_a_name_set_off_after_a_description_takes_the_verb_and_he() -> None:
    quotes = _quotes(
        "Mr. Okafor has courted church voters all month.\n\n"
        "One pastor supporting Mr. Okafor, Aron Vellmark of Harbour Chapel in Orrin, said he "
        "had placed more than 150 calls to fellow ministers. He has printed leaflets on the vote "
        "since last month, he said.\n\n"
        '"Look up your voting hall and go early," he tells his flock.'
    )
    assert [q.speaker for q in quotes] == ["Aron Vellmark"]


def test_an_owner_opening_the_set_off_phrase_does_not_take_the_verb() -> None:
    quotes = _quotes(
        "Mr. Okafor has courted church voters all month.\n\n"
        "Ivar Holmsen, Okafor's campaign chief, said the church vote would decide the race. "
        '"We need every pew," he said.'
    )
    assert [q.speaker for q in quotes] == ["Ivar Holmsen"]
