"""A body named by its initials inside a role before a person's name is also an organisation
row; a place's letters, a trade's letters and a place's name inside a role are not."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.model import Actor
from briefing.nlp import analyse


def _actors(text: str) -> tuple[Actor, ...]:
    return extract_actors(analyse(text))


def _orgs(text: str) -> set[str]:
    return {a.name for a in _actors(text) if a.type == "organization"}


def _person(text: str, name: str) -> Actor:
    return next(a for a in _actors(text) if a.name == name)


def test_initials_before_an_office_are_listed_as_the_body_and_stay_in_the_role() -> None:
    text = "Roads were shut overnight, said KRFD Commissioner Tove Brandt, who asked for calm."
    assert "KRFD" in _orgs(text)
    person = _person(text, "Tove Brandt")
    assert person.roles == ("KRFD Commissioner",)
    assert person.affiliation == "KRFD"


def test_dotted_initials_read_as_a_common_noun_still_name_the_body() -> None:
    text = "Envoys waited for a visit by U.N. Deputy Secretary General Iver Mork on Friday."
    assert "U.N." in _orgs(text)
    assert _person(text, "Iver Mork").affiliation == "U.N."


def test_a_place_with_a_union_s_initials_is_the_body_s_name() -> None:
    text = "Hollin Vale AFL-CIO President Bo Sandvik backed the strike at the mill."
    assert "Hollin Vale AFL-CIO" in _orgs(text)


def test_a_country_s_letters_before_a_title_are_no_organisation() -> None:
    text = "U.S. Sen. Marta Oyen and U.K. Foreign Secretary Pal Eide met in Oslo."
    orgs = _orgs(text)
    assert "U.S." not in orgs
    assert "U.K." not in orgs


def test_a_trade_s_letters_before_a_role_are_no_organisation() -> None:
    text = "TV presenter Runa Fjell said the show would return in spring."
    assert "TV" not in _orgs(text)


def test_a_town_before_its_mayor_is_no_organisation() -> None:
    text = "Brekkestad Mayor Oda Lunde opened the new bridge on Tuesday."
    assert "Brekkestad" not in _orgs(text)


def test_an_office_s_letters_inside_a_role_are_no_body() -> None:
    text = "GOP VP nominee Siri Holt toured the harbour on Monday."
    assert not any(o.endswith("VP") for o in _orgs(text))


def test_a_known_party_s_initials_after_a_town_name_the_party() -> None:
    text = "Leeds UKIP candidate Arne Skog lost his deposit."
    assert "UK Independence Party" in _orgs(text)


def test_a_region_s_letters_unknown_to_the_gazetteer_are_no_organisation() -> None:
    text = "NI minister Cora Dunne said the border talks would resume."
    assert "NI" not in _orgs(text)


def test_a_body_named_elsewhere_before_a_role_is_listed_at_that_mention() -> None:
    text = (
        "Brinmoor Athletic lost again on Saturday. "
        "Brinmoor Athletic manager Joe Tarrant said the side would recover."
    )
    athletic = next(a for a in _actors(text) if a.name == "Brinmoor Athletic")
    assert len(athletic.evidence) == 2
    assert _person(text, "Joe Tarrant").affiliation == "Brinmoor Athletic"


def test_a_name_ending_in_a_body_word_before_a_role_is_a_body() -> None:
    text = "Floods are coming, said former Hollin Harbour Authority chief Bo Sandvik on Monday."
    assert "Hollin Harbour Authority" in _orgs(text)


def test_a_lone_body_word_before_a_role_is_no_body() -> None:
    text = "Voters chose Lia Moen, and Green Party candidate Siri Holt came last."
    assert "Party" not in _orgs(text)


def test_a_person_s_name_before_a_role_is_no_body() -> None:
    text = "Siri Holt spoke first. Later, Holt campaign chief Ivar Berg said they would win."
    assert "Holt" not in _orgs(text)


def test_a_contest_before_a_role_is_no_body() -> None:
    text = "The Brinmoor Cup starts in May. Brinmoor Cup captain Billie Holt named her team."
    assert "Brinmoor Cup" not in _orgs(text)


def test_a_body_named_with_its_country_s_letters_goes_by_the_rest_too() -> None:
    text = "Ivar Berg, a former governor of the U.S. Harbour Reserve Board, warned of a slump."
    board = next(a for a in _actors(text) if a.name == "U.S. Harbour Reserve Board")
    assert "Harbour Reserve Board" in board.aliases


def test_a_demonym_opening_a_body_s_name_is_kept_in_every_form() -> None:
    text = "Norland Airways and British Airways cut flights to Valby on Monday."
    airways = next(a for a in _actors(text) if a.name == "British Airways")
    assert "Airways" not in airways.aliases
