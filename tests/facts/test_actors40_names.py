"""Round 40: how organisation and person names are built (our own invented copy)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.model import Actor
from briefing.nlp import analyse
from tests.facts.hand_entities import every_occurrence as _doc


def _actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(analyse(text))}


def test_a_founders_possessive_before_a_legal_form_is_one_firm() -> None:
    doc = _doc(
        "Standard & Tolley's Corp. lowered the rating on the bonds of Norvale Holdings.",
        ("ORGANIZATION", "Standard & Tolley's Corp."),
        ("ORGANIZATION", "Norvale Holdings"),
    )
    names = {a.name: a.type for a in extract_actors(doc)}
    assert names.get("Standard & Tolley's Corp.") == "organization"
    assert "Standard & Tolley" not in names


def test_a_peoples_adjective_and_a_trade_name_one_firm() -> None:
    actors = _actors(
        "Icelandic Rail lost 8 pence to end the day at 186 pence. Besides Icelandic Rail, "
        "Moldovan Aerospace skidded 2 to 123 on turnover of 11 million shares, dealers at "
        "Harrowgate Securities said."
    )
    for firm in ("Icelandic Rail", "Moldovan Aerospace"):
        assert actors[firm].type == "organization"
    assert "Rail" not in actors and "Aerospace" not in actors


def test_a_trade_after_an_adjective_inside_a_longer_name_is_left_alone() -> None:
    actors = _actors(
        "The Icelandic Rail Board said prices would rise, and its chairman Ivo Marrack said "
        "the Icelandic Rail Board would meet again on Monday."
    )
    assert "Icelandic Rail" not in actors


def test_a_name_before_a_band_members_role_and_a_name_is_the_band() -> None:
    actors = _actors(
        "Lady Marlowe singer Tessa Brandt's tour bus broke down on a freeway on Thursday "
        "morning, officials said. Lady Marlowe is set to perform at a country music show in "
        "Arlington on Sunday, the band said."
    )
    assert actors["Lady Marlowe"].type == "organization"
    assert actors["Tessa Brandt"].type == "person"


def test_a_firms_possessive_name_alone_is_the_firm_named_with_its_legal_form() -> None:
    actors = _actors(
        "Dividend payouts rose 10% last year, according to Standard & Tolley's Corp., and "
        "analysts expect more growth. Investors might watch the monthly tally from Standard & "
        "Tolley's of the number of companies adjusting their dividends, one analyst said."
    )
    firm = actors["Standard & Tolley's Corp."]
    assert firm.type == "organization" and "Standard & Tolley" in firm.aliases
    assert "Standard & Tolley" not in actors


def test_a_name_ending_in_a_plural_of_members_is_their_body() -> None:
    actors = _actors(
        "Victoria Farmers president Dan Kellow said the drought would cost growers millions "
        "this season, and Norland Graziers agreed."
    )
    assert actors["Victoria Farmers"].type == "organization"
    assert actors["Dan Kellow"].type == "person"
