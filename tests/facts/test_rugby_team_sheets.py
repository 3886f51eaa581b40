"""Rugby team sheets (round 37): a captain's bracketed mark on a sheet keeps the sheet a line-up
and is the captain's role as printed; a player the report names in full and the sheet prints
with initials ("J Park") is one row under the full name, even where the tagger read the full
name as a body; Italian and Spanish particles inside a sheet's names ("D dal Berg")."""

from __future__ import annotations

from briefing.facts import spans
from briefing.facts.actors import (
    _ranked_name,
    _same_person,
    _sheet_initials_of,
    _sheet_players_read_as_bodies,
    _team_after_plural_role,
    extract_actors,
)
from briefing.facts.actors import _Row as actors_row
from briefing.model import Actor
from briefing.nlp import analyse

_REPORT = (
    "Norland 30-12 Valby\n\n"
    "Norland beat Valby in Eastholm with four tries. Tomas Harkwell, Ossian Brandvik and "
    "Edvard Lunqvist crossed for the hosts, and Piet Marrowby replied for Valby. "
    "Harkwell also kicked two penalties before Brandvik limped off.\n\n"
    "T Harkwell (capt); O Brandvik, E Lunqvist, R Oddmark, K Selwyn; D dal Vestri, "
    "CA del Fiora, M Quarling.\n\n"
    "P Marrowby; S Tennick, B Orwold (capt), L Haverby, G Pellow.\n"
)


def _actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(analyse(text))}


def test_a_captains_mark_keeps_a_sheet_a_line_up() -> None:
    line = "T Harkwell (capt); O Brandvik, E Lunqvist, R Oddmark."
    assert spans._LINE_UP["line_up"].fullmatch(line)
    assert not spans._LINE_UP["line_up"].fullmatch("T Harkwell (Valby); O Brandvik, E Lunqvist.")


def test_the_captains_mark_is_the_role_of_the_player_named_in_full() -> None:
    actors = _actors(_REPORT)
    assert actors["Tomas Harkwell"].roles == ("capt",)
    assert actors["B Orwold"].type == "person" and actors["B Orwold"].roles == ("capt",)


def test_a_sheets_initialled_form_joins_the_full_name() -> None:
    actors = _actors(_REPORT)
    for full, short in (("Ossian Brandvik", "O Brandvik"), ("Piet Marrowby", "P Marrowby")):
        assert actors[full].type == "person" and short in actors[full].aliases
        assert short not in actors


def test_particles_inside_sheet_names_keep_the_name_whole() -> None:
    actors = _actors(_REPORT)
    for name in ("D dal Vestri", "CA del Fiora"):
        assert actors[name].type == "person", name
    assert "Vestri" not in actors and "CA" not in actors


def test_initials_must_fit_the_given_names() -> None:
    assert _sheet_initials_of(["Tomas", "Harkwell"], ["T", "Harkwell"])
    assert _sheet_initials_of(["Tomas", "Anders", "de", "Berg"], ["TA", "de", "Berg"])
    assert not _sheet_initials_of(["Tomas", "Harkwell"], ["J", "Harkwell"])
    assert not _sheet_initials_of(["Tomas", "Harkwell"], ["T.", "Harkwell"])
    assert not _sheet_initials_of(["Tomas", "Harkwell"], ["T", "Harwell"])
    assert _same_person(["Jon", "Selwyn"], ["J", "Selwyn"])
    assert not _same_person(["Kari", "Selwyn"], ["J", "Selwyn"])


def test_a_full_name_read_as_a_body_is_the_sheets_player() -> None:
    people = [actors_row("T Harkwell", "person"), actors_row("R Oddmark", "person")]
    orgs = {"tomas harkwell": actors_row("Tomas Harkwell", "organization")}
    _sheet_players_read_as_bodies(people, orgs)
    assert not orgs and people[0].name == "Tomas Harkwell"
    assert people[0].aliases == {"T Harkwell"}


def test_national_sides_named_by_nickname_are_bodies() -> None:
    text = (
        "Norland edge the Wallabies\n\n"
        "Norland beat the Wallabies 21-18 in Eastholm on Saturday, their first win over them "
        "since the Springboks came to town. Jo Harkwell made the 2001 Lions tour and "
        "captained the Barbarians last year.\n"
    )
    actors = _actors(text)
    for name in ("Wallabies", "Springboks", "Lions", "Barbarians"):
        assert actors[name].type == "organization", name


def test_a_ranked_player_the_tagger_read_as_a_body_is_a_person() -> None:
    text = (
        "Valby Cup\n\n"
        "Norland beat Eastmark 2-1 in the final of the Valby Cup on Sunday. Tomas Brenik, "
        "who had not lost a set, then upset world number seven Oscar Harkwell 6-4 6-1. "
        "Brenik beat the second seed Jon Selwyn 6-3 6-3 in the last group game.\n"
    )
    actors = _actors(text)
    assert actors["Oscar Harkwell"].roles == ("world number seven",)
    assert actors["Jon Selwyn"].roles == ("second seed",)
    s = analyse(text).sentences[2]
    at = [t.text for t in s.tokens].index("Oscar")
    assert _ranked_name(s, at, "Oscar Harkwell")
    assert not _ranked_name(s, at, "Valby Harbour")  # no given name
    assert not _ranked_name(s, at - 1, "seven Oscar")  # no numeral before


def test_a_name_after_a_plural_only_a_side_can_be_is_a_team() -> None:
    s = analyse("Valby lost 37-32 to eventual winners Harkwasps in the final.").sentences[0]
    at = [t.text for t in s.tokens].index("Harkwasps")
    assert _team_after_plural_role(s, at, "Harkwasps")
    assert not _team_after_plural_role(s, at, "Harkwasps Lind")  # two words: a person may be
    assert not _team_after_plural_role(s, at - 1, "winners")


def test_a_rugby_triple_crown_is_no_person() -> None:
    text = (
        "Norland take the title\n\n"
        "Norland took a first Triple Crown in 19 years with a 24-10 win over Valby, "
        "and coach Jo Lind said the Triple Crown meant everything.\n"
    )
    assert "Triple Crown" not in _actors(text)
