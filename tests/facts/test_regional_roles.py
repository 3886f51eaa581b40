"""Roles in regional copy: a firm whose name opens with a rank or office word keeps it
("General Motors spokesman"), and a councillor's title after the role noun belongs to the
name, not the role ("mayor Cllr Jo Lind") (invented sentences)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.model import Actor
from briefing.nlp import analyse


def _actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(analyse(text))}


def test_a_rank_word_opening_a_firm_s_name_stays_in_the_affiliation() -> None:
    actors = _actors(
        "The carmaker will recall 9,000 vans. General Motors spokesman Dale Wicken said the "
        "brakes were being checked at every dealer."
    )
    wicken = actors["Dale Wicken"]
    assert wicken.roles == ("spokesman",)
    assert wicken.affiliation == "General Motors"
    assert "Motors" not in actors


def test_a_councillor_s_title_after_the_role_is_no_part_of_the_role() -> None:
    actors = _actors('Current mayor Cllr Ravi Sandhu said: "She gave this town its hospital."')
    assert actors["Ravi Sandhu"].roles == ("mayor",)
