"""Date values in the timeline read as words and sit at the right place on the strip."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.timex import in_words, label, position


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("2018-09-17", "Monday 17 September 2018"),
        ("2018-09-17T14:30", "Monday 17 September 2018, 14:30"),
        ("2018-09", "September 2018"),
        ("2018", "2018"),
        ("2018-W37", "week 37 of 2018"),
        ("2018-W37-WE", "the weekend of week 37 of 2018"),
        ("2018-SU", "summer 2018"),
        ("2018-Q3", "the third quarter of 2018"),
        ("199X", "the 1990s"),
        ("19XX", "the 20th century"),
        ("199", "the 1990s"),
        ("19", "the 20th century"),
        ("PRESENT_REF", "now"),
        ("2031-03-05TNI", "Wednesday 5 March 2031, night"),
        ("2031-03-05TMO", "Wednesday 5 March 2031, morning"),
        ("2031-03-06T24:00", "Thursday 6 March 2031, midnight"),
        ("XXXX-03-04", "4 March (year not known)"),
        ("XXXX-02-29", "29 February (year not known)"),
        ("XXXX-11", "November (year not known)"),
        ("XXXX-WI", "winter (year not known)"),
    ],
)
def test_value_reads_as_words(value: str, words: str) -> None:
    assert in_words(value) == words


def test_unknown_or_impossible_value_comes_back_as_given() -> None:
    assert in_words("2018-02-30") == "2018-02-30"
    assert in_words("XXXX-WXX") == "XXXX-WXX"
    assert in_words("XXXX-02-30") == "XXXX-02-30"
    assert in_words("XXXX-13") == "XXXX-13"


def test_week_sits_midweek_and_month_mid_month() -> None:
    assert position("2018-W37") == date(2018, 9, 12)
    assert position("2018-09") == date(2018, 9, 15)


def test_decades_and_centuries_as_the_extractor_writes_them_sit_on_the_strip() -> None:
    assert position("199") == position("199X") == date(1995, 1, 1)
    assert position("19") == position("19XX") == date(1950, 1, 1)


def test_unplaceable_value_has_no_position() -> None:
    assert position("PRESENT_REF") is None


def test_day_label_is_compact() -> None:
    assert label("2018-09-17") == "17 Sep 2018"


def test_dates_in_words_never_follow_the_machines_locale() -> None:
    # The window's Qt sets the user's locale; strftime's %A/%B/%b would then write "Montag".
    import locale
    import re
    from pathlib import Path

    from briefing.timex import day_words

    package = Path(__file__).resolve().parents[2] / "desktop" / "briefing"
    named = re.compile(r"\{[^{}]*:[^{}]*%[AaBb]|strftime\([^)]*%[AaBb]")
    for path in package.rglob("*.py"):
        assert not named.search(path.read_text(encoding="utf-8")), path
    old = locale.setlocale(locale.LC_TIME)
    for name in ("de_DE.UTF-8", "fr_FR.UTF-8"):
        try:
            locale.setlocale(locale.LC_TIME, name)
        except locale.Error:
            continue  # not installed on this machine
        try:
            assert in_words("2018-09-17") == "Monday 17 September 2018"
            assert day_words(date(2018, 9, 17), short=True) == "17 Sep 2018"
        finally:
            locale.setlocale(locale.LC_TIME, old)


def test_a_value_shifted_keeps_a_month_or_quarter_and_cuts_a_day() -> None:
    from briefing.timex import shifted

    assert shifted("1989-Q3", "year", -1, True) == "1988-Q3"
    assert shifted("1998-03", "year", -1, True) == "1997-03"
    assert shifted("2014-11-11", "year", 1, True) == "2015"
    assert shifted("1978-03-14", "day", 5, True) == "1978-03-19"
    assert shifted("2010", "day", 5, True) is None
