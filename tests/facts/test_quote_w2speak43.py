"""Round 43 (second wave) speaker rules read from invented copy: a quote whose sentence runs on
far past the mark before its named subject and verb end it; ..."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_a_long_run_on_before_a_body_and_its_initials_names_the_body() -> None:
    text = (
        'Velmoran trade picks up\n\nVelmoran trade grew last year, but "patient and steady '
        'work" is still needed to keep the northern ports busy, the Ostby Harbour Board (OHB) '
        "has said.\n\nAn OHB team wrote the findings after a week of talks.\n"
    )
    (quote,) = _quotes(text)
    assert quote.speaker == "Ostby Harbour Board"


def test_a_long_run_on_before_a_person_and_has_said_names_the_person() -> None:
    text = (
        'Velmar market reopens\n\nThe old market square needs "a fresh start and new stalls" to '
        "bring shoppers back after the long winter closures, Ana Lindqvist has said.\n"
    )
    (quote,) = _quotes(text)
    assert quote.speaker == "Ana Lindqvist"
