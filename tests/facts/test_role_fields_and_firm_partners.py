"""Roles of round 40: an office whose field follows "of" in lower case ("head of research")
keeps the field, and "partner" after a firm's name is the firm's office, not a relation."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.nlp import analyse


def _roles(text: str, name: str) -> tuple[str, ...]:
    return next(a.roles for a in extract_actors(analyse(text)) if a.name == name)


def test_an_office_keeps_its_field_after_of() -> None:
    text = "Lars Holmqvist, head of research at Norbank, said growth would slow."
    assert _roles(text, "Lars Holmqvist") == ("head of research",)
    text = "Ana Lindgren, the firm's director of telecoms research, said prices would fall."
    assert _roles(text, "Ana Lindgren") == ("firm's director of telecoms research",)


def test_an_office_of_a_body_takes_no_field() -> None:
    text = "Piet Karlsson, head of Norbank, said growth would slow."
    assert _roles(text, "Piet Karlsson") == ("head",)


def test_partner_after_a_firms_name_is_its_office() -> None:
    text = "Harbour Ventures partner Jo Lindqvist said the fund would invest more in Valby."
    assert _roles(text, "Jo Lindqvist") == ("partner",)


def test_partner_after_an_owner_or_a_nationality_stays_a_relation() -> None:
    text = "Ana Berglund and her Dutch partner Piet Karlsson run a bakery in Valby."
    assert _roles(text, "Piet Karlsson") == ()


def test_a_field_named_like_a_place_noun_keeps_the_role() -> None:
    text = "Piet Karlsson, who is now her secretary of state, flew to Valby on Monday."
    assert _roles(text, "Piet Karlsson") == ("secretary of state",)


def test_two_offices_joined_by_and_stay_two_roles_with_a_field() -> None:
    text = "Ola Dahlgren, senior vice president and manager of harbour loans at Norbank, spoke."
    assert _roles(text, "Ola Dahlgren") == ("senior vice president", "manager of harbour loans")
