"""Business copy of the thirty-ninth round (bbcb3): a spokesman whose surname is a place's
last word, a headline's claim sourced by its lede, a charity named "... Aid", a pact's
letters, a report's title, a unit after a role, and months in lists and reporting periods.
Our own invented text."""

from __future__ import annotations

import dataclasses

from briefing.facts.actors import extract_actors
from briefing.facts.dates import extract_dates
from briefing.facts.kinds import classify
from briefing.facts.quotes import extract_quotes
from briefing.model import Doc, Entity
from briefing.nlp import analyse


def _doc(text: str, label: str, surface: str) -> Doc:
    """`text` analysed, with `surface` (its first mention) as its one entity."""
    doc = analyse(text)
    start = text.index(surface)
    end = start + len(surface)
    s = next(x for x in doc.sentences if x.start <= start < x.end)
    entity = Entity(label, surface, start, end, s.index, *s.token_span(start, end))
    return dataclasses.replace(doc, entities=(entity,))


def _label(text: str, surface: str, label: str = "PERSON") -> str | None:
    entities = classify(_doc(text, label, surface)).entities
    return {e.text: e.label for e in entities}.get(surface)


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(analyse(text))}


def test_a_given_name_and_a_lake_surname_before_a_role_apposition_is_a_person() -> None:
    text = "Mike Lake, a spokesman for Norvaco's lawyers, said the firm would appeal."
    assert _label(text, "Mike Lake") == "PERSON"
    text = '"We will appeal," said Mike Lake, a Norvaco spokesman.'
    assert _label(text, "Mike Lake") == "PERSON"


def test_a_lake_with_a_place_apposition_stays_a_place() -> None:
    text = "Boats left Mike Lake, a resort north of Valbytown, on Sunday."
    assert _label(text, "Mike Lake") == "LOCATION"


def test_a_headline_claim_takes_the_unnamed_source_that_ends_the_lede() -> None:
    text = (
        "Thousands 'to lose quarry jobs'\n\nThousands of quarry workers in Norvland will lose"
        " their jobs next year, a union has warned.\n\nThe Valby Stone Union said the closures"
        " were a blow."
    )
    quote = next(q for q in extract_quotes(analyse(text)) if q.text == "to lose quarry jobs")
    assert quote.speaker is None and quote.description == "a union"
    text = (
        "Norbex 'set to bid for Valco'\n\nNorbex is poised to bid for the Valby Exchange, local"
        " press reports say.\n\nThe exchange declined to comment."
    )
    quote = next(q for q in extract_quotes(analyse(text)) if q.text == "set to bid for Valco")
    assert quote.speaker is None and quote.description == "local press reports"


def test_a_headline_claim_over_a_lede_without_a_source_keeps_none() -> None:
    text = "Harbour fees 'still too high'\n\nFees at Valby harbour rose again this year.\n"
    (quote,) = extract_quotes(analyse(text))
    assert quote.speaker is None and quote.description is None


def test_a_charity_named_with_aid_is_an_organisation() -> None:
    text = "Hope Aid condemned the move. Norvish traders said Hope Aid was wrong."
    assert _actors(text).get("Hope Aid") == "organization"


def test_the_letters_of_a_pact_name_no_body() -> None:
    text = (
        "The Norland Fibre Agreement (NFA) ends on Friday. The NFA pact helped Valby mills,"
        " and Tovar Mills said the NFA had kept prices up."
    )
    assert "NFA" not in _actors(text)


def test_a_title_after_report_called_is_no_body() -> None:
    text = "The charity set out its case in a new report called Threads And Bare Shelves."
    assert _label(text, "Threads", "ORGANIZATION") is None


def test_capitals_after_a_bodys_head_of_name_its_unit() -> None:
    text = "Ana Berg, Norvaco's head of Trade Policy, said prices would fall."
    assert _label(text, "Trade Policy", "ORGANIZATION") is None


def _dates(text: str) -> list[str]:
    return [d.text for d in extract_dates(analyse(text), None)]


def test_every_month_of_a_listed_run_is_a_date() -> None:
    text = "The bank raised its rate in April, July, September and October."
    assert _dates(text) == ["April", "July", "September", "October"]


def test_a_month_after_a_comma_with_no_list_going_on_is_left_alone() -> None:
    assert _dates("Jo Berg met the board in October, March said.") == ["October"]


def test_the_month_a_reporting_period_runs_to_is_a_date() -> None:
    text = "Norvaco made a loss of $4m in the three months to September."
    assert _dates(text) == ["September"]


def test_house_before_prices_and_high_street_before_retailer_name_nothing() -> None:
    assert _label("House prices fell again in Norvland in May.", "House", "ORGANIZATION") is None
    text = "The High Street retailer Norvaco cut its forecast on Friday."
    assert _label(text, "High Street", "LOCATION") is None


def test_a_family_named_house_and_another_firm_are_two_bodies() -> None:
    text = "The figures came a day after House of Torin and Tovarex disappointed investors."
    entities = classify(_doc(text, "ORGANIZATION", "House of Torin")).entities
    assert [e.text for e in entities] == ["House of Torin"]


def test_a_partners_firm_keeps_its_trade_word() -> None:
    text = '"Prices are rising," said Jo Kelm, an analyst at Valk & Orme Research.'
    assert "Valk & Orme Research" in _actors(text)


def test_a_name_with_the_and_an_animal_noun_is_no_place_or_person() -> None:
    text = "On Tuesday, the owner of Garvo the cat won a court battle in Valby."
    assert _label(text, "Garvo", "LOCATION") is None


def test_a_firm_named_by_a_common_word_before_said_is_named_throughout() -> None:
    text = (
        "Lantern has said its profit will be lower than expected. Lantern's shares fell 3%."
        " Lantern chief executive Jo Kelm said sales were weak. Sales rose 2%, Lantern said."
        " Next year the chain will open ten stores."
    )
    names = _actors(text)
    assert names.get("Lantern") == "organization"
    assert "Next" not in names


def test_a_title_after_a_work_noun_and_titled_is_no_body() -> None:
    text = (
        "The song, titled Rain Never Falls Twice and billed as a slow lament, was penned by"
        " Jo Park."
    )
    assert _label(text, "Rain Never Falls Twice", "ORGANIZATION") is None
    text = "The album, entitled Valby Nights Return, comes out in May."
    assert _label(text, "Valby Nights Return", "ORGANIZATION") is None


def test_two_names_after_a_plural_of_people_are_no_body() -> None:
    text = "The record also features the band's former backing singers Pippa and Sorrel."
    assert _label(text, "Pippa and Sorrel", "ORGANIZATION") is None


def test_a_comic_hero_in_a_list_of_characters_is_no_body() -> None:
    text = "Jo Park drew Daredevil and many other heroes for the Valby comic house."
    assert _label(text, "Daredevil", "ORGANIZATION") is None
    assert _label(text, "Daredevil", "PERSON") is None
