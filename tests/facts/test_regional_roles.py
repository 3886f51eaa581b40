"""Roles in regional copy: a firm whose name opens with a rank or office word keeps it
("General Motors spokesman"), and a councillor's title after the role noun belongs to the
name, not the role ("mayor Cllr Jo Lind") (invented sentences)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.places import extract_places
from briefing.facts.quotes import extract_quotes
from briefing.model import Actor
from briefing.nlp import analyse
from tests.facts.test_person_place_kinds import _doc


def _actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(analyse(text))}


def test_a_rank_word_opening_a_firm_s_name_stays_in_the_affiliation() -> None:
    actors = _actors(
        "The carmaker will recall 9,000 vans. General Motors spokesman Dale Wicken said the "
        "brakes were being checked at every dealer."
    )
    wicken = actors["Dale Wicken"]
    assert wicken.roles == ("spokesman",)
    assert wicken.affiliation == "General Motors"
    assert "Motors" not in actors


def test_a_councillor_s_title_after_the_role_is_no_part_of_the_role() -> None:
    actors = _actors('Current mayor Cllr Ravi Sandhu said: "She gave this town its hospital."')
    assert actors["Ravi Sandhu"].roles == ("mayor",)


def test_a_known_first_name_after_a_two_word_title_is_a_person() -> None:
    doc = analyse(
        "Man jailed for arson\n\nDetective Constable Aled Price said after the hearing: "
        '"The families of Dunmoor can now rest a little easier."'
    )
    people = {a.name: a for a in extract_actors(doc) if a.type == "person"}
    assert people["Aled Price"].roles == ("Detective Constable",)


def test_a_council_s_head_word_takes_the_place_name_before_it() -> None:
    actors = _actors("Tarrong Shire mayor Bruce Hadley said crews had worked all night.")
    assert actors["Bruce Hadley"].affiliation == "Tarrong Shire"
    assert "Tarrong Shire" in actors
    assert "Shire" not in actors


def test_a_state_owning_its_premier_is_a_place_even_opening_the_sentence() -> None:
    for text in (
        "Queensland Premier Annette Ross toured the flooded town of Kelby on Tuesday.",
        "Flood\n\nQueensland Premier Annette Ross is expected to visit the region on Tuesday.",
    ):
        assert "Queensland" in {p.name for p in extract_places(analyse(text))}


def test_a_saint_s_church_then_its_town_is_a_building_and_a_town() -> None:
    doc = analyse("A service will be held at St Aidan's Church, Kelby, on Friday.")
    assert "St Aidan's Church" in {p.name for p in extract_places(doc)}
    assert not {"Church", "St Aidan"} & set(_actors(doc.text))


def test_a_street_s_name_before_a_firm_noun_is_an_address() -> None:
    actors = _actors("The court heard Lind set fire to the Mill Road unit in the early hours.")
    assert "Mill Road" not in actors


def test_a_club_called_by_its_town_is_one_row_with_the_club() -> None:
    actors = _actors(
        "Dunford Rovers beat Kelby Town 2-1 on Saturday. Kelby led at the break, but Dunford "
        "levelled when Sam Orr scored. Dunford visit Ashby next week."
    )
    assert "Dunford" in actors["Dunford Rovers"].aliases
    assert "Dunford" not in actors


def test_her_after_a_named_subject_s_verb_and_a_preposition_makes_her_the_speaker() -> None:
    doc = analyse(
        "Fire near Kelby\n\nResident Jordan Vale watched from her porch as the smoke came in.\n\n"
        '"The sky went orange in a minute," she told a reporter.'
    )
    quotes = list(extract_quotes(doc, extract_actors(doc)))
    assert [q.speaker for q in quotes] == ["Jordan Vale"]


def test_a_port_s_name_after_at_is_the_town_the_tagger_read_as_a_body() -> None:
    text = "The grant will repair the pier at Port Lindsay."
    doc = _doc(text, ("ORGANIZATION", "Port Lindsay"))
    assert "Port Lindsay" in {p.name for p in extract_places(doc)}
    assert "Port Lindsay" not in {a.name for a in extract_actors(doc)}


def test_a_body_named_before_a_role_counts_once_where_it_is_written() -> None:
    actors = _actors("Norbank boss Jo Lind said so. Norbank shares fell on Friday.")
    assert actors["Norbank"].mentions == 2
