"""Team sheets closing a match report: every surname listed after a team's or a heading's
colon is a person (the one named in full in the report when the surname matches), and a
heading such as "Subs Not Used" gives the names under it its singular role."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.model import Actor
from briefing.nlp import analyse

_REPORT = (
    "Harbour Athletic edged past Valby Town on a wet evening at the Quay Ground. "
    "Jo Park scored twice for the hosts before Ole Dahl pulled one back.\n\n"
    "Harbour: Park, Lind, Gravel (Holm 70), Thornbury, Eng, Westfield. "
    "Subs Not Used: Krane, Ashford, Sandvik.\n\n"
    "Valby: Dahl, Moor, Hill, Fenwick, Brook. Subs: Quarry, Eskdale, Lowther."
)


def _actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(analyse(text))}


def test_every_name_on_a_team_sheet_is_a_person() -> None:
    actors = _actors(_REPORT)
    for name in ("Lind", "Gravel", "Holm", "Thornbury", "Westfield", "Moor", "Fenwick", "Brook"):
        assert actors[name].type == "person", name


def test_a_surname_on_the_sheet_is_the_player_named_in_full() -> None:
    actors = _actors(_REPORT)
    assert "Park" in actors["Jo Park"].aliases and "Park" not in actors
    assert "Dahl" in actors["Ole Dahl"].aliases and "Dahl" not in actors


def test_a_substitutes_heading_gives_its_singular_role() -> None:
    actors = _actors(_REPORT)
    for name in ("Krane", "Ashford", "Sandvik", "Quarry", "Eskdale", "Lowther"):
        assert actors[name].type == "person" and actors[name].roles == ("sub",), name
    assert actors["Lind"].roles == ()  # a team's name as heading gives no role


def test_a_list_of_places_after_a_colon_stays_places() -> None:
    text = "Harbour FC will tour in the summer.\n\nVenues: Valby, Norbank, Eastholm, Westholm."
    assert all(a.type != "person" for a in extract_actors(analyse(text)))


def test_a_record_holder_before_a_name_is_a_role() -> None:
    text = (
        "Indoor season opens\n\nWorld record holder Ana Berg will race in Valby on Sunday. "
        "She faces the European Indoor 1500m record holder Mia Holm."
    )
    actors = _actors(text)
    assert any(r.endswith("record holder") for r in actors["Ana Berg"].roles)
    assert any(r.endswith("record holder") for r in actors["Mia Holm"].roles)


def test_an_events_distance_before_a_person_noun_is_part_of_the_role() -> None:
    text = (
        "Trials set\n\nNorland's 400m man Jo Lind will run in Valby on Sunday. "
        "Three-time world 4km champion Eva Dahl is out, as is the 100m hurdler Ola Sand."
    )
    actors = _actors(text)
    assert actors["Jo Lind"].roles == ("400m man",)
    assert actors["Eva Dahl"].roles[0].endswith("4km champion")
    assert actors["Ola Sand"].roles == ("100m hurdler",)


def test_a_man_before_a_name_is_still_no_role() -> None:
    text = "Harbour news\n\nThe man Jo Lind met on the quay was a sailor from Valby."
    assert _actors(text)["Jo Lind"].roles == ()
