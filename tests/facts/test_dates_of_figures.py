"""Dates of market and jobs copy (round 39): the month figures are given for, and a level's
day already reached."""

from __future__ import annotations

from datetime import date

from briefing.facts.dates import extract_dates
from briefing.nlp import analyse

PUBLISHED = date(2018, 2, 9)  # a Friday


def _values(text: str) -> dict[str, str | None]:
    return {d.text: d.value for d in extract_dates(analyse(text), PUBLISHED)}


def test_the_month_figures_are_given_for_is_a_date() -> None:
    values = _values("The hiring figures for January lifted the Valby index.")
    assert values == {"January": "2018-01"}


def test_for_may_is_no_date() -> None:
    assert _values("The Valby voters came out for May and her party.") == {}


def test_for_a_month_before_a_capitalised_word_is_no_date() -> None:
    assert _values("The prize went for April Lund's painting of the harbour.") == {}


def test_a_record_set_on_a_day_is_behind_not_ahead() -> None:
    values = _values("The Norbank index closed near its record low set on Aug. 6.")
    assert values == {"Aug. 6": "2017-08-06"}


def test_a_vote_set_for_a_day_is_still_ahead() -> None:
    values = _values("The Valby council vote was set for Aug. 6.")
    assert values == {"Aug. 6": "2018-08-06"}


def test_a_decade_in_words_is_a_date() -> None:
    values = _values("Membership kept dropping through the nineties in Valby.")
    assert values == {"the nineties": "199"}


def test_a_decade_in_words_is_the_latest_begun_by_the_published_year() -> None:
    text = "Fashion from the twenties is back in Valby."
    assert {d.value for d in extract_dates(analyse(text), date(2026, 3, 3))} == {"202"}


def test_an_age_or_a_reading_in_a_decade_of_words_is_no_date() -> None:
    assert _values("She is in her nineties and lives in Valby.") == {}
    assert _values("Temperatures were in the nineties all week in Valby.") == {}
