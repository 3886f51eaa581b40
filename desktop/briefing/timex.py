"""TIMEX3-style date values ("2018-09-17", "2018-W37", "199X") in words, on a time axis and
as the period they name (shared by the PDF, the window and the dossier; no reportlab).

The value forms are those `briefing.facts.dates` produces (TimeML TIMEX3 VALUE attribute):
day, month, year, ISO week, weekend, season, quarter, decade and century.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
# Never strftime's %A/%B: the window's Qt sets the user's locale, and a date would come out
# half in another language ("Montag 4 March").
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NUMBERS = {m[:3].lower(): n for n, m in enumerate(MONTHS, 1)}  # "sep" -> 9


_SEASONS = {"SP": ("spring", 4), "SU": ("summer", 7), "FA": ("autumn", 10), "WI": ("winter", 1)}
_ORDINAL = {1: "first", 2: "second", 3: "third", 4: "fourth"}

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})|T(MO|AF|EV|NI))?")
# TIMEX3's parts of the day ("Wednesday night" -> "2018-09-12TNI"), said as the reader would.
_PARTS = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}
# A date the article gives without its year ("March 4" with no publication date to place it).
_YEARLESS = re.compile(r"^XXXX-(\d{2})(?:-(\d{2}))?$|^XXXX-(SP|SU|FA|WI)$")
YEAR_NOT_KNOWN = "(year not known)"
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
# The extractor writes TimeML's "199" (the 1990s) and "19" (the 20th century); "199X" and
# "19XX" are the other spelling of the same values.
_DECADE = re.compile(r"^(\d{3})X?$")
_CENTURY = re.compile(r"^(\d{2})(?:XX)?$")


def day_words(day: date, short: bool = False) -> str:
    """ "4 March 2024", or "4 Mar 2024" where room is short; never the machine's locale."""
    month = MONTHS[day.month - 1]
    return f"{day.day} {month[:3] if short else month} {day.year}"


def in_words(value: str) -> str:
    """ "2018-09-17" → "Monday 17 September 2018"; values it does not know come back as given."""
    if (m := _DAY.match(value)) and (day := position(value)):
        words = f"{WEEKDAYS[day.weekday()]} {day_words(day)}"
        if m[6]:
            return f"{words}, {_PARTS[m[6]]}"
        if m[4] == "24" and m[5] == "00":
            return f"{words}, midnight"  # "midnight Thursday": the end of that day
        return f"{words}, {m[4]}:{m[5]}" if m[4] else words
    if (m := _YEARLESS.match(value)) and (known := yearless_words(m)):
        return f"{known} {YEAR_NOT_KNOWN}"
    if m := _MONTH.match(value):
        return f"{MONTHS[int(m[2]) - 1]} {m[1]}"
    if _YEAR.match(value):
        return value
    if m := _WEEK.match(value):
        week = f"week {int(m[2])} of {m[1]}"
        return f"the weekend of {week}" if m[3] else week
    if m := _SEASON.match(value):
        return f"{_SEASONS[m[2]][0]} {m[1]}"
    if m := _QUARTER.match(value):
        return f"the {_ORDINAL[int(m[2])]} quarter of {m[1]}"
    if m := _DECADE.match(value):
        return f"the {m[1]}0s"
    if m := _CENTURY.match(value):
        century = int(m[1]) + 1
        suffix = (
            "th"
            if 10 <= century % 100 <= 20
            else {1: "st", 2: "nd", 3: "rd"}.get(century % 10, "th")
        )
        return f"the {century}{suffix} century"
    if value == "PRESENT_REF":
        return "now"
    if value == "PAST_REF":
        return "the past"
    if value == "FUTURE_REF":
        return "the future"
    return value


