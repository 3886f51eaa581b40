"""An untagged name right after a noun of bodies, with no "the" before the noun."""

from __future__ import annotations

import dataclasses

from briefing.facts.untagged import missed_bodies
from briefing.nlp import analyse


def _found(text: str) -> list[str]:
    doc = analyse(text)
    doc = dataclasses.replace(doc, entities=())
    return [e.text for e in missed_bodies(doc, [])]


def test_a_name_after_a_modified_body_noun_is_a_body() -> None:
    text = "Jo Lind, co-founder of fitness company Norfit, ran the race in June."
    assert "Norfit" in _found(text)


def test_a_first_name_after_a_body_noun_opens_a_person() -> None:
    text = "She spoke to rock band singer Ana Lind after the show in the town hall."
    assert not any(name.startswith("Ana") for name in _found(text))


def test_a_day_after_a_body_noun_is_no_body() -> None:
    text = "The hosting company Monday said it would move its servers to a new hall."
    assert "Monday" not in _found(text)
