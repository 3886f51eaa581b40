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
    # The sentence's capital is not the role's: the same role as mid-sentence.
    actors = _actors("Former Harbour Minister Bram Ostley said the sea wall had failed.")
    assert actors["Bram Ostley"].roles == ("former Harbour Minister",)


def test_former_in_lower_case_before_a_capitalised_office_stays_in_the_role() -> None:
    actors = _actors("The former Harbour Minister Bram Ostley said the sea wall had failed.")
    assert actors["Bram Ostley"].roles == ("former Harbour Minister",)


def test_an_unknown_given_name_after_a_long_portfolio_is_a_person_with_the_office() -> None:
    actors = _actors("Minister for Crown Relations Tamsin Orvell toured the flooded streets.")
    assert actors["Tamsin Orvell"].roles == ("Minister for Crown Relations",)
    assert not [name for name in actors if "Relations" in name and name != "Tamsin Orvell"]


def test_a_portfolio_ending_in_a_body_word_is_no_part_of_the_holder_s_name() -> None:
    actors = _actors("Minister of Harbour Affairs Tamsin Orvell toured the flooded streets.")
    assert actors["Tamsin Orvell"].roles == ("Minister of Harbour Affairs",)


def test_an_office_before_a_comma_and_a_courtesy_title_is_the_holder_s_role() -> None:
    actors = _actors(
        "County Executive Committee Member for Trade, Ms Anyango Weru, promised new stalls."
    )
    weru = actors["Anyango Weru"]
    assert weru.roles == ("Member for Trade",)
    assert weru.affiliation == "County Executive Committee"
