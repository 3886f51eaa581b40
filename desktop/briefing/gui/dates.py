"""TIMEX3 date values in the words a reader uses ("2018-W37-WE" -> "the weekend of 15–16
September 2018"); the window shows these and keeps the code in a tooltip."""

from __future__ import annotations

import re
from datetime import date, timedelta

from briefing import timex
from briefing.model import DateMention
from briefing.timex import MONTHS, day_words

REFERENCES = {"PRESENT_REF": "now", "PAST_REF": "in the past", "FUTURE_REF": "in the future"}
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def _day(d: date, year: bool = True) -> str:
    return day_words(d) if year else f"{d.day} {MONTHS[d.month - 1]}"


def _span(first: date, last: date) -> str:
    """ "15–16 September 2018", "30 September – 1 October 2018", "29 December 2025 – 4 January
    2026"."""
    if first.year != last.year:
        return f"{_day(first)} – {_day(last)}"
    if first.month != last.month:
        return f"{_day(first, year=False)} – {_day(last)}"
    return f"{first.day}–{_day(last)}"


def in_words(value: str | None) -> str:
    """A TIMEX3-style value as words; the value itself when it has no known form."""
    if not value:
        return "not placed"
    if value in REFERENCES:
        return REFERENCES[value]
    try:
        if m := _DAY.match(value):
            return _day(date(int(m[1]), int(m[2]), int(m[3])))
        if m := _MONTH.match(value):
            first = date(int(m[1]), int(m[2]), 1)
            return f"{MONTHS[first.month - 1]} {first.year}"
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                return f"the weekend of {_span(monday + timedelta(5), monday + timedelta(6))}"
            return f"the week of {_span(monday, monday + timedelta(6))}"
    except ValueError:
        return value
    # years, seasons, quarters, decades, centuries, days without a year, or as given
    return timex.in_words(value)


def needs_published_date(mention: DateMention) -> bool:
    """A date the article writes relative to its publication ("on Monday", "17 September")
    that could not be placed on the calendar without knowing that date."""
    return mention.value is None or mention.value.startswith("XXXX")
