"""Round 47: persons and bodies whose names the tagger confuses (our own invented copy, read
by the shipped tagger)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.nlp import analyse


def _names(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(analyse(text))}


def test_a_first_name_and_a_towns_name_as_surname_is_a_person() -> None:
    names = _names("The mile hope Eamon Lombard missed the Valby meeting.")
    assert names.get("Eamon Lombard") == "person"


_MATCH_REPORT = (
    "Norland beat the Valby Rams 24-10 at home on Saturday, their third win over the Rams "
    "since 1990.\n\nThat result made up for the two defeats in Leeds and Dunedin last summer. "
    "Coach Jo Park said his side had played well. Norland scored two tries in the first half "
    "and three in the second. The Rams lead 3-1 in the series, and Norland play the Arden "
    "Hawks next week after a 20-17 win over the Harbour Foxes.\n\nThe captain Ola Venn kicked "
    "four penalties and a drop goal. The Rams' coach said the match was lost in the scrum."
)


def test_a_town_listed_after_a_venue_in_a_match_report_is_no_team() -> None:
    names = _names(_MATCH_REPORT)
    assert "Dunedin" not in names
    assert names.get("Arden Hawks") == "organization"


def test_an_uncle_called_by_his_given_name_is_the_person_named_in_full() -> None:
    text = (
        "The actor Tom Marlan died in Valby on Friday, aged 87. Tom Marlan starred in forty "
        "films. Children across Norland knew him as Uncle Tom from a Sunday show."
    )
    actors = {a.name: a.aliases for a in extract_actors(analyse(text))}
    assert "Uncle Tom" not in actors
    assert "Uncle Tom" in actors.get("Tom Marlan", ())
