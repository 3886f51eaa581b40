"""Round 44: places in short forms (a street's abbreviation, a city's initials, the Irish
Republic)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.places import extract_places
from briefing.nlp import analyse


def test_a_street_whose_abbreviation_closes_the_sentence_is_a_place() -> None:
    doc = analyse("Tickets at the Orrin Forum, 40 North Dunmere St.")
    places = {p.name for p in extract_places(doc)}
    assert "North Dunmere St" in places
    assert not any(a.name == "North Dunmere St" for a in extract_actors(doc))


def test_la_is_los_angeles_a_city_row_not_a_body() -> None:
    doc = analyse("Tam Brodie won the top prize at Sunday's awards in LA.")
    places = {p.name: p for p in extract_places(doc)}
    assert places["LA"].type == "city" and places["LA"].country == "United States"
    assert not any(a.name == "LA" for a in extract_actors(doc))


def test_the_irish_republic_is_one_place_row_not_a_town_nor_a_body() -> None:
    text = (
        "Ministers from Ulvard and the Irish Republic met on Monday. "
        "The Irish Republic's prime minister, Tam Brodie, said little."
    )
    doc = analyse(text)
    places = {p.name: p for p in extract_places(doc)}
    assert places["Irish Republic"].country == "Ireland" and "Republic" not in places
    assert not any(a.name in ("Irish Republic", "Republic") for a in extract_actors(doc))


def test_the_islamic_republic_is_a_mention_of_iran() -> None:
    doc = analyse("Iran jailed Tam Brodie for mocking the flag of Iran's Islamic Republic.")
    places = {p.name: p for p in extract_places(doc)}
    assert places["Iran"].mentions == 3 and "Islamic Republic" not in places


def test_downing_st_is_no_10_not_a_person_nor_a_place() -> None:
    doc = analyse("Downing St said the plan for Ulvard would go ahead.")
    assert "Downing St" not in {p.name for p in extract_places(doc)}
    assert {a.name: a.type for a in extract_actors(doc)}.get("Downing Street") == "organization"
