"""One timeline across articles: every calendar date an article states in a sentence,
ordered by the period it names ("2025-01" before "2025", both before "2025-W10")."""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from datetime import date, timedelta

from briefing.dossier.actors import Source
from briefing.dossier.model import TimelineEvent

# TIMEX3 value forms that `briefing.facts.dates` produces (day, month, year, ISO week,
# weekend, season, quarter, decade, century).
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_DECADE = re.compile(r"^(\d{3})X$")
_CENTURY = re.compile(r"^(\d{2})XX$")
_SEASON_MONTHS = {"WI": 12, "SP": 3, "SU": 6, "FA": 9}  # meteorological seasons
_UNKNOWN = (date.max, date.max)


def period(value: str) -> tuple[date, date]:
    """First and last day of the period `value` names; unknown forms sort last."""
    try:
        if m := _DAY.match(value):
            day = date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
        if _YEAR.match(value):
            return date(int(value), 1, 1), date(int(value), 12, 31)
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                return monday + timedelta(days=5), monday + timedelta(days=6)
            return monday, monday + timedelta(days=6)
        if m := _SEASON.match(value):
            y, first = int(m[1]), _SEASON_MONTHS[m[2]]
            start = date(y - 1 if m[2] == "WI" else y, first, 1)
            last = (first + 1) % 12 + 1
            end_year = start.year + (1 if last < first else 0)
            return start, date(end_year, last, calendar.monthrange(end_year, last)[1])
        if m := _QUARTER.match(value):
            y, q = int(m[1]), int(m[2])
            last = 3 * q
            return date(y, last - 2, 1), date(y, last, calendar.monthrange(y, last)[1])
        if m := _DECADE.match(value):
            return date(int(m[1]) * 10, 1, 1), date(int(m[1]) * 10 + 9, 12, 31)
        if m := _CENTURY.match(value):
            return date(int(m[1]) * 100, 1, 1), date(int(m[1]) * 100 + 99, 12, 31)
    except ValueError:
        return _UNKNOWN
    return _UNKNOWN


def merge_timeline(sources: Sequence[Source]) -> tuple[TimelineEvent, ...]:
    """Dates stated in sentences (the dateline is the article's own date, shown with it)."""
    order = {s.id: n for n, s in enumerate(sources)}
    events = []
    for s in sources:
        sentences = s.briefing.doc.sentences
        for d in s.briefing.facts.timeline:
            if d.sentence is None or d.start is None or d.end is None or not d.value:
                continue
            events.append(
                TimelineEvent(
                    d.value,
                    d.text,
                    s.id,
                    s.published,
                    d.sentence,
                    " ".join(sentences[d.sentence].text.split()),
                    d.start,
                    d.end,
                )
            )
    return tuple(sorted(events, key=lambda e: (*period(e.value), order[e.article], e.start)))
