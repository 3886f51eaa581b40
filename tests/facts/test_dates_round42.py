"""Dates of round 42: "for the year" is a date, the published year or the year its sentence
just named; not "for the year ended June 30", nor a capitalised award."""

from __future__ import annotations

from datetime import date

from briefing.facts.dates import extract_dates
from briefing.nlp import analyse

PUBLISHED = date(2031, 5, 14)


def _values(text: str, published: date | None = None) -> dict[str, str | None]:
    return {d.text: d.value for d in extract_dates(analyse(text), published)}


def test_for_the_year_is_the_published_year() -> None:
    values = _values("Kestrel forecast a rise in sales for the full year.", PUBLISHED)
    assert values == {"the full year": "2031"}


def test_for_the_year_takes_the_year_its_sentence_named() -> None:
    values = _values("Norby spent $5 in 2029, twice the Valby figure for the year.", PUBLISHED)
    assert values == {"2029": "2029", "the year": "2029"}


def test_for_the_year_undated_has_no_value() -> None:
    assert _values("Kestrel put its output for the year at four tonnes.") == {"the year": None}


def test_for_the_year_ended_on_a_day_is_no_date_of_its_own() -> None:
    values = _values("Kestrel earned $4 for the year ended June 30.", PUBLISHED)
    assert "the year" not in values


def test_a_capitalised_award_of_the_year_is_no_date() -> None:
    assert _values("Fans voted Ana Berg Valby Skipper for the Year.") == {}


def test_today_before_a_noun_of_an_era_is_the_present() -> None:
    values = _values("Harbour rules must change in today's world, Ana Berg said.", PUBLISHED)
    assert values == {"today": "PRESENT_REF"}


def test_today_before_a_noun_of_the_news_is_the_day() -> None:
    values = _values("Ana Berg said today's vote in Valby was close.", PUBLISHED)
    assert values == {"today": "2031-05-14"}
