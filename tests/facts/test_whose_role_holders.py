"""The person set off after a whose-clause's role (`Harbour Trust, whose chief executive, Jo
Lind, hailed the ruling as "…"`) is the one who weaves the partial quote (invented
sentences)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse

_OPENING = "The court in Valby ruled for Norbank on Monday.\n\n"


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_the_holder_of_a_whose_role_weaves_the_words() -> None:
    text = _OPENING + (
        "The ruling was backed by Harbour Trust, whose chief executive, Jo Lind, hailed "
        'the ruling as "a good day for the port". The appeal is in May.\n'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Jo Lind"
