"""Round 43 (second wave): a government's level before a portfolio office ("the state Health
Minister", "The Federal Environment Minister") is part of the role, and the office's words
found by the tagger as a person or a body make no actor."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.places import extract_places
from briefing.nlp import analyse
from briefing.nlp.text import _portfolio_office_span


def _actors(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {a.name: (a.type, a.roles) for a in extract_actors(analyse(text))}


def test_state_office_set_off_before_a_name() -> None:
    actors = _actors("The state Health Minister, Orla Venn, has welcomed the plan for Tarnby.")
    assert "Health Minister" not in actors
    assert actors["Orla Venn"] == ("person", ("state Health Minister",))


def test_federal_office_is_no_body() -> None:
    actors = _actors("The Federal Transport Minister, Davin Oskel, disagreed with the plan.")
    assert "Federal Transport" not in actors
    assert actors["Davin Oskel"] == ("person", ("Federal Transport Minister",))


def test_bare_state_office_is_no_person() -> None:
    text = "Orla Venn spoke first. Then the state Health Minister said more would follow."
    actors = _actors(text)
    assert "Health Minister" not in actors


def test_a_person_span_opening_with_an_office_starts_at_the_name() -> None:
    words = ["the", "state", "Health", "Minister", "Orla", "Venn", "said"]
    assert _portfolio_office_span(words, 2, 6, "PERSON") == 4
    assert _portfolio_office_span(words, 2, 4, "PERSON") == 4


def test_a_body_ending_in_a_portfolio_stays_without_an_office_after() -> None:
    words = ["the", "Federal", "Health", "Board", "said"]
    assert _portfolio_office_span(words, 1, 4, "ORGANIZATION") == 1
    words = ["the", "Treasury", "Secretary", "said"]
    assert _portfolio_office_span(words, 1, 2, "ORGANIZATION") == 1


def test_a_region_after_across_is_a_place_before_a_date_range() -> None:
    text = "Two roofers who cheated pensioners across Devon between March and June were fined."
    places = {p.name: p.country for p in extract_places(analyse(text))}
    assert places.get("Devon") == "United Kingdom"


def test_a_club_a_player_left_is_no_place() -> None:
    text = "Tarik Olsen signed from Harbour Palace for £35million last year."
    assert "Harbour Palace" not in {p.name for p in extract_places(analyse(text))}


def test_a_palace_visited_stays_a_place() -> None:
    text = "The tourists moved slowly through Vennick Palace in the summer heat."
    assert "Vennick Palace" in {p.name for p in extract_places(analyse(text))}


def test_an_unknown_island_after_a_people_word_takes_its_country() -> None:
    text = "Ana Berg spent the summer on the Greek island of Velmora with her family."
    places = {p.name: p.country for p in extract_places(analyse(text))}
    assert places.get("Velmora") == "Greece"


def test_an_agency_programme_the_tagger_left_is_a_body() -> None:
    text = "Aid came late. The United Nations' World Grain Programme said convoys would arrive."
    assert _actors(text).get("World Grain Programme", ("",))[0] == "organization"


def test_a_trade_named_agent_after_by_is_a_firm() -> None:
    text = "The thriller opens next month. It is distributed in Norland by Quillmere Films."
    assert _actors(text).get("Quillmere Films", ("",))[0] == "organization"


def test_a_trade_firm_head_alone_later_is_the_firm() -> None:
    text = (
        "The thriller opens next month. It is distributed in Norland by Quillmere Films.\n\n"
        "Quillmere said the film would open on 300 screens."
    )
    actors = _actors(text)
    assert "Quillmere" not in actors
    assert actors["Quillmere Films"][0] == "organization"


def test_federal_treasurer_and_lower_case_federal_roles() -> None:
    text = (
        "The Federal Treasurer, Davin Oskel, said money was set aside. "
        "The federal Health Minister Orla Venn said she would visit."
    )
    actors = _actors(text)
    assert actors["Davin Oskel"] == ("person", ("Federal Treasurer",))
    assert actors["Orla Venn"] == ("person", ("federal Health Minister",))
    assert _portfolio_office_span(["the", "State", "Police", "said"], 1, 3, "ORGANIZATION") == 1
