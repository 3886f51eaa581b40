"""Round 36: years written in words, a count back that ends its clause ("a year before"),
"year-earlier" figures, and a quarter's results told before the quarter has begun."""

from __future__ import annotations

from datetime import date

from briefing.facts.dates import extract_dates
from briefing.nlp import analyse


def _values(text: str, published: date | None) -> dict[str, str | None]:
    return {d.text: d.value for d in extract_dates(analyse(text), published)}


def test_a_year_in_words_is_a_date() -> None:
    text = "In nineteen seventy-nine the Tarsk mill closed. Nineteen eighty-one was calm."
    assert _values(text, date(2026, 3, 5)) == {
        "nineteen seventy-nine": "1979",
        "Nineteen eighty-one": "1981",
    }


def test_a_month_and_a_season_take_a_year_in_words() -> None:
    text = (
        "January nineteen ninety-seven. Valby froze again, like during the winter of nineteen"
        " ninety-four."
    )
    values = _values(text, date(1998, 2, 27))
    assert values["January nineteen ninety-seven"] == "1997-01"
    assert values["the winter of nineteen ninety-four"] == "1994-WI"


def test_the_year_two_thousand_is_a_date_but_a_count_of_thousands_is_none() -> None:
    assert _values("Jo Lind promised a port by the year two thousand.", None) == {
        "year two thousand": "2000"
    }
    assert _values("The Tarsk glass secrets are two thousand years old.", None) == {}
    assert _values("Nineteen twenty-dollar notes lay on the Valby pier.", None) == {}


def test_a_year_before_ending_its_clause_counts_back_from_the_anchor() -> None:
    text = "Valco's sales for 2025 rose 8% from a year before."
    assert _values(text, date(2026, 3, 5))["a year before"] == "2024"


def test_the_day_before_ending_its_clause_is_the_previous_day() -> None:
    text = "Jo Lind reached Tarsk on May 3, 2019. She had left Valby the day before."
    assert _values(text, None)["the day before"] == "2019-05-02"


def test_a_year_before_an_event_is_no_date() -> None:
    text = "The Valby club was founded in 1920, a year before Jo Lind took it over."
    assert _values(text, None) == {"1920": "1920"}


def test_a_year_earlier_modifier_counts_from_a_year_of_its_own_sentence() -> None:
    text = "Valco's net for the nine months of 2025 fell from the year-earlier period."
    assert _values(text, None)["the year-earlier period"] == "2024"


def test_a_year_ago_modifier_counts_from_a_month_named_before() -> None:
    text = "Valby car sales fell in March. The drop is only because the year-ago number was high."
    assert _values(text, date(2026, 4, 3))["the year-ago"] == "2025-03"


def test_a_year_earlier_modifier_ignores_a_year_of_another_sentence() -> None:
    """A year named elsewhere is as often a look back as the period reported: no value, and
    beside figures in a dated story it is left out as "a year earlier" is; undated, it is a
    date the text gives no way to place (round 40)."""
    text = (
        "The two Valby banks merged in 2015. Net rose to $5m from $4m in the year-earlier period."
    )
    assert "the year-earlier period" not in _values(text, date(2026, 3, 5))
    assert _values(text, None)["the year-earlier period"] is None


def test_a_quarter_not_yet_begun_with_results_in_the_past_is_last_years() -> None:
    published = date(2026, 3, 5)
    assert _values("Fourth-quarter revenue at Valco rose 8%.", published) == {
        "Fourth-quarter": "2025-Q4"
    }
    text = "Norbank reported lower profits for the fourth quarter."
    assert _values(text, published) == {"the fourth quarter": "2025-Q4"}


def test_an_outlook_or_a_future_keeps_this_years_quarter() -> None:
    published = date(2026, 3, 5)
    text = "Valco said it expects fourth-quarter revenue to rise."
    assert _values(text, published) == {"fourth-quarter": "2026-Q4"}
    text = "Valco will take a charge in the fourth quarter."
    assert _values(text, published) == {"the fourth quarter": "2026-Q4"}


def test_a_quarter_already_begun_keeps_this_year() -> None:
    assert _values("Valco's third-quarter profit rose.", date(2026, 10, 20)) == {
        "third-quarter": "2026-Q3"
    }


def test_figures_a_year_earlier_in_an_undated_story_is_a_date_without_value() -> None:
    """Round 40: beside a quarter's figures with no published date, "a year earlier" is
    listed with no value; with a published date it is left out, as before."""
    text = "Sales at Norbank rose to $80m in the second quarter, up from $61m a year earlier."
    assert _values(text, None) == {"the second quarter": "XXXX-Q2", "a year earlier": None}
    assert "a year earlier" not in _values(text, date(2026, 8, 5))
