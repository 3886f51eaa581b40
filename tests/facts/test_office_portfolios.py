"""An office before a name whose portfolio joins two fields, and a courtesy title between."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.nlp import analyse


def _roles(text: str, name: str) -> tuple[str, ...]:
    return next(a.roles for a in extract_actors(analyse(text)) if a.name == name)


def test_a_portfolio_of_two_fields_joined_by_and_stays_in_the_role() -> None:
    text = "Minister of Fisheries and Trade Jo Lind said the quota would be cut."
    assert _roles(text, "Jo Lind") == ("Minister of Fisheries and Trade",)


def test_a_courtesy_title_between_the_office_and_an_initialled_name_is_neither() -> None:
    text = "Deputy Minister of Fisheries and Ports Datuk J. Lind told the house the quota was cut."
    assert _roles(text, "J. Lind") == ("Deputy Minister of Fisheries and Ports",)


def test_a_portfolio_cut_at_its_and_gives_no_role_ending_in_and() -> None:
    text = "Deputy Minister of Inland Trade and Consumer Affairs Jo Lind said the quota was cut."
    roles = [r for a in extract_actors(analyse(text)) for r in a.roles]
    assert not any(r.endswith(" and") for r in roles)
