"""Entertainment, technology, sport and science copy of the forty-sixth round (BBC and ABC
sets): bookmakers named for people, and other names read as bodies in arts copy. Our own
invented text, beside the real names of the word lists it tests."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.nlp import analyse


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(analyse(text))}


def test_a_bookmaker_named_for_a_man_is_a_firm() -> None:
    text = "Jo Park is the favourite to win the Valby Prize at William Hill, at odds of 2/1."
    kinds = _kinds(text)
    assert kinds.get("William Hill") == "organization"


def test_a_bookmaker_left_untagged_is_a_firm() -> None:
    text = "Ladbrokes has cut the odds on a Norland win at the Valby song contest to 3/1."
    assert _kinds(text).get("Ladbrokes") == "organization"


def test_names_after_box_office_flops_are_films() -> None:
    kinds = _kinds("Profits rose, helped by box-office flops Bertram and Catgirl.")
    assert "Bertram" not in kinds


def test_game_characters_named_after_such_as_are_no_bodies() -> None:
    text = "The console launches with games featuring characters such as Captain Pell and Zorbo."
    kinds = _kinds(text)
    assert "Captain Pell" not in kinds
    assert "Zorbo" not in kinds


def test_named_pyramids_are_no_persons() -> None:
    text = (
        "The study reviews the surveying of the pyramids Rameses, Osmund and Kenamun, "
        "built long ago."
    )
    kinds = _kinds(text)
    assert not {"Rameses", "Osmund", "Kenamun"} & set(kinds)


def test_a_countrys_tv_ending_a_clause_is_no_body() -> None:
    text = "Jo Park, the Valby comic, spoke out against the censoring of live shows on US TV."
    assert "US TV" not in _kinds(text)


def test_a_titled_person_of_a_university_gives_no_body_of_both() -> None:
    text = (
        "Quakes can shift ground water, say scientists. Dr Ann Lind of University of "
        "Norland led the study. Lind said the effect was large."
    )
    kinds = _kinds(text)
    assert not [n for n in kinds if n.startswith("Dr Ann Lind")]
    assert kinds.get("Ann Lind") == "person"
