"""Two roles joined by "and" before a name: one person's two roles, unless the words before
them make the first role someone else's; an office with its field after "of" before a name."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.model import Actor
from briefing.nlp import analyse


def _actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(analyse(text))}


def test_a_former_office_and_a_calling_before_a_name_are_both_roles() -> None:
    text = "The plan is a mistake, former MP and campaigner Edwin Hartley said on Tuesday."
    assert _actors(text)["Edwin Hartley"].roles == ("former MP", "campaigner")


def test_two_roles_opening_a_sentence_are_both_kept() -> None:
    text = "Singer and actor Marta Quell will open the Dunmore fair in June."
    assert _actors(text)["Marta Quell"].roles == ("Singer", "actor")


def test_a_bodys_two_offices_before_a_name_are_both_roles() -> None:
    text = "Pellwick Foods chairman and chief executive Ivo Strand denied the claim on Monday."
    assert _actors(text)["Ivo Strand"].roles == ("chairman", "chief executive")


def test_roles_after_between_belong_to_two_people() -> None:
    text = "The club confirmed a row between the coach and striker Dario Fenn last week."
    assert _actors(text)["Dario Fenn"].roles == ("striker",)


def test_an_office_with_its_field_after_of_before_a_name_is_the_role() -> None:
    text = "The rollout is late, director of network planning Paul Vesk said on Friday."
    assert _actors(text)["Paul Vesk"].roles == ("director of network planning",)


def test_a_field_noun_after_a_verb_and_of_is_no_role() -> None:
    text = "Residents spoke of flooding Paul Vesk said on Friday."
    assert _actors(text)["Paul Vesk"].roles == ()
