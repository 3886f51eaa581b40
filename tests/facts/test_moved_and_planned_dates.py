"""A day something was put off to, and a month a plan is for: the past tense of the decision
does not push the day back a year."""

from __future__ import annotations

from datetime import date

from briefing.facts.dates import extract_dates
from briefing.nlp import analyse


def _values(text: str, published: date) -> dict[str, str | None]:
    return {d.text: d.value for d in extract_dates(analyse(text), published)}


def test_a_case_postponed_to_a_day_takes_the_nearest_one() -> None:
    text = "The Tarsk fraud case was postponed to July 21 for more inquiries."
    assert _values(text, date(2026, 5, 12))["July 21"] == "2026-07-21"
    assert _values(text, date(2026, 9, 12))["July 21"] == "2026-07-21"


def test_a_hearing_adjourned_until_a_weekday_is_the_coming_one() -> None:
    text = "The Valby hearing was adjourned until Monday."
    assert _values(text, date(2026, 5, 12))["Monday"] == "2026-05-18"


def test_a_meeting_postponed_on_a_weekday_keeps_the_past_one() -> None:
    text = "The Valby meeting was postponed on Monday."
    assert _values(text, date(2026, 5, 12))["Monday"] == "2026-05-11"


def test_a_month_a_team_plans_a_trial_for_is_ahead() -> None:
    text = "The Tarsk researchers now plan a 12-month trial starting in September."
    assert _values(text, date(2026, 1, 26))["September"] == "2026-09"


def test_a_plan_announced_on_a_day_keeps_the_past_day() -> None:
    text = "The Valby thrift announced the plan Aug. 21."
    assert _values(text, date(2026, 9, 12))["Aug. 21"] == "2026-08-21"


def test_a_year_later_than_planned_is_a_delay_not_a_date() -> None:
    text = "The Tarsk line will open in 2028, a year later than planned."
    values = _values(text, date(2026, 3, 9))
    assert values["2028"] == "2028"
    assert "a year later" not in values


def test_the_day_a_visit_was_moved_up_from_is_the_coming_one() -> None:
    text = "Jo Lind was due in Tarsk on Thursday; her arrival had been moved up from Wednesday."
    assert _values(text, date(2026, 4, 7))["Wednesday"] == "2026-04-08"


def test_both_days_of_a_postponement_are_read_nearest() -> None:
    text = "The Valby vote was postponed from July 21 to August 4."
    values = _values(text, date(2026, 4, 7))
    assert (values["July 21"], values["August 4"]) == ("2026-07-21", "2026-08-04")
