"""Faults a reader met in the forty-fourth round's invented stories."""

from __future__ import annotations

import pytest

from briefing.pipeline import analyze
from briefing.sources import from_text


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.type for a in analyze(from_text(text)).facts.actors}


@pytest.mark.parametrize("trade", ["Aerospace", "Biotech", "Shipping", "Pharma", "Dairy"])
def test_a_firm_named_by_its_trade_after_a_surname_is_no_person(trade: str) -> None:
    text = (
        "Contract row\n\n"
        f"Senators questioned the contractor, Morvane {trade}, on Thursday. "
        f"Morvane {trade} said it would meet the new schedule."
    )
    actors = _actors(text)
    assert actors.get(f"Morvane {trade}") == "organization"


def test_a_surname_that_is_also_a_trade_stays_a_person() -> None:
    # "Steel" and "Sugar" end persons' names too: they are not read as trades
    text = "Party row\n\nThe former leader Hamish Steel said the vote was lost. Steel left early."
    assert _actors(text).get("Hamish Steel") == "person"


def test_a_body_and_its_member_in_one_tagged_span_are_two_actors() -> None:
    text = "Bypass vote\n\nNorbank's Peter Ames said it was wrong."
    actors = _actors(text)
    assert actors.get("Peter Ames") == "person"
    assert actors.get("Norbank") == "organization"


def test_a_member_after_a_group_that_names_no_body_is_still_a_person() -> None:
    text = (
        "Bypass vote\n\n"
        "The Green group's Peter Ames, whose ward includes the farmland, described the "
        'vote as "a day of shame".'
    )
    quotes = analyze(from_text(text)).facts.quotes
    assert _actors(text).get("Peter Ames") == "person"
    assert [q.speaker for q in quotes] == ["Peter Ames"]


def test_a_club_named_for_a_title_holder_stays_one_body() -> None:
    text = "Cup tie\n\nQueen's Park Rangers won 2-0 at home. Queen's Park Rangers play on Friday."
    assert _actors(text).get("Queen's Park Rangers") == "organization"
