"""Two names joined by "and" after a plural noun of people are two persons, not one body."""

from __future__ import annotations

from briefing.facts.kinds import _people_pair
from briefing.model import Entity
from briefing.nlp import analyse


def _pair(text: str, name: str) -> list[tuple[str, str]]:
    doc = analyse(text)
    s = doc.sentences[0]
    start = text.index(name)
    first = next(k for k, t in enumerate(s.tokens) if t.start == start)
    end = next(k for k, t in enumerate(s.tokens) if t.end == start + len(name)) + 1
    e: Entity = s.entity("ORGANIZATION", first, end)
    return [(p.label, p.text) for p in _people_pair(s, e)]


def test_two_names_after_a_plural_role_are_two_persons() -> None:
    text = "The film shows her with former backing singers Tilly and Marra at the Valby gig."
    assert _pair(text, "Tilly and Marra") == [("PERSON", "Tilly"), ("PERSON", "Marra")]


def test_two_names_after_duo_stay_one_body() -> None:
    text = "The film shows her with the comedy duo Tilly and Marra at the Valby gig."
    assert _pair(text, "Tilly and Marra") == []
