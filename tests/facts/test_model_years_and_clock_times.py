"""Round 40: a car model year and a clock time written as four figures are no dates; a month
or a day with its year's shift ("June next year", "2 May last year")."""

from __future__ import annotations

from datetime import date

from briefing.facts.dates import extract_dates
from briefing.nlp import analyse


def _texts(text: str) -> list[str]:
    return [d.text for d in extract_dates(analyse(text), date(1990, 3, 3))]


def test_a_car_model_year_is_no_date() -> None:
    text = "Tarsk Motors will fit rear belts from the 1992 model year. Its plant opened in 1987."
    assert _texts(text) == ["1987"]


def test_four_figures_before_a_time_zone_are_a_clock_time() -> None:
    text = "The Valby derby kicks off at 2000 GMT on Sunday, the club said in 1989."
    assert _texts(text) == ["Sunday", "1989"]


def _values(text: str, published: date | None) -> dict[str, str | None]:
    return {d.text: d.value for d in extract_dates(analyse(text), published)}


def test_a_month_with_its_years_shift_needs_no_cue() -> None:
    """Round 40: "opens June next year" is the June of the next year, not "next year"."""
    text = "The Valby bridge opens June next year. Brask was hired March last year."
    assert _values(text, date(2021, 3, 3)) == {
        "June next year": "2022-06",
        "March last year": "2020-03",
    }
    assert _values(text, None) == {"June next year": "XXXX-06", "March last year": "XXXX-03"}


def test_a_day_with_its_years_shift_takes_that_year() -> None:
    """Round 40: "on 2 May last year" is last year's 2 May, not the nearest 2 May."""
    text = "The Tarsk mill shut on 2 May last year and reopened on May 9 this year."
    assert _values(text, date(2021, 8, 3)) == {
        "2 May last year": "2020-05-02",
        "May 9 this year": "2021-05-09",
    }
