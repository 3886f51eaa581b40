"""Farm and trade copy of round 45: a firm named for its founders after "X from", the
person's words credited to the person, a connective run into a body's name, a common noun
read as a partner's name, a department's field written in lower case, talks with listed
countries, a region written with its article and a report named for its author, and a
trade's year (invented sentences)."""

from __future__ import annotations

from datetime import date

from briefing.facts.actors import extract_actors
from briefing.facts.dates import extract_dates
from briefing.facts.places import extract_places
from briefing.facts.quotes import extract_quotes
from briefing.nlp import analyse


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(analyse(text))}


_FIRM = (
    "A class action against the wheat trader is expected. Ben Ostrow from Martin Blackwood "
    'Cashel, says the action will raise issues. "The most serious act was in May," he said.'
)


def test_a_name_after_a_person_and_from_is_where_the_person_works() -> None:
    actors = _actors(_FIRM)
    assert actors.get("Martin Blackwood Cashel") == "organization"
    assert actors.get("Ben Ostrow") == "person"


def test_the_pronoun_after_a_firm_named_for_people_is_the_person_s() -> None:
    doc = analyse(_FIRM)
    quotes = extract_quotes(doc, extract_actors(doc))
    assert [q.speaker for q in quotes] == ["Ben Ostrow"]


def test_a_connective_opening_the_sentence_is_no_part_of_a_body_s_name() -> None:
    actors = _actors("Meanwhile Country Party leader Jo Park has played down talk of a deal.")
    assert actors.get("Country Party") == "organization"
    assert "Meanwhile Country Party" not in actors


def test_a_common_noun_before_a_comma_and_a_firm_is_no_partner() -> None:
    text = "If the grain board goes after the Review, Norgrain Limited could claim damages."
    actors = _actors(text)
    assert actors.get("Norgrain Limited") == "organization"
    assert not any(name.startswith("Review") for name in actors)


def test_a_department_s_field_in_lower_case_ends_its_name() -> None:
    text = (
        "According to the Valby department of fisheries, the catch fell. "
        "The VDF says boats stayed in port."
    )
    actors = {a.name: a.aliases for a in extract_actors(analyse(text))}
    assert "Valby department of" not in actors
    assert "VDF" in actors.get("Valby department of fisheries", ())


def test_talks_under_way_with_listed_countries_make_each_a_state() -> None:
    text = "We have a busy agenda, with negotiations well under way with Norway and Sweden."
    states = {a.name for a in extract_actors(analyse(text)) if a.type == "state"}
    assert states == {"Norway", "Sweden"}


def test_talks_with_two_countries_make_both_states() -> None:
    text = "The minister said talks with Norway and Sweden would resume."
    states = {a.name for a in extract_actors(analyse(text)) if a.type == "state"}
    assert states == {"Norway", "Sweden"}


def test_a_known_place_after_an_article_is_no_person() -> None:
    doc = analyse("The Kimberley could grow far more fruit, growers say.")
    assert "Kimberley" not in {a.name for a in extract_actors(doc)}
    assert {p.name: p.country for p in extract_places(doc)}.get("Kimberley") == "Australia"


def test_a_report_named_for_its_author_after_a_body_s_letters_is_no_part_of_the_body() -> None:
    actors = _actors("Sales fell after the UN Lindqvist report on alleged kickbacks led to a ban.")
    assert actors.get("UN") == "organization"
    assert "UN Lindqvist" not in actors


def test_a_trade_s_year_named_from_now_is_a_date_with_no_calendar_value() -> None:
    doc = analyse("Valby sold more oats last marketing year than in the past financial year.")
    found = [(d.text, d.value) for d in extract_dates(doc, date(2006, 3, 1))]
    assert ("last marketing year", None) in found
    assert not any("financial" in text for text, _ in found)  # "the past ...": a duration
