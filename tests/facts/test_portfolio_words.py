"""A capitalised word before a minister's or secretary's office names the portfolio, not a
body the holder belongs to; a party or a body the story names still is (invented
sentences)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.model import Actor
from briefing.nlp import analyse


def _person(text: str, name: str = "Jo Lind") -> Actor:
    return next(a for a in extract_actors(analyse(text)) if a.name == name)


def test_a_former_minister_s_portfolio_is_no_affiliation() -> None:
    lind = _person("Former Harbour Minister Jo Lind said the port would close.")
    assert lind.roles == ("former Harbour Minister",)
    assert lind.affiliation is None


def test_a_body_named_in_the_story_before_secretary_stays_the_affiliation() -> None:
    lind = _person("Valco Secretary Jo Lind said the port would close. Valco makes vans.")
    assert lind.affiliation == "Valco"


def test_a_club_before_a_player_s_role_stays_the_affiliation() -> None:
    assert _person("Harbour FC striker Jo Lind scored twice.").affiliation == "Harbour FC"


def test_a_department_s_initials_before_secretary_stay_the_affiliation() -> None:
    lind = _person("VHS Secretary Jo Lind said the clinics would open on Monday.")
    assert lind.affiliation == "VHS"
