"""A channel named by its theme is a broadcaster; one named by a place or people a water."""

from __future__ import annotations

import dataclasses

from briefing.facts.untagged import missed_bodies
from briefing.nlp import analyse


def _found(text: str) -> list[str]:
    doc = analyse(text)
    doc = dataclasses.replace(doc, entities=())
    return [e.text for e in missed_bodies(doc, [])]


def test_a_themed_channel_is_a_body() -> None:
    assert "Cookery Channel" in _found("Fans asked the Cookery Channel to buy the old series.")


def test_a_channel_opened_by_a_people_is_no_body() -> None:
    assert _found("The ferry crossed the English Channel in fog on Monday.") == []


def test_a_channel_opened_by_a_place_is_no_body() -> None:
    assert _found("Boats sailed down the Bristol Channel to the open sea.") == []
