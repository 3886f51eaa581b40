"""Wire and company copy of the TimeBank kind (the fortieth round's fifth TimeBank set), read
in invented articles: a Finnish legal form in a firm's name, a firm named after its owner
saying something, a national government described after a firm is named, a movement's second
spelling, a broadcast sign-off "for" the outlet, a deadline in a past perfect, a faith's word
before a road, a town before "-based" beside a university named for it (invented
sentences)."""

from __future__ import annotations

from datetime import date

from briefing.facts.actors import extract_actors
from briefing.facts.dates import extract_dates
from briefing.facts.places import extract_places
from briefing.facts.quotes import extract_quotes
from briefing.model import Actor, Quote
from briefing.nlp import analyse


def _actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(analyse(text))}


def _places(text: str) -> set[str]:
    return {p.name for p in extract_places(analyse(text))}


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
    assert actors["Tarmo Kivelin"].affiliation == "Oy Norvala"


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


def test_two_spellings_of_one_movement_make_one_row() -> None:
    text = (
        "Aid workers in Kandahar met officials of the Taleban government on Monday. "
        "The Taliban later barred women from the clinics, a doctor in Quetta said."
    )
    bodies = [a for a in extract_actors(analyse(text)) if a.type == "organization"]
    assert [(a.name, a.aliases) for a in bodies] == [("Taliban", ("Taleban",))]


def test_a_reporter_for_the_outlet_signing_off_leaves_no_body() -> None:
    text = (
        "Floods have closed the main road into Valby for a third day, and farmers say the "
        "harvest is lost. Tove Marsk reports.\n\n"
        "The water rose overnight and cut the town off from the hills.\n\n"
        "Tove Marsk for Norcast News, Valby."
    )
    names = {a.name for a in extract_actors(analyse(text))}
    assert "Norcast News" not in names
    assert "Tove Marsk" in names


def test_a_deadline_in_a_past_perfect_is_behind() -> None:
    text = "The bid now runs to Nov. 20. It had been due to lapse on Friday evening."
    values = {d.text: d.value for d in extract_dates(analyse(text), date(1989, 10, 30))}
    assert values["Friday evening"] == "1989-10-27TEV"
    ahead = "The offer is due to expire Friday evening."
    values = {d.text: d.value for d in extract_dates(analyse(ahead), date(1989, 10, 30))}
    assert values["Friday evening"] == "1989-11-03TEV"


def test_a_faiths_word_before_a_road_is_no_part_of_its_name() -> None:
    text = (
        "Hundreds of marchers crowded into Portadown's Catholic Varrick Road on Sunday "
        "to hear speakers call for talks."
    )
    assert "Varrick Road" in _places(text)
    assert "Catholic Varrick Road" not in _places(text)


def test_a_town_before_based_stays_a_place_beside_its_university() -> None:
    text = (
        "Two bidders raised their offers for the Toronto-based maker of vaccines on Friday.\n\n"
        "A lawsuit brought by the University of Toronto against the maker was put off."
    )
    assert "Toronto" in _places(text)


def test_marching_orangemen_are_no_body() -> None:
    text = (
        "More than 900 residents rallied in Varrick on Sunday against the yearly parades by "
        "the Orange Order, the region's biggest Protestant fraternal group. The flashpoint is "
        "Varrick, where Orangemen march each July from a rural church back into town."
    )
    names = set(_actors(text))
    assert "Orangemen" not in names
    assert "Orange Order" in names
