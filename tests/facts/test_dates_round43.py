"""Dates of round 43 (second wave): a title ending in a date in figures ("the film Marrow
9/11") is no date of the fact sheet; after a preposition of time or a title's small word
("Life After 9/11", "On 9/11") the date in figures is still the day. A year-less range of
birth months that splits a sample ("those born between July and December") is no date."""

from __future__ import annotations

from datetime import date

from briefing.facts.dates import extract_dates
from briefing.nlp import analyse

PUBLISHED = date(2031, 5, 14)


def _texts(text: str, published: date | None = PUBLISHED) -> list[str]:
    return [d.text for d in extract_dates(analyse(text), published)]


def test_a_title_ending_in_a_date_in_figures_is_no_date() -> None:
    assert _texts("The film Marrow 9/11 won a prize at the Tavio festival.") == []


def test_a_date_in_figures_opening_a_sentence_is_the_day() -> None:
    assert _texts("9/11 changed the port of Quell, Ana Berg said.") == ["9/11"]


def test_a_date_in_figures_after_a_small_title_word_is_the_day() -> None:
    assert _texts("Vessa Breaks With Dorn On 9/11 Bill.") == ["9/11"]
    assert _texts("Families of 9/11 victims met Ana Berg. Life After 9/11 is a book.") == [
        "9/11",
        "9/11",
    ]


def test_a_range_of_birth_months_splitting_a_sample_is_no_date() -> None:
    text = (
        "Pupils of Quell who were born between the months of March and August read faster "
        "than those born between September to February."
    )
    assert _texts(text) == []
    assert _texts("In the Tavio sample, people born March to August slept longer.") == []


def test_a_range_of_birth_months_with_its_year_stays() -> None:
    assert "June 2030" in _texts("The Orlan twins were born between May and June 2030.")


def test_a_range_of_months_without_birth_stays() -> None:
    assert _texts("Velmor sales rose between March and August.") == ["March", "August"]


def _values(text: str) -> dict[str, str | None]:
    return {d.text: d.value for d in extract_dates(analyse(text), PUBLISHED)}


def test_a_bare_month_before_a_month_with_its_year_takes_that_year() -> None:
    assert _values("Velmor ran the ferry between May and June 2030.")["May"] == "2030-05"
    assert _values("The Quell calves came from March to May last year.")["March"] == "2030-03"


def test_a_range_over_new_year_starts_the_year_before() -> None:
    values = _values("Velmor ran the ferry from November to February 2030.")
    assert values == {"November": "2029-11", "February 2030": "2030-02"}


def test_the_second_month_of_a_pair_keeps_its_years_shift() -> None:
    values = _values("Quell votes in April and June next year.")
    assert values == {"April": "2032-04", "June next year": "2032-06"}
