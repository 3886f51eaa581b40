"""Places and ranks a reader checks in fresh copy of every newsroom: a town the tagger read as a
body or a person where its country, street or place noun places it, a river after "the", the
country that places a town, and a police constable's rank before a name."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.places import extract_places
from briefing.model import Doc
from briefing.nlp import analyse
from tests.facts.test_person_place_kinds import _doc


def _places(doc: Doc) -> dict[str, str | None]:
    return {p.name: p.country for p in extract_places(doc)}


def _kinds(doc: Doc) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(doc)}


def test_two_towns_and_their_country_read_as_a_body_are_two_places() -> None:
    doc = _doc(
        "The new ferry will sail between Arnholt and Kelby, Northern Ireland, next summer.",
        ("ORGANIZATION", "Arnholt and Kelby"),
        ("LOCATION", "Northern Ireland"),
    )
    places = _places(doc)
    assert {"Arnholt", "Kelby"} <= set(places)
    assert not [n for n, t in _kinds(doc).items() if t != "person" and n != "Northern Ireland"]


def test_the_country_of_a_town_is_no_party_to_between() -> None:
    doc = _doc(
        "The new ferry will sail between Arnholt and Kelby, Northern Ireland, next summer.",
        ("ORGANIZATION", "Arnholt and Kelby"),
        ("LOCATION", "Northern Ireland"),
    )
    assert "Northern Ireland" not in _kinds(doc)


def test_a_body_named_for_its_town_keeps_its_body_word() -> None:
    doc = _doc(
        "He studied at the University of Kelby, Wales, before joining the firm.",
        ("ORGANIZATION", "University of Kelby"),
        ("LOCATION", "Wales"),
    )
    assert _kinds(doc).get("University of Kelby") == "organization"


def test_a_town_after_a_street_and_a_comma_is_no_person() -> None:
    doc = _doc(
        "Dale Vorn, 45, of Mill Lane, Arnholt, admitted theft on Friday.",
        ("PERSON", "Dale Vorn"),
        ("LOCATION", "Mill Lane"),
        ("PERSON", "Arnholt"),
    )
    assert "Arnholt" not in _kinds(doc)
    assert "Arnholt" in _places(doc)


def test_a_speaker_after_a_street_is_still_a_person() -> None:
    doc = _doc(
        "The shop on Mill Lane, Vorn said, had been empty for years.",
        ("LOCATION", "Mill Lane"),
        ("PERSON", "Vorn"),
    )
    assert _kinds(doc).get("Vorn") == "person"


def test_a_name_after_the_capital_and_a_comma_is_the_capital() -> None:
    doc = _doc(
        "The premier spoke to reporters in the capital, Orrvik.",
        ("ORGANIZATION", "Orrvik"),
    )
    assert "Orrvik" in _places(doc)
    assert "Orrvik" not in _kinds(doc)


def test_a_river_after_the_is_a_place_not_a_body() -> None:
    doc = _doc(
        "Kelby, a town on the River Marrow, was flooded in January.",
        ("LOCATION", "Kelby"),
        ("ORGANIZATION", "River Marrow"),
    )
    assert "River Marrow" in _places(doc)
    assert "River Marrow" not in _kinds(doc)


def test_a_trust_named_for_a_river_stays_a_body() -> None:
    doc = _doc(
        "Volunteers from the River Marrow Trust cleared the banks on Sunday.",
        ("ORGANIZATION", "River Marrow Trust"),
    )
    assert _kinds(doc).get("River Marrow Trust") == "organization"


def test_a_town_takes_the_country_of_the_county_after_it() -> None:
    # "Kent" is also the name of American cities; after a town and a comma it is the county.
    doc = _doc(
        "Ada Vorn, 34, from Arnholt, Kent, said she was delighted.",
        ("PERSON", "Ada Vorn"),
        ("LOCATION", "Arnholt"),
        ("LOCATION", "Kent"),
    )
    assert _places(doc).get("Arnholt") == "United Kingdom"


def test_a_constable_rank_before_a_name_is_a_role() -> None:
    doc = analyse(
        "Police appeal for witnesses\n\nDetective Constable Ada Vorn said the van was seen "
        "near the school on Monday night."
    )
    vorn = next(a for a in extract_actors(doc) if a.name == "Ada Vorn")
    assert vorn.roles == ("Detective Constable",)


def test_a_farm_bird_named_in_an_aside_is_no_person() -> None:
    doc = _doc(
        "Neighbour Ada Vorn, who owns the cockerel, called Bramble, was defiant.",
        ("PERSON", "Ada Vorn"),
        ("PERSON", "Bramble"),
    )
    assert _kinds(doc) == {"Ada Vorn": "person"}


def test_a_firm_the_apposition_calls_the_firm_is_no_place() -> None:
    doc = _doc(
        "A spokesman for Kelby Marine, the firm that won the contract, said it was pleased.",
        ("LOCATION", "Kelby Marine"),
    )
    assert _kinds(doc).get("Kelby Marine") == "organization"
    assert "Kelby Marine" not in _places(doc)


def test_a_member_for_a_seat_run_into_the_name_is_the_seat_then_the_member() -> None:
    doc = _doc(
        "Member for Warrick Tessa Wynn says the drought aid came too late.",
        ("PERSON", "Warrick Tessa Wynn"),
    )
    assert _kinds(doc) == {"Tessa Wynn": "person"}
    assert "Warrick" in _places(doc)


def test_a_field_between_chief_and_officer_is_part_of_the_office() -> None:
    doc = analyse(
        "Airline cuts jobs\n\nChief Financial Officer Ada Vorn told reporters the cuts would "
        "save money from next year."
    )
    vorn = next(a for a in extract_actors(doc) if a.name == "Ada Vorn")
    assert (vorn.roles, vorn.affiliation) == (("Chief Financial Officer",), None)


def test_an_airline_named_with_air_is_no_person() -> None:
    doc = _doc(
        "Kestrel Air will cut 900 jobs, the airline said on Wednesday.",
        ("PERSON", "Kestrel Air"),
    )
    assert _kinds(doc) == {"Kestrel Air": "organization"}


def test_a_member_described_by_city_and_party_gives_the_city_and_the_party() -> None:
    doc = _doc(
        "State Rep. Ada Vorn, a Cleveland Democrat, called the plan a step backward.",
        ("PERSON", "Ada Vorn"),
        ("ORGANIZATION", "Cleveland Democrat"),
    )
    kinds = _kinds(doc)
    assert "Cleveland Democrat" not in kinds and kinds.get("Democratic Party") == "organization"
    assert "Cleveland" in _places(doc)
