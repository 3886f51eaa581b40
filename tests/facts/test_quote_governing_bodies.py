"""A source named by its governing role (`the sport's governing body said`, `A statement from
European handball's governing body read:`): the one body the story shows punishing or ordering
others about before the quote; a description when none does, or two do."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse

_LEAD = (
    "Valdoria have been handed a walkover win after a tense qualifier in Kestrel. The HUN has "
    "ordered Ostria to play its next two home games behind closed doors.\n\n"
)
_RULING = "'The disciplinary panel met today and has decided to declare the match forfeited.'"


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_a_statement_from_an_owned_governing_body_is_the_body_that_ordered() -> None:
    text = _LEAD + "A statement from European handball's governing body read: " + _RULING
    (q,) = _quotes(text)
    assert (q.speaker, q.description) == ("HUN", None)


def test_the_sports_governing_body_after_the_quote_is_the_body_that_ordered() -> None:
    text = _LEAD + "'We expect every club to pay its fine,' the sport's governing body said."
    (q,) = _quotes(text)
    assert q.speaker == "HUN"


def test_a_governing_body_stays_a_description_when_no_body_ruled_before() -> None:
    text = (
        "Valby Rovers lost their home game to Ostria on Saturday. The Rovers coach left "
        "early.\n\nA statement from the sport's governing body read: " + _RULING
    )
    (q,) = _quotes(text)
    assert q.speaker is None
    assert q.description == "A statement from the sport's governing body"


def test_a_governing_body_stays_a_description_when_two_bodies_ruled_before() -> None:
    text = (
        "The HUN has fined Ostria. The Valdoria Handball League has banned two Ostria "
        "players.\n\nA statement from the governing body read: " + _RULING
    )
    (q,) = _quotes(text)
    assert q.speaker is None
