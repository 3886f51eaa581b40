"""Persons and roles a reader checks first: an aside naming a quote's source is no role."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.model import Actor
from briefing.nlp import analyse


def _actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(analyse(text))}


def test_a_source_aside_after_a_name_gives_no_role() -> None:
    actors = _actors("Tom Vale, the label said, will tour Valby in the spring.")
    assert actors["Tom Vale"].roles == ()
    actors = _actors("The tour of Valby was cancelled by Tom Vale, the label said.")
    assert actors["Tom Vale"].roles == ()


def test_an_apposition_before_the_reporting_verb_stays_a_role() -> None:
    actors = _actors("Tom Vale, the label's owner, said the tour of Valby was over.")
    assert actors["Tom Vale"].roles == ("label's owner",)


def test_a_judge_with_a_middle_initial_is_cut_from_the_court() -> None:
    actors = _actors("A court in Valby sat. Valby District Court Judge Tom W Vale ruled on it.")
    assert actors["Tom W Vale"].type == "person" and actors["Tom W Vale"].roles == ("Judge",)
    assert actors["Valby District Court"].type == "organization"


def test_a_prize_before_a_noun_is_no_person() -> None:
    actors = _actors("Jo Park, an Oscar nominee, came to Valby on Monday.")
    assert set(actors) == {"Jo Park"}


def test_a_plural_read_as_the_verb_gives_no_role() -> None:
    actors = _actors("The new film stars Jo Park and Ana Berg.")
    assert actors["Jo Park"].roles == () and actors["Ana Berg"].roles == ()
    actors = _actors("Film stars Jo Park and Ana Berg came to Valby.")
    assert actors["Jo Park"].roles == ("star",)
