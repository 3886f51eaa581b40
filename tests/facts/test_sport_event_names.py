"""An athletics meeting named after "at the" is an event, no ground, and a championships'
short name in "Indoors" is no body (round 40). Entities are given by hand."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.places import extract_places
from tests.facts.test_person_place_kinds import _doc

_TEXT = (
    "Ana Brisk won the 800m title at the Dunvarrow Grand Prix last week. She had planned to "
    "run at the Norlandic Indoors, but a hamstring injury in training forced her out of the "
    "race, and the athletics team will miss her in the cup final."
)


def _names(text: str) -> set[str]:
    doc = _doc(
        text,
        ("PERSON", "Ana Brisk"),
        ("ORGANIZATION", "Dunvarrow Grand Prix"),
        ("ORGANIZATION", "Norlandic Indoors"),
    )
    return {a.name for a in extract_actors(doc)} | {p.name for p in extract_places(doc)}


def test_a_grand_prix_after_at_the_is_no_ground_and_indoors_no_body() -> None:
    names = _names(_TEXT)
    assert "Dunvarrow Grand Prix" not in names and "Norlandic Indoors" not in names
    assert "Ana Brisk" in names