def yearless_words(m: re.Match[str]) -> str | None:
    """ "17 September", "September" or "summer" from a `_YEARLESS` match; None for a day no
    year has ("XXXX-02-30")."""
    if m[3]:
        return _SEASONS[m[3]][0]
    try:
        known = date(2000, int(m[1]), int(m[2] or 1))  # a leap year: 29 February exists
    except ValueError:
        return None
    month = MONTHS[known.month - 1]
    return f"{known.day} {month}" if m[2] else month


def is_yearless(value: str | None) -> bool:
    """A day, month or season the article names without a year and the extractor could not
    place (no publication date): shown apart from the timeline, never dropped."""
    return bool(value and _YEARLESS.match(value))


def unplaced_note(texts: Sequence[str]) -> str:
    """The line a briefing prints under its dates when the article gives no publication
    date: which expressions could not be placed, so the reader knows they exist."""
    return f"Not placed, as the article gives no publication date: {quoted_list(texts, 6)}."


def quoted_list(texts: Sequence[str], limit: int) -> str:
    """ "“Tuesday”, “March 4”…": the first `limit` expressions in marks, an ellipsis for more
    (the window's notice and the exports name waiting dates alike)."""
    return ", ".join(f"“{t}”" for t in texts[:limit]) + ("…" if len(texts) > limit else "")


def position(value: str) -> date | None:
    """A representative day for placing `value` on a time axis (the middle of a period)."""
    try:
        if m := _DAY.match(value):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _MONTH.match(value):
            return date(int(m[1]), int(m[2]), 15)
        if _YEAR.match(value):
            return date(int(value), 7, 1)
        if m := _WEEK.match(value):
            return date.fromisocalendar(int(m[1]), int(m[2]), 6 if m[3] else 3)
        if m := _SEASON.match(value):
            return date(int(m[1]), _SEASONS[m[2]][1], 15)
        if m := _QUARTER.match(value):
            return date(int(m[1]), 3 * int(m[2]) - 1, 15)
        if m := _DECADE.match(value):
            return date(int(m[1]) * 10 + 5, 1, 1)
        if m := _CENTURY.match(value):
            return date(int(m[1]) * 100 + 50, 1, 1)
    except ValueError:
        return None
    return None


# Granularities, finest first: a value is shifted only in units no finer than its own.
_GRAIN = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4}


def shifted(value: str, unit: str, step: int, keep: bool) -> str | None:
    """`value` moved `step` days, weeks, months or years ("2010", "year", 2 -> "2012"): at
    its own granularity with `keep` if a month or coarser ("a year earlier" than a quarter
    is a quarter), else cut to the unit's ("the next year" after a day is a year); None
    where the value is coarser than the unit ("five days later" than a year) or not a
    calendar value."""
    if m := _DAY.match(value):
        grain, day = 0, date(int(m[1]), int(m[2]), int(m[3]))
    elif m := _MONTH.match(value):
        grain, day = 2, date(int(m[1]), int(m[2]), 1)
    elif m := _QUARTER.match(value):
        grain, day = 3, date(int(m[1]), 3 * int(m[2]) - 2, 1)
    elif _YEAR.match(value):
        grain, day = 4, date(int(value), 1, 1)
    else:
        return None
    if grain > _GRAIN[unit] or (grain == 3 and unit == "month"):
        return None
    to: date = day + relativedelta(**{unit + "s": step})
    grain = grain if keep and grain >= 2 else _GRAIN[unit]  # a day's "a year later": a year
    if grain == 0:
        return to.isoformat()
    if grain == 1:
        return "{}-W{:02d}".format(*to.isocalendar()[:2])
    if grain == 2:
        return f"{to.year}-{to.month:02d}"
    return f"{to.year}-Q{(to.month - 1) // 3 + 1}" if grain == 3 else str(to.year)


def label(value: str) -> str:
    """A compact axis label: "17 Sep 2018" for a day, the words otherwise."""
    if m := _DAY.match(value):
        return f"{int(m[3])} {MONTHS[int(m[2]) - 1][:3]} {m[1]}"
    return in_words(value)


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
