"""Business copy of the forty-first round (bbcb4): a capital's loan to a firm, a country
next in a poll's ranking, an office after a person's name read as a body, a group split
into two firms of one lead word, and a university beside its named school. Our own
invented text."""

from __future__ import annotations

from briefing.facts.actors import (
    _appositive_titles_read_as_bodies,
    _Row,
    _school_leads_read_as_persons,
    extract_actors,
)
from briefing.model import Evidence
from briefing.nlp import analyse


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(analyse(text))}


def _states(text: str) -> set[str]:
    return {name for name, kind in _actors(text).items() if kind == "state"}


def test_a_capitals_provision_of_a_loan_to_a_firm_is_the_states_act() -> None:
    text = "Inspectors will study Oslo's provision of a large loan to the ferry line Norvaco."
    assert "Norway" in _states(text)


def test_a_country_next_in_a_polls_ranking_is_no_state() -> None:
    text = "The most hopeful were two large markets, Brazil and Chile, followed by Norway."
    assert "Norway" not in _states(text)


def test_a_deal_signed_by_a_country_still_makes_it_act() -> None:
    text = "The fishing deal signed by Norway last week angered the trawler crews of Valby."
    assert "Norway" in _states(text)


def test_a_group_splitting_into_two_firms_of_one_lead_word_gives_two_bodies() -> None:
    text = "The carrier Norvaco plans to split into Norvaco Cargo and Norvaco Travel next year."
    actors = _actors(text)
    assert {"Norvaco Cargo", "Norvaco Travel"} <= set(actors)
    assert "Norvaco Cargo and Norvaco Travel" not in actors


def test_an_office_after_a_persons_name_is_the_persons_title_not_a_body() -> None:
    text = '"Too high," Mara Velquist, Valdian Trade Envoy, said. Valdian Trade Envoy staff agreed.'
    person = _Row("Mara Velquist", "person", roles=["Valdian Trade Envoy"])
    after_comma = text.index("Valdian")
    body = _Row("Valdian Trade Envoy", "organization")
    body.add("Valdian Trade Envoy", Evidence(0, after_comma, after_comma + 19))
    orgs = {"valdian trade envoy": body}
    _appositive_titles_read_as_bodies(text, [person], orgs)
    assert not orgs


def test_an_office_named_as_a_subject_too_stays_a_body() -> None:
    text = '"Too high," Mara Velquist, Valdian Trade Envoy, said. Valdian Trade Envoy staff agreed.'
    person = _Row("Mara Velquist", "person", roles=["Valdian Trade Envoy"])
    body = _Row("Valdian Trade Envoy", "organization")
    for start in (text.index("Valdian"), text.rindex("Valdian")):
        body.add("Valdian Trade Envoy", Evidence(0, start, start + 19))
    orgs = {"valdian trade envoy": body}
    _appositive_titles_read_as_bodies(text, [person], orgs)
    assert list(orgs) == ["valdian trade envoy"]


def test_a_university_beside_its_named_school_is_a_body_of_its_own() -> None:
    people = [_Row("Tarnholm", "person"), _Row("Ana Berg", "person", roles=["professor"])]
    orgs = {"tarnholm school of mining": _Row("Tarnholm School of Mining", "organization")}
    _school_leads_read_as_persons(people, orgs)
    assert [r.name for r in people] == ["Ana Berg"]
    assert orgs["tarnholm"].type == "organization"


def test_a_given_name_of_a_named_person_beside_a_school_stays_a_person() -> None:
    people = [_Row("Tarnholm", "person"), _Row("Tarnholm Berg", "person")]
    orgs = {"tarnholm school of mining": _Row("Tarnholm School of Mining", "organization")}
    _school_leads_read_as_persons(people, orgs)
    assert len(people) == 2 and "tarnholm" not in orgs


def test_countries_included_in_a_subject_of_states_act() -> None:
    text = "Several members, including Norway and Sweden, have broken the quota since 2002."
    assert {"Norway", "Sweden"} <= _states(text)


def test_a_country_included_in_a_list_of_products_is_no_state() -> None:
    text = "Several cheeses, including Norway's brown cheese, have won prizes this year."
    assert "Norway" not in _states(text)


def test_a_title_case_acronym_is_the_short_form_of_the_body_it_spells() -> None:
    text = (
        "The poll was run by the Valby Institute for Trade Policy Aims (Vitpa), a think tank."
        " Vitpa said the mood was dark."
    )
    bodies = [a for a in extract_actors(analyse(text)) if a.type == "organization"]
    assert [a.name for a in bodies] == ["Valby Institute for Trade Policy Aims"]
    assert "Vitpa" in bodies[0].aliases


def test_a_title_case_word_not_in_brackets_is_no_acronym_of_a_body() -> None:
    text = "The Valby Institute for Trade Policy Aims met. Vitpa, a trader, said the mood was dark."
    names = {a.name for a in extract_actors(analyse(text))}
    assert "Valby Institute for Trade Policy Aims" in names
    assert not any("Vitpa" in a.aliases for a in extract_actors(analyse(text)))
