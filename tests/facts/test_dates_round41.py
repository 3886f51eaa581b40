"""Dates of round 41: a day range written day first is one date at its month, "in the past"
and "into the future" are TimeML's vague references, and "fall" with no published date is a
season of an unknown year."""

from __future__ import annotations

from datetime import date

from briefing.facts.dates import extract_dates
from briefing.nlp import analyse

PUBLISHED = date(2018, 2, 9)  # a Friday


def _values(text: str, published: date | None = PUBLISHED) -> dict[str, str | None]:
    return {d.text: d.value for d in extract_dates(analyse(text), published)}


def test_a_day_first_range_in_one_month_is_one_date_at_the_month() -> None:
    values = _values("The Valby kite fair runs from 12-19 March.", None)
    assert values == {"12-19 March": "XXXX-03"}


def test_a_day_first_range_written_with_to_is_one_date() -> None:
    assert _values("The Norby rowing week runs 4 to 9 June.", None) == {"4 to 9 June": "XXXX-06"}


def test_a_day_first_range_with_a_year_takes_that_year() -> None:
    values = _values("The Valby kite fair ran 12-19 March 2031 by the harbour.")
    assert values == {"12-19 March 2031": "2031-03"}


def test_a_range_across_two_months_stays_two_days() -> None:
    values = _values("The fair runs from 12 March to 3 April.", None)
    assert values == {"12 March": "XXXX-03-12", "3 April": "XXXX-04-03"}


def test_in_the_past_standing_alone_is_a_past_reference() -> None:
    values = _values("In the past, Valby has often courted the Norby board.")
    assert values == {"the past": "PAST_REF"}


def test_into_the_future_standing_alone_is_a_future_reference() -> None:
    values = _values("The Norby ferry strike could run well into the future, Jo Park said.")
    assert values == {"the future": "FUTURE_REF"}


def test_in_the_past_before_a_count_is_a_duration() -> None:
    assert _values("Valby lost money in the past three years.") == {}


def test_the_past_and_the_future_are_no_dates_on_a_fact_sheet() -> None:
    found = extract_dates(analyse("In the past, Valby sold kites."), PUBLISHED, adverbs=False)
    assert found == ()


def test_this_fall_with_no_published_date_is_a_fall_of_unknown_year() -> None:
    assert _values("Norby Kites opened its third shop this fall.", None) == {"this fall": "XXXX-FA"}


def test_summer_with_no_published_date_stays_unvalued() -> None:
    assert _values("Norby Kites opened its third shop last summer.", None) == {"last summer": None}


def test_now_opening_a_sentence_is_the_present() -> None:
    values = _values("Now the Valby harbour board wants a second ferry.")
    assert values == {"Now": "PRESENT_REF"}


def test_now_and_a_comma_opening_a_sentence_is_a_turn_of_the_talk() -> None:
    assert _values("Now, the Valby harbour board wants a second ferry.") == {}


def test_now_opening_a_sentence_is_no_date_on_a_fact_sheet() -> None:
    text = "Now the Valby harbour board wants a second ferry."
    assert extract_dates(analyse(text), PUBLISHED, adverbs=False) == ()
