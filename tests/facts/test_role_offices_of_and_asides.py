"""Roles of round 39: a capitalised office with its portfolio before a name ("Chancellor of
the Exchequer", "Chief of Staff"), an office with "to" set off before a name, one of an
owner's many ("one of the family's lawyers, Jo Lind,"), a firm's graded partner, a US
source's home town set off before the role, a faculty's dean, a noun of people after "to",
an adverb before an appointing participle ("recently named"), an office's adjective after an
owner ("the union's national officer"), and what is no role: a comparison ("the younger
Lind"), a pick ("favourite to win") and a new phrase after a dash."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.nlp import analyse


def _roles(text: str, name: str) -> tuple[str, ...]:
    return next(a.roles for a in extract_actors(analyse(text)) if a.name == name)


def test_a_capitalised_office_with_its_portfolio_before_a_name() -> None:
    text = "Shares fell after Chancellor of the Exchequer Jo Lindqvist resigned on Friday."
    assert _roles(text, "Jo Lindqvist") == ("Chancellor of the Exchequer",)
    text = "The chairman told Valby House Chief of Staff Piet Karlsson that support had gone."
    assert _roles(text, "Piet Karlsson") == ("Chief of Staff",)


def test_an_office_to_a_place_set_off_before_a_name() -> None:
    text = "Yesterday the Norlandic ambassador to Valby, Ana Bergstrom, spoke in Tarnholm."
    assert _roles(text, "Ana Bergstrom") == ("ambassador to Valby",)


def test_one_of_an_owners_many_set_off_before_a_name() -> None:
    text = "In a note, one of the family's lawyers, Karin Dahl, said the films were clear."
    assert _roles(text, "Karin Dahl") == ("lawyer",)


def test_a_firms_graded_partner() -> None:
    text = '"We are fine," said Olle Brandt, a managing partner at Norgate Holdings.'
    assert _roles(text, "Olle Brandt") == ("managing partner",)


def test_a_home_town_and_state_before_a_role() -> None:
    text = "Ed Voss, a Wilton, Conn., money manager who tracks harbour stocks, said it was good."
    assert _roles(text, "Ed Voss") == ("money manager",)


def test_a_dean_after_a_grade_and_a_given_name_dean() -> None:
    text = '"It is hard," says Mira Gent, associate dean of the Valby Medical School.'
    assert _roles(text, "Mira Gent") == ("associate dean",)
    text = "Coach Dean Holt said the side was ready. Dean Holt had a plan."
    assert _roles(text, "Dean Holt") == ("Coach",)


def test_an_undersecretary() -> None:
    text = '"It may work," says Per Almqvist, undersecretary of trade for exports.'
    assert _roles(text, "Per Almqvist") == ("undersecretary of trade",)  # its field (round 40)


def test_a_noun_of_people_after_to_but_not_a_verb() -> None:
    text = "The singer has been linked to supermodel Lena Fjord in recent weeks."
    assert _roles(text, "Lena Fjord") == ("supermodel",)
    text = "The club hopes to recruit Lena Fjord in the coming weeks."
    assert _roles(text, "Lena Fjord") == ()


def test_a_comparison_or_a_pick_is_no_role() -> None:
    text = "One of President Holm's sons has told him. The source said the younger Holm was upset."
    assert _roles(text, "Holm") == ("President",)
    text = "Its star Hilda Svensk is favourite to win best actress at the Valby awards."
    assert _roles(text, "Hilda Svensk") == ("star",)


def test_a_new_phrase_after_a_dash_is_no_role() -> None:
    text = "It ends with a visit by President Ana Berg -- the only time a head of state has come."
    assert _roles(text, "Ana Berg") == ("President",)


def test_an_adverb_before_an_appointing_participle() -> None:
    text = "Sten Moberg, recently named Valby Weekly president, said prices would rise."
    assert _roles(text, "Sten Moberg") == ("Valby Weekly president",)
    text = "Sten Moberg, only released last week, said prices would rise."
    assert _roles(text, "Sten Moberg") == ()


def test_an_office_adjective_after_an_owner_stays_in_the_role() -> None:
    text = "The union's national officer for finance, Lars Holm, spoke first."
    assert _roles(text, "Lars Holm") == ("national officer for finance",)
