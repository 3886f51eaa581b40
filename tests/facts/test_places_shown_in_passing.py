"""A town abroad in a story that shows another country only in passing (round 36)."""

from __future__ import annotations

from briefing.facts.places import extract_places
from briefing.model import Place
from briefing.nlp import analyse


def _places(text: str) -> dict[str, Place]:
    return {p.name: p for p in extract_places(analyse(text))}


def test_a_welsh_club_and_a_town_club_leave_a_canadian_namesake_unstated() -> None:
    text = (
        "Dunmere Otters lost 24-8 to Castleford Rovers on Saturday. The coach, Arlo Venn, "
        "said the side would travel to Oshawa next week. Venn joined from Welsh side "
        "Tregarn last spring."
    )
    assert _places(text)["Oshawa"].country is None


def test_the_same_town_keeps_its_country_without_such_hints() -> None:
    text = "Dunmere Otters lost 24-8 on Saturday. The coach said the side would travel to Oshawa."
    assert _places(text)["Oshawa"].country == "Canada"


def test_a_country_named_outright_keeps_the_town() -> None:
    text = (
        "Castleford Rovers will play a friendly in Oshawa, Canada, said a Welsh coach, "
        "Arlo Venn, on Friday."
    )
    assert _places(text)["Oshawa"].country == "Canada"


def test_a_smaller_namesake_of_the_country_shown_beats_a_bigger_one_abroad() -> None:
    text = (
        "Dunmere Otters lost 24-8 to Castleford Rovers on Saturday. The coach, Arlo Venn, "
        "said the side would travel to Stratford next week. Venn joined from Welsh side "
        "Tregarn last spring."
    )
    assert _places(text)["Stratford"].country == "United Kingdom"


def test_without_hints_the_bigger_namesake_stays() -> None:
    text = "Dunmere Otters lost 24-8 on Saturday. The coach said they would go to Stratford."
    assert _places(text)["Stratford"].country == "United States"
