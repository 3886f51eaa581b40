"""A club's short form in sports copy (the forty-fifth round, read on invented match reports):
"Rovers striker Jo Lind" plays for Valby Rovers, and "City, who are fourth" is Harbour City,
not a place.

The report is our own, analysed whole as the app does.
"""

from __future__ import annotations

from briefing.pipeline import analyze
from briefing.sources import from_text

REPORT = """Harbour City slip to defeat against Valby Rovers

Harbour City manager Tom Reilly has accused the referee of losing control after his side fell
2-1 to Valby Rovers on Saturday.

Rovers striker Anders Holm scored twice in the final ten minutes, after City captain Lee Walsh
had given the home side the lead from the penalty spot.

Holm, 24, joined Rovers from Norland side FC Estria last summer for a reported fee.

"We deserved at least a point," Reilly told reporters after the game.

City, who are now fourth in the table, travel to Sudby on Wednesday.
"""


def test_a_clubs_short_form_before_a_role_names_the_club_as_the_affiliation() -> None:
    actors = {a.name: a for a in analyze(from_text(REPORT)).facts.actors}
    assert actors["Anders Holm"].affiliation == "Valby Rovers"
    assert actors["Lee Walsh"].affiliation == "Harbour City"


def test_a_clubs_short_form_opening_a_sentence_is_no_place() -> None:
    briefing = analyze(from_text(REPORT))
    places = {p.name for p in briefing.facts.locations}
    assert "City" not in places
    assert "Sudby" in places
    city = next(a for a in briefing.facts.actors if a.name == "Harbour City")
    assert "City" in city.aliases
