"""Bodies and places of farm and science copy: two fields joined before a country, a
title's adjective after a body's letters, a firm before a spokesman, a stretch of country
and a journal named for an academy (invented sentences)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.nlp import analyse


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(analyse(text))}


def test_two_fields_joined_before_a_country_are_one_body() -> None:
    actors = _actors("A spokesman for Grain and Wool Canada said the crop was late.")
    assert actors.get("Grain and Wool Canada") == "organization"
    assert "Wool Canada" not in actors


def test_a_title_adjective_after_a_body_s_letters_is_the_title_s() -> None:
    actors = _actors("But NFU National President Jo Park says more checks are needed.")
    assert actors.get("NFU") == "organization"
    assert "NFU National" not in actors


def test_a_firm_before_a_spokesman_keeps_its_whole_name() -> None:
    actors = _actors("KL Valby River Cotton spokesman Jo Park says 100 kinds failed.")
    assert actors.get("KL Valby River Cotton") == "organization"
    assert "KL" not in actors


def test_a_party_before_a_portfolio_is_still_the_party() -> None:
    actors = _actors("Lib Dem Home Affairs spokesman Jo Park says no.")
    assert "Liberal Democrats" in actors


def test_the_start_of_a_stretch_of_country_is_no_person() -> None:
    assert "Tarrowby" not in _actors("From Tarrowby to the Snowy Mountains, growers wait.")


def test_proceedings_of_an_academy_is_one_name() -> None:
    actors = _actors("It is in the US Proceedings of the Valby Academy of Sciences online.")
    assert "Valby Academy of Sciences" not in actors


def test_a_technology_and_a_law_s_short_name_are_no_bodies() -> None:
    actors = _actors("Jo Park mapped the Valby dunes with GPS. She fought JASTA for years.")
    assert "GPS" not in actors and "JASTA" not in actors
