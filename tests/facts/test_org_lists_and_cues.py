"""Organisation rows and the events, prizes and contests that are no bodies: a name before a
lower-case contest word, through "of the Year", a prize before its complement, an event's
night and a plural race (invented sentences)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.nlp import analyse
from tests.facts.hand_entities import every_occurrence as _doc
from tests.facts.hand_entities import labels as _labels


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(analyse(text))}


def test_a_name_before_a_lower_case_contest_word_is_the_event_s() -> None:
    actors = _actors("Jo Park launched the Valby Young Singers competition on Monday.")
    assert not any("Singers" in name for name in actors)


def test_a_name_before_of_the_year_awards_is_the_event_s() -> None:
    actors = _actors("Al Berg cast his vote for the Harbour Rowers Player of the Year awards.")
    assert not any("Player" in name for name in actors)


def test_a_body_s_letters_before_awards_stay_a_body() -> None:
    actors = _actors("The film by Jo Park won two NFTA awards in Valby last week.")
    assert actors.get("NFTA") == "organization"


def test_a_prize_before_its_complement_is_no_body() -> None:
    actors = _actors("Ana Berg, winner of the Tarrow Prize for Excellence in Verse, spoke.")
    assert not any("Prize" in name for name in actors)


def test_a_night_of_sport_is_an_event() -> None:
    actors = _actors("Jo Park will run at Friday's Night of Rowing in Valby, Norland.")
    assert not any("Night" in name for name in actors)


def test_plural_marathons_are_events() -> None:
    actors = _actors("Al Berg took part in the 2002 and 2003 Valby Marathons last spring.")
    assert not any("Marathons" in name for name in actors)


def test_a_plural_kind_before_names_joined_by_and_makes_them_two_bodies() -> None:
    actors = _actors("Its owners include the Norland banks Valcredit Lyonne and Banque Sudby.")
    assert actors.get("Valcredit Lyonne") == "organization"
    assert actors.get("Banque Sudby") == "organization"


def test_a_known_outlet_joined_by_a_slash_is_two_bodies() -> None:
    actors = _actors("A new CNN/VRB poll of Norland voters found Jo Park ahead.")
    assert actors.get("CNN") == "organization"
    assert actors.get("VRB") == "organization"


def test_names_joined_by_and_after_a_listed_body_are_two_bodies() -> None:
    text = "The deal was backed by Goldman Sachs, Credit Norvais and Banque Sudelle."
    actors = _actors(text)
    assert actors.get("Credit Norvais") == "organization"
    assert actors.get("Banque Sudelle") == "organization"


def test_a_publisher_before_a_name_makes_it_a_firm() -> None:
    actors = _actors("It sold a stake to the Norland music publisher Valdersmann last year.")
    assert actors.get("Valdersmann") == "organization"


def test_a_body_s_letters_after_a_country_code_and_its_name_are_one_row() -> None:
    text = "A probe by the US Norland Trade Board (NTB) is close to ending. The NTB said so."
    actors = _actors(text)
    names = [name for name in actors if "Trade Board" in name or name == "NTB"]
    assert len(names) == 1


def test_a_party_opening_a_sentence_before_a_role_is_the_party() -> None:
    actors = _actors("Democratic nominee Jo Park, at a later press event in Valby, said no.")
    assert actors.get("Democratic Party") == "organization"


def test_a_party_after_a_place_s_possessive_is_not_read_by_its_role() -> None:
    actors = _actors("He spoke as Valby's Labour mayor Jo Park remained in a row over it.")
    assert actors.get("Valby") != "organization"


def test_a_pair_ending_a_list_of_places_is_two_places() -> None:
    text = "Rebels shelled posts at Orrasund, Tolvik, Vesk, Harnby and Sarnet on Sunday."
    doc = _doc(
        text,
        ("LOCATION", "Orrasund"),
        ("LOCATION", "Tolvik"),
        ("ORGANIZATION", "Harnby and Sarnet"),
    )
    got = _labels(doc)
    assert got.get("Harnby") == {"LOCATION"} and got.get("Sarnet") == {"LOCATION"}
    assert "Harnby and Sarnet" not in got


def test_a_pair_after_one_place_and_a_comma_is_no_list() -> None:
    text = "Two shops shut in Valby, Lunde and Brekke said on Friday."
    doc = _doc(text, ("LOCATION", "Valby"), ("ORGANIZATION", "Lunde and Brekke"))
    assert _labels(doc).get("Lunde") != {"LOCATION"}
