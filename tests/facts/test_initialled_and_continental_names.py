"""Persons the tagger reads as bodies: a surname after two undotted initials ("TJ Varno"), and
a full name whose given name is a continental one NLTK's names corpus lacks ("Luka Dravec")."""

from __future__ import annotations

from briefing.facts import gazetteer
from tests.facts.hand_entities import every_occurrence as _doc
from tests.facts.hand_entities import labels as _labels


def test_two_initials_and_a_surname_are_a_person() -> None:
    text = "The hosts moved Ben Orlo to the bench, to allow TJ Varnoke to start on the wing."
    doc = _doc(text, ("PERSON", "Ben Orlo"), ("ORGANIZATION", "TJ Varnoke"))
    assert _labels(doc)["TJ Varnoke"] == {"PERSON"}


def test_initials_standing_alone_elsewhere_keep_the_body() -> None:
    text = "KV Treslan posted higher sales on Monday. KV said its new plant would open soon."
    doc = _doc(text, ("ORGANIZATION", "KV Treslan"), ("ORGANIZATION", "KV"))
    assert _labels(doc)["KV Treslan"] == {"ORGANIZATION"}


def test_initials_of_a_place_keep_the_club() -> None:
    text = "The striker scored twice for LA Norvens in their win over the visitors on Sunday."
    doc = _doc(text, ("ORGANIZATION", "LA Norvens"))
    assert _labels(doc)["LA Norvens"] == {"ORGANIZATION"}


def test_initials_before_a_first_name_keep_the_bank() -> None:
    text = "Shares of JP Harold rose on Friday after the bank raised its forecast for the year."
    doc = _doc(text, ("ORGANIZATION", "JP Harold"))
    assert _labels(doc)["JP Harold"] == {"ORGANIZATION"}


def test_continental_given_names_are_first_names() -> None:
    assert gazetteer.first_name("Luka") and gazetteer.first_name("Yannick")


def test_a_continental_given_name_opens_a_persons_name() -> None:
    text = "The minister met Nemanja Dravec, the head of the farm union, in the capital."
    doc = _doc(text, ("ORGANIZATION", "Nemanja Dravec"))
    assert _labels(doc)["Nemanja Dravec"] == {"PERSON"}
