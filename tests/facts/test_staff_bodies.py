"""A name of two or more capitalised words before a firm's, club's or band's staff noun in
lower case ("Harbour Europe president Jo Park") is listed as a body of the story, not only
as the person's affiliation; a place, a person or a contest before the noun is not
(invented sentences)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.nlp import analyse


def _rows(text: str) -> dict[str, tuple[str, str | None]]:
    return {a.name: (a.type, a.affiliation) for a in extract_actors(analyse(text))}


def test_a_firm_before_its_president_is_listed_as_a_body() -> None:
    rows = _rows("It will not be sold in Norland, said Harbour Europe president Jo Park.")
    assert rows["Harbour Europe"] == ("organization", None)
    assert rows["Jo Park"] == ("person", "Harbour Europe")


def test_a_band_before_its_singer_is_listed_as_a_body() -> None:
    rows = _rows("Kelby Lights singer Ana Berg said the tour bus caught fire on a highway.")
    assert rows["Kelby Lights"] == ("organization", None)


def test_a_contest_before_boss_is_no_body() -> None:
    rows = _rows("Valby Cup boss Jo Park said the final was sold out.")
    assert "Valby Cup" not in rows
