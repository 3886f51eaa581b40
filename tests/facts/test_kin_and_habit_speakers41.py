"""Speakers (round 41): a relation owned by a pronoun and the name after it (`Her husband
Craig told`) is that named person; a habit adverb (`often`, `always`) is no part of the
description of an unnamed source."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


_OPENING = (
    "Tova Marrin died at Ellsworth Hospital in Quenby last spring after three visits to its "
    "emergency ward. "
)


def test_a_pronoun_owned_relation_and_a_known_name_is_that_person() -> None:
    (quote,) = _quotes(
        _OPENING + "Her husband Craig told the hearing: 'She kept asking for a second scan.'"
    )
    assert quote.speaker == "Craig"
    assert quote.description is None


def test_a_pronoun_owned_relation_without_a_name_stays_a_description() -> None:
    (quote,) = _quotes(_OPENING + "Her husband told the hearing: 'She kept asking for a scan.'")
    assert quote.speaker is None
    assert quote.description == "Her husband"


def test_often_before_the_verb_is_no_part_of_the_description() -> None:
    (quote,) = _quotes(
        "Dalen Ruthe has farmed the same fields near Pellow for forty years. "
        "Her father often said, 'A field remembers every shortcut.'"
    )
    assert quote.speaker is None
    assert quote.description == "Her father"


def test_always_after_the_quote_is_no_part_of_the_description() -> None:
    (quote,) = _quotes(
        "Dalen Ruthe has farmed the same fields near Pellow for forty years. "
        "'A field remembers every shortcut,' the old foreman always said."
    )
    assert quote.speaker is None
    assert quote.description == "the old foreman"
