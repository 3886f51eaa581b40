"""A name in a work's subtitle, after a title's colon inside a sentence, is no place or body."""

from __future__ import annotations

from briefing.facts.kinds import _titles
from briefing.nlp import analyse


def _titled(text: str) -> list[str]:
    return [text[a:b] for a, b in _titles(analyse(text))]


def test_a_name_after_a_title_and_colon_is_a_subtitle() -> None:
    text = "The last episode of Star Harbour: Valby will air in the spring, Ana Lind said."
    assert "Valby" in _titled(text)


def test_a_name_after_a_possessive_title_and_colon_is_a_subtitle() -> None:
    text = "Jo Park's Night Blade: Tolvik took second place at the box office this weekend."
    assert "Tolvik" in _titled(text)


def test_a_label_opening_a_line_makes_no_subtitle() -> None:
    assert _titled("Venue: Valby Arena, with the doors open at seven.") == []


def test_a_person_named_in_full_after_a_colon_is_no_subtitle() -> None:
    text = "She told Valby Radio: Ana Lind had left the band in the spring."
    assert not any("Lind" in t for t in _titled(text))
