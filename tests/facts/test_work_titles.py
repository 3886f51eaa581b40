"""Titles of works (films, shows, games, books) the tagger reads as people, bodies or
places: the cues a reader of entertainment and technology copy uses.

The articles are our own. Entities are given by hand, every occurrence of each surface.
"""

from __future__ import annotations

from briefing.facts.kinds import classify
from briefing.model import Doc
from tests.facts.test_firm_kinds import _doc


def _names(doc: Doc) -> set[str]:
    return {e.text for e in classify(doc).entities}


def test_names_listed_after_a_plural_kind_and_such_as_are_titles_everywhere() -> None:
    text = (
        "Jo Park made games such as Harbour Keeper, Tin Valley and Red Moss. "
        "Tin Valley sold well in Norland."
    )
    doc = _doc(
        text,
        ("PERSON", "Jo Park"),
        ("PERSON", "Harbour Keeper"),
        ("LOCATION", "Tin Valley"),
        ("LOCATION", "Red Moss"),
        ("LOCATION", "Norland"),
    )
    assert _names(doc) == {"Jo Park", "Norland"}


def test_a_genre_before_a_name_makes_it_a_title() -> None:
    text = "Third was the festive comedy Winter With The Berglunds, starring Al Berg."
    doc = _doc(text, ("ORGANIZATION", "Berglunds"), ("PERSON", "Al Berg"))
    assert _names(doc) == {"Al Berg"}


def test_a_name_opening_the_next_clause_or_a_person_stays() -> None:
    text = (
        "Fans missed the game Valby won. On the Sunday programme Mr Lind said he was "
        "sorry. Scroll down for video Jo Park (left) leaves court."
    )
    doc = _doc(text, ("LOCATION", "Valby"), ("PERSON", "Mr Lind"), ("PERSON", "Jo Park"))
    assert _names(doc) == {"Valby", "Mr Lind", "Jo Park"}


def test_a_place_inside_a_title_stays_a_place_elsewhere() -> None:
    text = "She starred in films including Gangs of Valby. She grew up in Valby."
    doc = _doc(text, ("LOCATION", "Valby"))
    assert [e.start for e in classify(doc).entities] == [text.rindex("Valby")]


def test_a_capitalised_run_with_a_pronoun_mid_sentence_is_a_title() -> None:
    text = "The prize went to Harbour Folk, beating Mind Your Step and Tin Valley. Jo and I left."
    doc = _doc(
        text, ("ORGANIZATION", "Harbour Folk"), ("PERSON", "Mind Your Step"), ("PERSON", "Jo")
    )
    assert _names(doc) == {"Harbour Folk", "Jo"}


def test_a_place_alone_in_marks_beside_other_titles_or_a_possessive_is_a_title() -> None:
    text = 'The band played "Norhaven" or "Sudby Rain", then Jo Park\'s "Tin River" in Valby.'
    doc = _doc(text, ("LOCATION", "Norhaven"), ("LOCATION", "Tin River"), ("LOCATION", "Valby"))
    assert _names(doc) == {"Valby"}


def test_a_place_alone_in_marks_beside_a_work_noun_is_a_title() -> None:
    text = 'Her new song "Norhaven" was recorded in Valby.'
    doc = _doc(text, ("LOCATION", "Norhaven"), ("LOCATION", "Valby"))
    assert _names(doc) == {"Valby"}


def test_a_place_alone_in_marks_without_a_work_cue_stays_a_place() -> None:
    text = 'Sheep from the "Norhaven" station were sold in Valby.'
    doc = _doc(text, ("LOCATION", "Norhaven"), ("LOCATION", "Valby"))
    assert _names(doc) == {"Norhaven", "Valby"}


def test_a_place_in_marks_after_a_reporting_verb_stays() -> None:
    text = 'The crowd shouted "Norhaven" or "Valby" as the song ended.'
    doc = _doc(text, ("LOCATION", "Norhaven"), ("LOCATION", "Valby"))
    assert _names(doc) == {"Norhaven", "Valby"}


def test_a_name_after_a_work_noun_before_a_bare_verb_is_a_title() -> None:
    text = "Writer Mia Holt has seen her novel Tarn Hollow win the Norbury Prize."
    doc = _doc(text, ("PERSON", "Mia Holt"), ("LOCATION", "Tarn Hollow"))
    assert _names(doc) == {"Mia Holt"}


def test_a_plural_name_after_a_capital_the_inside_a_sentence_is_an_act() -> None:
    text = "Guests include Rob Kell of The Moss Wheels and singer Ana Berg."
    doc = _doc(text, ("PERSON", "Rob Kell"), ("PERSON", "Moss Wheels"), ("PERSON", "Ana Berg"))
    kinds = {e.text: e.label for e in classify(doc).entities}
    assert kinds == {"Rob Kell": "PERSON", "Moss Wheels": "ORGANIZATION", "Ana Berg": "PERSON"}
