"""Speakers named by a family name that opens their full name (Chinese order): "Mr Tay" and
"Madam Lau" are the people named "Tay Kok Weng" and "Lau Mei Fen" before."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.facts.quotes.speakers import _family_first
from tests.facts.hand_entities import every_occurrence as _doc


def test_a_three_word_name_without_a_listed_given_name_opens_with_its_family_name() -> None:
    assert _family_first("Tay Kok Weng") == "Tay"
    assert _family_first("Maria Tay Lind") == ""
    assert _family_first("Kok Weng") == ""


def test_a_titled_family_name_is_the_speaker_named_in_full_before() -> None:
    text = (
        "The agency's chief executive Tay Kok Weng spoke on Monday. "
        '"We are working with every contractor to limit the delays," Mr Tay said.'
    )
    doc = _doc(text, ("PERSON", "Tay Kok Weng"), ("PERSON", "Tay"))
    (quote,) = extract_quotes(doc, extract_actors(doc))
    assert quote.speaker == "Tay Kok Weng"


def test_madam_is_a_title_before_a_family_name() -> None:
    text = (
        "Pensioner Lau Mei Fen, 71, lives near the new line. "
        '"At my age, two more years is a long time to wait," said Madam Lau.'
    )
    doc = _doc(text, ("PERSON", "Lau Mei Fen"), ("PERSON", "Madam Lau"))
    kinds = {a.name: a.type for a in extract_actors(doc)}
    assert kinds == {"Lau Mei Fen": "person"}
    (quote,) = extract_quotes(doc, extract_actors(doc))
    assert quote.speaker == "Lau Mei Fen"
