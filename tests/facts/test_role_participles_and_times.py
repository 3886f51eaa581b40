"""Roles opened by a participle a tagger reads as a verb ("a retired cleaner") and by a word
dating the office before a capitalised role ("Former Harbour Minister") (invented sentences)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.model import Actor
from briefing.nlp import analyse


def _actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(analyse(text))}


def test_a_retired_role_set_off_before_the_name_is_kept() -> None:
    actors = _actors("A retired cleaner, Jo Pellow, said the water had reached her kitchen.")
    assert actors["Jo Pellow"].roles == ("retired cleaner",)


def test_former_before_a_capitalised_office_stays_in_the_role() -> None:
    actors = _actors("Former Harbour Minister Bram Ostley said the sea wall had failed.")
    assert actors["Bram Ostley"].roles == ("Former Harbour Minister",)


def test_former_in_lower_case_before_a_capitalised_office_stays_in_the_role() -> None:
    actors = _actors("The former Harbour Minister Bram Ostley said the sea wall had failed.")
    assert actors["Bram Ostley"].roles == ("former Harbour Minister",)
