"""A band named once, in a band member's role before a person's name, is an organisation
row (its mention's offsets its own); a place or a people's word before the role is not."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.model import Actor
from briefing.nlp import analyse


def _actors(text: str) -> tuple[Actor, ...]:
    return extract_actors(analyse(text))


def _orgs(text: str) -> dict[str, Actor]:
    return {a.name: a for a in _actors(text) if a.type == "organization"}


def test_a_band_before_a_frontman_is_an_organisation() -> None:
    text = "The crowd cheered as Glimmerhand frontman Pelo Dastrin walked on stage late."
    orgs = _orgs(text)
    assert "Glimmerhand" in orgs
    first = orgs["Glimmerhand"].evidence[0]
    assert text[first.start : first.end] == "Glimmerhand"


def test_a_former_member_s_band_is_an_organisation_at_a_sentence_start() -> None:
    text = "Fans waited all night. Former Kestrelzone singer Tomas Verrik may join the record."
    orgs = _orgs(text)
    assert "Kestrelzone" in orgs
    first = orgs["Kestrelzone"].evidence[0]
    assert text[first.start : first.end] == "Kestrelzone"
    verrik = next(a for a in _actors(text) if a.name == "Tomas Verrik")
    assert verrik.type == "person"


def test_a_people_s_word_before_a_singer_names_no_band() -> None:
    text = "The show was opened by the French singer Amelie Vasquin on Saturday evening."
    assert not _orgs(text)


def test_a_frontman_known_by_a_town_s_name_is_a_person_and_his_band_a_body() -> None:
    text = "The crowd sang along when Orvane frontman Cardiff walked on stage in Marlow on Friday."
    actors = {a.name: a for a in _actors(text)}
    assert actors["Cardiff"].type == "person"
    assert actors["Cardiff"].roles == ("Orvane frontman",)
    assert actors["Orvane"].type == "organization"


def _roles(text: str) -> dict[str, tuple[str, ...]]:
    return {a.name: a.roles for a in _actors(text) if a.type == "person"}


def test_a_passive_between_a_list_s_label_and_its_cue_keeps_the_label() -> None:
    text = "Other singers being approached include Tomas Verrik, Amelie Vasquin and Pelo Dastrin."
    roles = _roles(text)
    assert roles["Amelie Vasquin"] == ("singer",)
    assert roles["Pelo Dastrin"] == ("singer",)


def test_a_listed_name_s_band_after_of_does_not_end_the_list() -> None:
    text = (
        "Other actors being approached include Tomas Verrik of The Velvetkites, Amelie "
        "Vasquin and Pelo Dastrin."
    )
    assert _roles(text)["Pelo Dastrin"] == ("actor",)


def test_names_among_the_line_up_of_entertainers_are_entertainers() -> None:
    text = (
        "The first record sold well in Marlow. Amelie Vasquin, Tomas Verrik and Pelo Dastrin "
        "were among the line-up of entertainers."
    )
    roles = _roles(text)
    assert roles["Amelie Vasquin"] == ("entertainer",)
    assert roles["Pelo Dastrin"] == ("entertainer",)


def test_one_name_among_a_group_takes_no_role_from_it() -> None:
    text = "Years earlier in Marlow, Tomas Verrik was among the students who marched to the hall."
    assert _roles(text)["Tomas Verrik"] == ()
