"""Grounds and roads, and a town named with its officials: places, not bodies."""

from __future__ import annotations

import dataclasses

from briefing.facts.kinds import classify
from briefing.model import Doc, Entity
from briefing.nlp import analyse

MATCH = (
    "Norbank beat Esker 2-1 in the league on Saturday. The striker scored twice in the "
    "match and the coach praised his team. Dunmore drew 1-1 with Valby Rovers to stay top."
)


def _entities(doc: Doc, label: str, surface: str) -> list[Entity]:
    """Every mention of `surface` in `doc`, labelled `label`."""
    out, start = [], doc.text.find(surface)
    while start >= 0:
        end = start + len(surface)
        s = next(x for x in doc.sentences if x.start <= start < x.end)
        out.append(Entity(label, surface, start, end, s.index, *s.token_span(start, end)))
        start = doc.text.find(surface, end)
    return out


def _labels(text: str, label: str, surface: str) -> list[str]:
    """The corrected labels of every mention of `surface`, all tagged `label`."""
    doc = analyse(text)
    doc = dataclasses.replace(doc, entities=tuple(_entities(doc, label, surface)))
    return [e.label for e in classify(doc).entities if e.text == surface]


def test_a_ground_named_after_the_is_a_place_at_every_mention() -> None:
    text = MATCH + " Osby are visiting the Lundgate next week. Esker won in the Lundgate in May."
    assert _labels(text, "LOCATION", "Lundgate") == ["LOCATION", "LOCATION"]


def test_a_town_a_side_plays_at_is_still_its_team_elsewhere() -> None:
    text = MATCH + " Osby lost at Harbourton. Harbourton climbed to third."
    assert _labels(text, "LOCATION", "Harbourton")[1:] == ["ORGANIZATION"]


def test_an_unknown_name_with_a_place_tail_is_a_site_in_sports_copy() -> None:
    text = MATCH + " Their Esker Coast trip starts in May, and Lundgate Yards opens for them."
    assert _labels(text, "ORGANIZATION", "Esker Coast") == ["LOCATION"]
    assert _labels(text, "ORGANIZATION", "Lundgate Yards") == ["LOCATION"]


def test_a_place_tail_that_ends_teams_names_keeps_the_team() -> None:
    text = MATCH + " Osby Bay beat Harbour Park 3-0 on Sunday."
    assert _labels(text, "ORGANIZATION", "Osby Bay") == ["ORGANIZATION"]
    assert _labels(text, "ORGANIZATION", "Harbour Park") == ["ORGANIZATION"]


def test_officials_after_a_town_named_as_a_place_are_the_towns() -> None:
    text = (
        "The old mill in Manchester will be pulled down next year. "
        "Manchester officials said the site would become a park."
    )
    doc = analyse(text)
    first, second = _entities(doc, "LOCATION", "Manchester")
    second = dataclasses.replace(second, label="ORGANIZATION")
    doc = dataclasses.replace(doc, entities=(first, second))
    labels = [e.label for e in classify(doc).entities if e.text == "Manchester"]
    assert labels == ["LOCATION", "LOCATION"]


def test_a_named_expressway_is_a_road_not_a_body() -> None:
    text = "Crews will close the Valby Expressway for repairs over the summer, the city said."
    assert _labels(text, "ORGANIZATION", "Valby Expressway") == ["LOCATION"]
