"""A weekday range lies in one week, in order; a wish or a plan ("demanding that", "urged ...
to") puts its date ahead. Invented copy, read on Thursday 12 March 2026."""

from __future__ import annotations

from datetime import date

from briefing.facts.dates import extract_dates
from briefing.nlp import analyse

THURSDAY = date(2026, 3, 12)


def _values(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in extract_dates(analyse(text), THURSDAY)]


def test_a_past_weekday_range_ends_in_one_week_in_order() -> None:
    text = "Inspectors from Ostrel worked on the Vellan bridge from Monday to Friday."
    assert _values(text) == [("Monday", "2026-03-02"), ("Friday", "2026-03-06")]


def test_a_weekday_range_before_a_named_week_lies_in_that_week() -> None:
    text = "Inspectors worked on the Vellan bridge from Monday to Friday last week."
    values = dict(_values(text))
    assert (values["Monday"], values["Friday"]) == ("2026-03-02", "2026-03-06")


def test_a_future_weekday_range_starts_at_the_coming_day() -> None:
    text = "The Vellan bridge will close from Monday to Wednesday for repairs."
    assert _values(text) == [("Monday", "2026-03-16"), ("Wednesday", "2026-03-18")]


def test_a_range_across_the_weekend_is_kept() -> None:
    text = "The Vellan fair ran from Friday to Monday in the rain."
    assert _values(text) == [("Friday", "2026-03-06"), ("Monday", "2026-03-09")]


def test_a_month_a_letter_demands_something_before_is_ahead() -> None:
    text = (
        "Councillors in Ostrel wrote to the treasurer on Tuesday, demanding that the bridge"
        " repairs be funded before the budget in May."
    )
    assert dict(_values(text))["May"] == "2026-05"


def test_a_month_a_minister_urged_a_vote_in_is_ahead() -> None:
    text = "Minister Dilan Perrow urged the Ostrel council to vote on the levy in June."
    assert dict(_values(text))["June"] == "2026-06"


def test_a_month_a_wish_was_voiced_in_stays_behind() -> None:
    text = "The Ostrel council demanded in February that the levy be dropped."
    assert dict(_values(text))["February"] == "2026-02"


def test_a_part_of_the_day_stays_in_the_span() -> None:
    text = "Crews in Ostrel worked late on Wednesday night to clear the harbour."
    assert _values(text) == [("Wednesday night", "2026-03-11TNI")]


def test_a_team_that_was_being_sent_on_a_weekday_goes_on_the_coming_one() -> None:
    text = (
        "The mayor, Dilan Perrow, was sending a team of engineers to the Ostrel plant"
        " on Monday, his office said."
    )
    assert dict(_values(text))["Monday"] == "2026-03-16"


def test_work_that_was_going_on_on_a_weekday_stays_behind() -> None:
    text = "Engineers were checking the Ostrel plant on Monday, his office said."
    assert dict(_values(text))["Monday"] == "2026-03-09"


def test_a_year_earlier_than_a_founding_year_is_no_reported_period() -> None:
    text = (
        "Norvale Foods, which was founded in Brantfield in 2011, said its annual profit"
        " rose 4% from a year earlier."
    )
    assert dict(_values(text)).get("a year earlier") is None


def test_a_year_earlier_than_the_year_reported_is_the_year_before() -> None:
    text = "Norvale Foods said its profit for 2025 rose 4% from a year earlier."
    assert dict(_values(text))["a year earlier"] == "2024"
