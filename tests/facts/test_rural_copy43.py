"""Round 43, ABC rural copy (abcr4): a member named straight after the body's name."""

from __future__ import annotations

from briefing.facts.actors import _given_name_and_event_surname, extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Actor, Entity
from briefing.nlp import analyse

_STORY = (
    "Pear growers at Tullick say they will keep their fruit at home.\n"
    "NL delegate on the Norland Pear Growers Council Rob Day says they will keep supplying "
    "local shops.\n"
    '"We have loyal buyers here and we will stay with them," he said.\n'
)


def _actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(analyse(text))}


def test_person_run_into_a_body_name_is_cut_out() -> None:
    actors = _actors(_STORY)
    assert actors["Rob Day"].type == "person"
    assert actors["Norland Pear Growers Council"].type == "organization"


def test_quote_after_body_and_member_goes_to_the_member() -> None:
    doc = analyse(_STORY)
    quotes = extract_quotes(doc, extract_actors(doc))
    assert [q.speaker for q in quotes] == ["Rob Day"]


def test_given_name_with_event_surname_is_a_person() -> None:
    person = Entity("PERSON", "Lena Day", 0, 8, 0, 0, 2)
    assert _given_name_and_event_surname(person, ["Lena", "Day"])
    assert not _given_name_and_event_surname(person, ["May", "Day"])


def test_holiday_opened_by_a_given_name_stays_out() -> None:
    actors = _actors("Growers at Tullick rest on May Day, the Norland Pear Growers Council says.")
    assert "May Day" not in actors


def test_two_fields_and_a_country_name_one_industry_body() -> None:
    actors = _actors(
        "Exporters say bodies like Fruit and Orchard Australia would run the new levy scheme. "
        "Growers at Tullick agree."
    )
    assert "Fruit and Orchard Australia" in actors
    assert "Fruit" not in actors


def test_letters_of_a_scheme_name_no_body() -> None:
    actors = _actors(
        "A new report doubts the Norland Water Initiative (NWI) can fix the drought at Tullick. "
        "The Valby Growers Council says the NWI is late."
    )
    assert "NWI" not in actors and "Norland Water Initiative" not in actors


def test_central_business_district_is_no_actor() -> None:
    actors = _actors("The Norland Pear Growers Council says CBD customers pay less for rent.")
    assert "CBD" not in actors


def test_named_deed_is_a_document_not_a_body() -> None:
    actors = _actors(
        "Growers signed the Valby Pest Response Deed under Orchard Health Norland last year, "
        "the Norland Pear Growers Council says."
    )
    assert "Valby Pest Response Deed" not in actors


def test_district_canegrowers_before_a_role_is_one_body() -> None:
    actors = _actors(
        "Local canegrowers are angry at Tullick. "
        "Isis Canegrowers chairman Rob Varna says the cut hurts."
    )
    assert actors["Rob Varna"].type == "person"
    assert actors["Isis Canegrowers"].type == "organization"
    assert "Islamic State" not in actors


def test_telephone_company_is_a_body() -> None:
    actors = _actors(
        "Country people were promised parity while the Telstra float was being planned."
    )
    assert actors["Telstra"].type == "organization"


_UNOPENED = (
    "Tullick pear growers expect a smaller crop.\n\n"
    "Council chairman Rob Varna says the frost came late.\n\n"
    '"We lost a third of the blossom in one night and the rest came through thin.\n\n'
    'Still the fruit that set is sound and the buyers at Valby will take every crate."\n\n'
    "The harvest starts next month.\n"
)


def test_paragraph_closing_a_quote_left_open_is_its_continuation() -> None:
    doc = analyse(_UNOPENED)
    quotes = extract_quotes(doc, extract_actors(doc))
    texts = [q.text for q in quotes]
    assert any(t.startswith("Still the fruit") for t in texts)
    assert {q.speaker for q in quotes} == {"Rob Varna"}


def test_place_listed_after_a_plural_of_bodies_is_a_body() -> None:
    actors = _actors(
        "Shares fell yesterday, with mining companies like Valco Minerals and Rio Tinto the "
        "hardest hit, analysts at Tullick say."
    )
    assert actors["Rio Tinto"].type == "organization"
