"""Business copy of the forty-third round (bbcb5): a firm's short form with its links kept
("&", a small "o" for "of"), the closing quarter of a named year, the month a year runs to
and the first month of a pair whose second names figures. Our own invented text."""

from __future__ import annotations

from briefing.facts.actors import _linked_initials, extract_actors
from briefing.facts.dates import extract_dates
from briefing.nlp import analyse


def _values(text: str) -> dict[str, str | None]:
    return {d.text: d.value for d in extract_dates(analyse(text), None)}


def _orgs(text: str) -> dict[str, tuple[str, ...]]:
    actors = extract_actors(analyse(text))
    return {a.name: a.aliases for a in actors if a.type == "organization"}


def test_an_ampersand_short_form_is_the_firms_initials() -> None:
    assert _linked_initials("V&T", "Valby & Tarn")
    assert not _linked_initials("VT", "Valby & Tarn")


def test_a_small_o_stands_for_of_in_a_banks_initials() -> None:
    assert _linked_initials("BoN", "Bank of Norland")
    assert not _linked_initials("Bon", "Bank of Norland")


def test_an_ampersand_short_form_later_in_the_story_is_one_row() -> None:
    text = (
        "Valdor & Kemp's has classed Norland bonds as safe. "
        "V&K said the surplus outweighed the risk."
    )
    orgs = _orgs(text)
    assert "V&K" not in orgs
    assert "V&K" in orgs["Valdor & Kemp"]


def test_the_last_quarter_of_a_named_year_is_its_fourth() -> None:
    text = "Some 4,000 jobs went during the last quarter of 2031 at the Valby mills."
    assert "2031-Q4" in _values(text).values()


def test_the_final_quarter_of_a_game_is_no_date() -> None:
    assert not _values("The Valby side led in the final quarter of the game.")


def test_the_month_a_year_runs_to_is_a_date() -> None:
    text = "Pay at Valco rose by 3% in the year to October, the Norland office said."
    assert _values(text).get("October") == "XXXX-10"


def test_the_first_month_of_a_pair_before_figures_is_a_date() -> None:
    text = "Adding October and November's figures, the Valco record ended higher."
    values = _values(text)
    assert values.get("October") == "XXXX-10"
    assert values.get("November") == "XXXX-11"
