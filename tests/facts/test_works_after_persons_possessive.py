"""A capitalised name right after a person's "'s" with no body word in it is the person's
work (a film, an album, a book), not an organisation; a firm's name after the mark keeps
its row.

The articles are our own; entities are given by hand so each test pins one rule.
"""

from __future__ import annotations

from tests.facts.hand_entities import every_occurrence as _doc
from tests.facts.hand_entities import labels as _labels


def test_a_persons_film_is_no_organisation() -> None:
    text = "Critics say the prize may go to Tomas Brenner's Silver Harbour Nights this year."
    doc = _doc(text, ("PERSON", "Tomas Brenner"), ("ORGANIZATION", "Silver Harbour Nights"))
    assert "ORGANIZATION" not in _labels(doc).get("Silver Harbour Nights", set())


def test_a_persons_album_of_one_word_is_no_organisation() -> None:
    text = "Sales of Lena Morvik's Quietfall fell in the spring, the shop said."
    doc = _doc(text, ("PERSON", "Lena Morvik"), ("ORGANIZATION", "Quietfall"))
    assert "ORGANIZATION" not in _labels(doc).get("Quietfall", set())


def test_a_persons_firm_named_by_its_last_word_stays() -> None:
    text = "The show was backed by Paul Garrow's Norbank Holdings last year."
    doc = _doc(text, ("PERSON", "Paul Garrow"), ("ORGANIZATION", "Norbank Holdings"))
    assert _labels(doc)["Norbank Holdings"] == {"ORGANIZATION"}


def test_a_bodys_possessive_leaves_the_name_after_it() -> None:
    text = "The show was backed by Norbank's Quietfall Lending on Monday."
    doc = _doc(text, ("ORGANIZATION", "Norbank"), ("ORGANIZATION", "Quietfall Lending"))
    assert _labels(doc).get("Quietfall Lending") == {"ORGANIZATION"}


def test_a_players_town_club_after_his_possessive_stays() -> None:
    text = "He will be replaced by Jo Lind's Newcastle team mate Ola Vik."
    doc = _doc(text, ("PERSON", "Jo Lind"), ("ORGANIZATION", "Newcastle"), ("PERSON", "Ola Vik"))
    assert "Newcastle" in _labels(doc)


def test_a_body_named_with_for_after_a_persons_possessive_stays() -> None:
    text = "Police held forty members of Ana Berg's League for Harbour Reform on Monday."
    doc = _doc(text, ("PERSON", "Ana Berg"), ("ORGANIZATION", "League for Harbour Reform"))
    assert _labels(doc)["League for Harbour Reform"] == {"ORGANIZATION"}
