"""A sentence opened by a plural group, maybe after a fronted phrase, whose clause goes on with
an -ing verb of saying (`In May, several unions sued the port, saying its fees were "…"`) weaves
in the group's words: described, nobody named; a courtesy title's full stop inside the clause
ends no sentence."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse

_LEAD = "Mayor Tobin Greave runs the old harbour company in Tarrowin.\n\n"


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_a_group_after_a_fronted_phrase_is_described() -> None:
    text = _LEAD + (
        "In August, several river groups granted Mr. Greave more time to clean the docks, "
        'saying his "cash at the start was less than he had hoped."'
    )
    quote = _quotes(text)[-1]
    assert (quote.speaker, quote.description) == (None, "several river groups")


def test_a_named_subject_is_no_group() -> None:
    text = _LEAD + (
        "In August, Olwen Tarrant granted Mr. Greave more time to clean the docks, "
        'saying his "cash at the start was less than he had hoped."'
    )
    assert _quotes(text)[-1].description is None
