"""After a sentence's opening "According to <name>," the words up to the verb are the main
clause's subject, not a role in apposition; an apposition closed by a second comma still is."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.nlp import analyse


def _roles(text: str) -> dict[str, tuple[str, ...]]:
    return {a.name: a.roles for a in extract_actors(analyse(text)) if a.type == "person"}


def test_the_main_clause_after_an_according_opening_gives_no_role() -> None:
    text = "According to radio host Jo Lind, the plan smells of panic and haste."
    assert _roles(text) == {"Jo Lind": ("radio host",)}


def test_an_apposition_closed_after_an_according_opening_is_a_role() -> None:
    text = "According to Jo Lind, the club's coach, the plan will fail by spring."
    assert _roles(text) == {"Jo Lind": ("club's coach",)}
