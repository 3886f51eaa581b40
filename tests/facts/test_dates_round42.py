"""Dates of round 42: "today" before a noun of an era ("today's world") is the present age
(TimeML PRESENT_REF), not the day of the news."""

from __future__ import annotations

from datetime import date

from briefing.facts.dates import extract_dates
from briefing.nlp import analyse

PUBLISHED = date(2031, 5, 14)


def _values(text: str, published: date | None = None) -> dict[str, str | None]:
    return {d.text: d.value for d in extract_dates(analyse(text), published)}


def test_today_before_a_noun_of_an_era_is_the_present() -> None:
    values = _values("Harbour rules must change in today's world, Ana Berg said.", PUBLISHED)
    assert values == {"today": "PRESENT_REF"}


def test_today_before_a_noun_of_the_news_is_the_day() -> None:
    values = _values("Ana Berg said today's vote in Valby was close.", PUBLISHED)
    assert values == {"today": "2031-05-14"}
