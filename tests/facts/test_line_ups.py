"""Sport copy's names: line-ups printed as sentences of their own, with no team heading (every
name on them is a person once one is a player the report names, a short substitutes' list in
such a paragraph too, and a player's surname is a person wherever the report prints it); an
initial or a particle the tagger cut from a surname ("P Brennick", "Os du Brennick"); a venue
named with a possessive ("St Ives' Park").
"""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.model import Actor, Options
from briefing.nlp import analyse
from briefing.pipeline import analyze
from briefing.sources import load_bytes

_REPORT = (
    "Harbour edge past Valby\n\n"
    "Harbour Athletic beat Valby Town 2-1 at the Quay Ground on Saturday. "
    "Jo Park scored twice for the hosts and Westfield hit the post before Ole Dahl replied.\n\n"
    "Park, Lindqvist, Gravelle (Holmstad 70), Thornbury; Engset, Westfield (Ruddock 81), "
    "Brackley, Ossington. Subs Not Used: Krantz, Ashwell.\n\n"
    "Dahl, Moorcroft, Hillary, Fenwicke, Brookside, Tallis.\n\n"
    "P Brennick (Norland).\n"
)


def _actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(analyse(text))}


def test_every_name_of_a_line_up_without_heading_is_a_person() -> None:
    actors = _actors(_REPORT)
    for name in ("Lindqvist", "Gravelle", "Holmstad", "Ruddock", "Brackley", "Moorcroft"):
        assert actors[name].type == "person", name


def test_a_short_substitutes_list_beside_a_line_up_gives_people() -> None:
    actors = _actors(_REPORT)
    for name in ("Krantz", "Ashwell"):
        assert actors[name].type == "person" and actors[name].roles == ("sub",), name


def test_an_initial_before_a_surname_is_part_of_the_name() -> None:
    actors = _actors(_REPORT)
    assert actors["P Brennick"].type == "person" and "Brennick" not in actors


def test_a_list_of_towns_standing_alone_names_no_people() -> None:
    text = (
        "Harbour FC tour\n\nThe club will play four friendlies.\n\nValby, Norbank, Eastholm, Sudby."
    )
    assert all(a.type != "person" for a in extract_actors(analyse(text)))


def test_a_name_cut_at_its_particle_is_one_person() -> None:
    text = "Scrum battle\n\nHe beat Norland's Os du Brennick in the scrum at Valby last autumn."
    actors = _actors(text)
    assert actors["Os du Brennick"].type == "person" and "Brennick" not in actors


def test_a_venue_with_a_possessive_is_one_place() -> None:
    text = "Harbour away\n\nHarbour travel to St Ives' Park on Sunday to face Valby."
    facts = analyze(load_bytes(text.encode("utf-8"), "x.txt"), Options()).facts
    names = [x.name for x in facts.locations]
    assert "St Ives' Park" in names and "Park" not in names
