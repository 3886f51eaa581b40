"""Roles in the positions news copy gives them: a title in a later sentence, a lone "deputy",
plural roles before a list of names, "Rev.", person nouns the tagger reads as adjectives, and
a body's name with "of" before the role in an apposition."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.nlp import analyse


def _roles(text: str, name: str) -> tuple[str, ...]:
    return next(a.roles for a in extract_actors(analyse(text)) if a.name == name)


def test_a_capitalised_title_opening_a_later_sentence_is_the_lead_persons_role() -> None:
    text = "Ann Lindqvist opened the Valby plant on Monday. The Prime Minister said jobs follow."
    assert _roles(text, "Ann Lindqvist") == ("Prime Minister",)


def test_deputy_and_chief_alone_are_roles() -> None:
    text = "Tom Berg said he and his deputy, Ann Lind, would stay on."
    assert _roles(text, "Ann Lind") == ("deputy",)
    text = "The network parted ways in May with chief Jo Parkin."
    assert _roles(text, "Jo Parkin") == ("chief",)


def test_a_plural_role_in_sses_before_a_list_of_names() -> None:
    text = "Posts came from the actresses Ann Lind and Eva Holm on Sunday."
    assert _roles(text, "Eva Holm") == ("actress",)


def test_rev_before_a_name_is_a_role() -> None:
    text = "The plan drew criticism from the Rev. Tom Berg, who leads the chapel."
    assert _roles(text, "Tom Berg") == ("Rev.",)


def test_person_nouns_the_tagger_reads_as_adjectives() -> None:
    text = "Polls show Valby voters back front-runner Ann Lind by ten points."
    assert _roles(text, "Ann Lind") == ("front-runner",)
    text = "There is room for doubt, said Tom Berg, an Valby operative now working for Norbank."
    assert _roles(text, "Tom Berg") == ("Valby operative",)


def test_a_body_named_with_of_before_the_role_of_an_apposition() -> None:
    text = "It is moot, said Jo Parkin, a University of Valby history professor who wrote."
    assert _roles(text, "Jo Parkin") == ("University of Valby history professor",)
