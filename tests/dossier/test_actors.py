"""Actors across articles: one person under several names, two people never merged."""

from __future__ import annotations

from datetime import date

from briefing.dossier import build_dossier
from tests.dossier.briefings import body, briefing, person

S = ["The minister spoke about the new bridge plan today."]


def names(dossier) -> list[str]:
    return sorted(a.name for a in dossier.actors)


def test_full_name_bare_surname_and_titled_surname_are_one_person() -> None:
    dossier = build_dossier(
        [
            briefing("One", date(2024, 3, 1), S, actors=[person("Ana Berg", "minister")]),
            briefing("Two", date(2024, 3, 2), S, actors=[person("Berg")]),
            briefing("Three", date(2024, 3, 3), S, actors=[person("Minister Berg")]),
        ]
    )
    assert names(dossier) == ["Ana Berg"]
    berg = dossier.actors[0]
    assert len(berg.articles) == 3
    assert set(berg.aliases) == {"Berg", "Minister Berg"}


def test_people_sharing_a_surname_with_different_first_names_stay_apart() -> None:
    dossier = build_dossier(
        [
            briefing("One", date(2024, 3, 1), S, actors=[person("Ana Berg")]),
            briefing("Two", date(2024, 3, 2), S, actors=[person("Piet Berg")]),
        ]
    )
    assert names(dossier) == ["Ana Berg", "Piet Berg"]


def test_bare_surname_of_two_people_joins_the_one_whose_role_it_carries() -> None:
    dossier = build_dossier(
        [
            briefing("One", date(2024, 3, 1), S, actors=[person("Ana Berg", "Transport minister")]),
            briefing("Two", date(2024, 3, 2), S, actors=[person("Piet Berg", "opposition leader")]),
            briefing("Three", date(2024, 3, 3), S, actors=[person("Berg", "Minister")]),
        ]
    )
    ana = next(a for a in dossier.actors if a.name == "Ana Berg")
    assert len(ana.articles) == 2
    assert names(dossier) == ["Ana Berg", "Piet Berg"]


def test_bare_surname_of_two_people_without_a_telling_role_stays_unresolved() -> None:
    dossier = build_dossier(
        [
            briefing("One", date(2024, 3, 1), S, actors=[person("Ana Berg")]),
            briefing("Two", date(2024, 3, 2), S, actors=[person("Piet Berg")]),
            briefing("Three", date(2024, 3, 3), S, actors=[person("Berg")]),
        ]
    )
    berg = next(a for a in dossier.actors if a.name == "Berg")
    assert not berg.resolved
    assert {dossier.actor(c).name for c in berg.candidates} == {"Ana Berg", "Piet Berg"}
    assert all(len(a.articles) == 1 for a in dossier.actors)


def test_middle_name_alias_links_the_shorter_full_name() -> None:
    dossier = build_dossier(
        [
            briefing("One", date(2024, 3, 1), S, actors=[person("Ana Maria Berg")]),
            briefing("Two", date(2024, 3, 2), S, actors=[person("Ana Berg")]),
        ]
    )
    assert len(dossier.actors) == 1


def test_roles_over_time_follow_article_dates() -> None:
    dossier = build_dossier(
        [
            briefing("Later", date(2025, 1, 1), S, actors=[person("Ana Berg", "Prime minister")]),
            briefing("Earlier", date(2024, 1, 1), S, actors=[person("Ana Berg", "Minister")]),
        ]
    )
    roles = dossier.actors[0].roles
    assert [(r.role, r.published) for r in roles] == [
        ("Minister", date(2024, 1, 1)),
        ("Prime minister", date(2025, 1, 1)),
    ]


def test_bodies_merge_on_name_and_abbreviation() -> None:
    dossier = build_dossier(
        [
            briefing("One", date(2024, 3, 1), S, actors=[body("United Nations", "UN")]),
            briefing("Two", date(2024, 3, 2), S, actors=[body("UN")]),
            briefing("Three", date(2024, 3, 3), S, actors=[body("the United Nations")]),
        ]
    )
    assert [(a.name, len(a.articles)) for a in dossier.actors] == [("United Nations", 3)]


def test_actors_are_ordered_by_number_of_articles() -> None:
    dossier = build_dossier(
        [
            briefing("One", date(2024, 3, 1), S, actors=[person("Liv Dahl"), person("Ana Berg")]),
            briefing("Two", date(2024, 3, 2), S, actors=[person("Ana Berg")]),
        ]
    )
    assert [a.name for a in dossier.actors] == ["Ana Berg", "Liv Dahl"]
