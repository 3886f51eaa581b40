"""Wire and company copy of the TimeBank kind (the fortieth round's fifth TimeBank set), read
in invented articles: a Finnish legal form in a firm's name, a firm named after its owner
saying something, a national government described after a firm is named (invented
sentences)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Actor, Quote
from briefing.nlp import analyse


def _actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(analyse(text))}


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_a_finnish_legal_form_makes_a_firm_not_a_person() -> None:
    text = (
        "Creditors of the shipyard Norvala Marine Works Oy agreed on a rescue plan on Monday. "
        "Tarmo Kivelin, a director of Oy Norvala, said the yard would stay open."
    )
    actors = _actors(text)
    assert actors["Oy Norvala"].type == "organization"
    assert actors["Norvala Marine Works Oy"].type == "organization"


def test_a_firm_named_after_its_owner_speaks_not_the_owner() -> None:
    text = (
        "Brannick Holdings Ltd., one of several firms owned by investor Tobias Brannick, said "
        'it "plans to seek control" of Velmora Inc., a packaging maker.'
    )
    quotes = _quotes(text)
    assert [q.speaker for q in quotes] == ["Brannick Holdings Ltd."]


def test_a_national_government_is_not_the_firm_named_before() -> None:
    text = (
        "Velmora Biolab S.A. said it would extend its offer for Quorin Labs to Nov. 6.\n\n"
        'The Norlandic government previously said the offer did not bring enough "public '
        'gain" to the country, and gave Velmora until December to add details.'
    )
    quotes = _quotes(text)
    assert len(quotes) == 1
    assert quotes[0].speaker is None
