"""Round 40: a car model year and a clock time written as four figures are no dates."""

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
