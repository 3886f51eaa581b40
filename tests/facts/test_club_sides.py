"""A name after a nationality or a league and "side", "outfit" or "club" is a club's
("joined from Welsh side Dunvarrow"), never a person with the role "side" (round 36)."""

from __future__ import annotations

import dataclasses

from briefing.facts.kinds import classify
from briefing.model import Entity
from briefing.nlp import analyse


def _label(text: str, label: str, surface: str) -> str:
    """The corrected label of the one mention of `surface`, tagged `label`."""
    doc = analyse(text)
    start = doc.text.index(surface)
    end = start + len(surface)
    s = next(x for x in doc.sentences if x.start <= start < x.end)
    entity = Entity(label, surface, start, end, s.index, *s.token_span(start, end))
    doc = dataclasses.replace(doc, entities=(entity,))
    return next(e.label for e in classify(doc).entities if e.text == surface)


def test_a_name_after_a_nationality_and_side_is_a_club() -> None:
    text = "Orrin Kale joined the club from Welsh side Dunvarrow in the spring on a short deal."
    assert _label(text, "PERSON", "Dunvarrow") == "ORGANIZATION"


def test_a_name_after_a_league_and_outfit_is_a_club() -> None:
    text = "The forward left for Championship outfit Brackwell after two quiet seasons."
    assert _label(text, "PERSON", "Brackwell") == "ORGANIZATION"


def _bodies(text: str) -> list[str]:
    """The organisations `classify` finds in `text` when the tagger tagged nothing."""
    doc = dataclasses.replace(analyse(text), entities=())
    return [e.text for e in classify(doc).entities if e.label == "ORGANIZATION"]


def test_a_town_and_a_plural_nickname_that_acts_is_a_club() -> None:
    text = (
        "Valby Vikings have dismissed their coach after a fifth home loss. The Vikings "
        "said a caretaker would lead the squad."
    )
    assert _bodies(text) == ["Valby Vikings"]


def test_a_town_and_a_party_plural_or_a_place_plural_is_no_club() -> None:
    text = "Valby Democrats have asked for a recount. Valby Heights has a new library."
    bodies = _bodies(text)
    assert "Valby Democrats" not in bodies and "Valby Heights" not in bodies


def test_a_town_and_a_plural_named_once_without_acting_is_left_alone() -> None:
    assert _bodies("She bought two Valby Lanterns at the market on Sunday.") == []


def test_a_month_or_an_event_plural_makes_no_club() -> None:
    text = "March Bondnotes were quoted lower. The Valby Games opened and the Games drew crowds."
    bodies = _bodies(text)
    assert "March Bondnotes" not in bodies and "Valby Games" not in bodies


def test_a_name_opening_with_fc_is_a_club_not_a_person() -> None:
    """ "FC Brenwick": no person's name opens with "FC", known town after it or not (round 40)."""
    text = "The coach later had short stays at FC Brenwick and at two clubs in the south."
    assert _label(text, "PERSON", "FC Brenwick") == "ORGANIZATION"


def test_a_town_after_spells_at_is_a_club() -> None:
    """ "spells at Dunvarrow": a career's clubs, not the town (round 40)."""
    text = "Orrin Kale also enjoyed spells at Dunvarrow, who he took to a cup, before retiring."
    assert _label(text, "LOCATION", "Dunvarrow") == "ORGANIZATION"


def test_a_town_before_player_is_a_club() -> None:
    """ "said the Dunvarrow player": the club, where no "in Dunvarrow" names the town."""
    text = '"We can win the group," said the Dunvarrow player after the draw on Saturday.'
    assert _label(text, "LOCATION", "Dunvarrow") == "ORGANIZATION"


def test_a_country_read_as_a_body_in_sports_copy_is_the_place() -> None:
    """A national side is listed under its country, a place, as the multi-source guideline
    has it: a country the tagger read as a body in a sports report is no organisation."""
    text = (
        "Dunvarrow beat Brackwell 2-1 and drew 1-1 with Orrinford in the league. The striker "
        "scored twice, the goalkeeper saved a penalty and the team won the match. Orrin Kale "
        "hopes to keep playing for Norway in the cup."
    )
    assert _label(text, "ORGANIZATION", "Norway") == "LOCATION"
