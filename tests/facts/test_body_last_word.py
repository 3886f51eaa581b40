"""A body named in full and then by its last word after "the" or before a role ("the
Rovers", "Rovers captain") has one row holding those mentions, and a person's affiliation
read as that word names the body; not where two bodies of the story end in the word
(invented clubs, people and sentences)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.model import Actor
from briefing.nlp import analyse


def _actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(analyse(text))}


_CLUB = (
    "Dunmere Rovers have parted company with coach Oren Talvik after a heavy home loss to "
    "Kelby Athletic. The Rovers, who lie last in the division, named Tam Brodie as interim "
    "coach. He led the Rovers to a cup final two years ago. Former Rovers captain Ivo Marsh "
    "told a local paper the board had lost faith."
)


def test_the_club_s_last_word_after_the_is_its_mention() -> None:
    club = _actors(_CLUB)["Dunmere Rovers"]
    assert club.type == "organization"
    assert "Rovers" in club.aliases
    assert club.mentions == 4  # the full name, "The Rovers", "the Rovers", "Rovers captain"


def test_an_affiliation_read_as_the_last_word_names_the_whole_club() -> None:
    assert _actors(_CLUB)["Ivo Marsh"].affiliation == "Dunmere Rovers"


def test_a_last_word_two_bodies_end_in_joins_neither() -> None:
    text = (
        "Dunmere Rovers beat Kelby Rovers 2-0 at home on Saturday. The Rovers from Kelby had "
        "not lost since May, said coach Oren Talvik."
    )
    orgs = [a for a in _actors(text).values() if a.name.endswith(" Rovers")]
    assert orgs and not any("Rovers" in a.aliases for a in orgs)
