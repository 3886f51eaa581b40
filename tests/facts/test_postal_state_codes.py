"""A US state's two-letter postal code right after a town and a comma ("Valby, LA") is the
town's state, never a second town; "LA" alone stays Los Angeles."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.places import extract_places
from briefing.nlp import analyse


def _places(text: str) -> dict[str, str]:
    return {p.name: p.type for p in extract_places(analyse(text))}


def test_postal_code_after_a_town_is_its_state() -> None:
    rows = _places("The Norbank mill is based in Baton Rouge, LA, and employs 300 people.")
    assert rows.get("Louisiana") == "region"
    assert "LA" not in rows and "Los Angeles" not in rows


def test_every_postal_code_names_its_state() -> None:
    text = "Velto Foods opened a depot in Dover, DE, near the coast and a shop in Tulsa, OK, too."
    rows = _places(text)
    assert rows.get("Delaware") == "region" and rows.get("Oklahoma") == "region"


def test_la_alone_stays_los_angeles() -> None:
    rows = _places("Mira Quennet flew to LA for the awards on Sunday.")
    assert "LA" in rows and rows["LA"] == "city"


def test_postal_code_after_a_person_is_no_state() -> None:
    rows = _places("Dr. Jo Lindqvar, MD, treated the patients at a Valby clinic.")
    assert "Maryland" not in rows


def test_postal_code_after_a_town_is_no_actor() -> None:
    text = "Velto Foods opened a depot in Dover, DE, near the coast, said Mira Quennet."
    names = {a.name for a in extract_actors(analyse(text))}
    assert "DE" not in names and "Mira Quennet" in names
