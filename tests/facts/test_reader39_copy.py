"""Copy from newsrooms no scorer holds, read as a user would (the thirty-ninth round's invented
articles): a surname that is also a people's word, a storm's name in weather copy, a police
force named for two counties, a body named "<Body word> of <place>", a work's title set off
by commas, a county before a home noun, a player's home town and state in a US sports report,
a side after a fixture verb and its record, police forces named for regions, an infirmary,
a role after "whose", a full name the tagger missed after a role
noun, "One nurse said:" (invented sentences)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.places import extract_places
from briefing.facts.quotes import extract_quotes
from briefing.model import Actor
from briefing.nlp import analyse


def _actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(analyse(text))}


def _places(text: str) -> set[str]:
    return {p.name for p in extract_places(analyse(text))}


def test_a_singer_whose_surname_is_a_peoples_word_stays_a_person() -> None:
    actors = _actors("Singer Kiki Dane closed the show at the Valby Arena on Friday night.")
    assert actors["Kiki Dane"].roles == ("Singer",)


def test_a_persons_surname_that_is_a_peoples_word_names_no_country() -> None:
    text = (
        "Comedian Lotte French hosted the evening in Leeds on Friday.\n\n"
        '"It was a wonderful night," French said.'
    )
    assert "France" not in _places(text)
    assert "France" in _places(text + " French troops left the town in March.")


def test_a_storm_named_in_weather_copy_is_no_person() -> None:
    text = (
        "Storm Ida brought gusts of 90mph to the coast on Tuesday. The Met Office kept its "
        "warning in place, and Jo Park, a farmer, said her barn had lost its roof."
    )
    actors = _actors(text)
    assert "Storm Ida" not in actors and "Ida" not in actors
    assert "Jo Park" in actors


def test_a_police_force_named_for_two_counties_stays_one_body() -> None:
    text = (
        "Homes across Devon and Cornwall lost power. Devon and Cornwall Police said several "
        "roads were closed by fallen trees."
    )
    actors = _actors(text)
    assert actors["Devon and Cornwall Police"].type == "organization"
    assert "Devon" not in actors and "Cornwall Police" not in actors


def test_a_body_named_service_of_a_place_keeps_its_first_word() -> None:
    actors = _actors("The Police Service of Northern Ireland said three men were arrested.")
    assert "Police Service of Northern Ireland" in actors
    assert "Service of Northern Ireland" not in actors


def test_a_title_set_off_by_commas_after_a_work_noun_is_no_person() -> None:
    actors = _actors("Singer Kiki Dane's new single, Paper Hearts, is released on Friday.")
    assert "Paper Hearts" not in actors
    assert "Kiki Dane" in actors


def test_a_name_set_off_by_commas_before_a_reporting_verb_is_still_read() -> None:
    text = "The album, Ana Berg said, was made in a week in Valby."
    assert "Ana Berg" in _actors(text)


def test_a_county_between_an_owner_and_a_home_noun_is_a_place() -> None:
    text = (
        "The pair were seen leaving their Surrey home on Sunday. Moss later drove to his "
        "Cheshire mansion, and she flew to the family's Devon cottage."
    )
    actors = _actors(text)
    assert not {"Surrey", "Cheshire", "Devon"} & set(actors)
    assert {"Surrey", "Cheshire", "Devon"} <= _places(text)


def test_english_metropolitan_counties_are_places_and_their_forces_bodies() -> None:
    text = "Greater Manchester Police made arrests in Merseyside and Cheshire on Monday."
    assert {"Merseyside", "Cheshire"} <= _places(text)
    assert "Greater Manchester Police" in _actors(text)


_GAME = (
    "Marcus Bell scored 31 points as the Valley Wildcats beat the Northfield Rangers 98-96 on "
    "Saturday night.\n\nBell, a senior guard from Dayton, Ohio, also had eight rebounds. The "
    "Rangers' Tyler Okafor had 27 points and 12 rebounds in the game.\n\n"
    '"We had our chances," Rangers coach Phil Dunmore said after the game.\n\n'
    "The Wildcats (14-3) host Eastbrook on Wednesday. The Rangers (9-8) visit Lakeside next "
    "Saturday."
)


def test_a_players_home_town_and_state_in_a_sports_report_are_places() -> None:
    actors = _actors(_GAME)
    assert "Dayton" not in actors and "Ohio" not in actors
    assert {"Dayton", "Ohio"} <= _places(_GAME)


def test_a_side_after_a_fixture_verb_and_a_record_is_no_person() -> None:
    actors = _actors(_GAME)
    assert actors["Eastbrook"].type == "organization"
    assert actors["Eastbrook"].roles == ()


def test_a_force_named_for_a_compass_county_keeps_its_compass_word() -> None:
    actors = _actors("West Yorkshire Police said inquiries were continuing on Friday.")
    assert "West Yorkshire Police" in actors
    assert "Yorkshire Police" not in actors


def test_two_forces_joined_by_and_are_two_bodies() -> None:
    actors = _actors("South Wales Police and West Mercia Police sent officers to the match.")
    assert {"South Wales Police", "West Mercia Police"} <= set(actors)


def test_an_infirmary_is_a_body_as_a_hospital_is() -> None:
    actors = _actors("She joined the Royal Infirmary in 1961 and led its heart unit.")
    assert actors["Royal Infirmary"].type == "organization"


def test_a_role_after_whose_goes_to_the_person_set_off_after_it() -> None:
    actors = _actors(
        "The complaint was brought by Tunestream Ltd, whose chief executive, Anders Lund, "
        "welcomed the ruling."
    )
    assert actors["Anders Lund"].roles == ("chief executive",)


def test_a_full_name_the_tagger_missed_after_a_role_noun_is_a_person() -> None:
    actors = _actors(
        'Opposition leader Gareth Price called the plan "short-sighted" on Tuesday evening.'
    )
    assert actors["Gareth Price"].roles == ("Opposition leader",)


def test_one_of_a_group_introducing_a_quote_is_its_description() -> None:
    text = (
        "Nurses at a hospital in Valby spoke out on Friday.\n\n"
        "One nurse said: 'We were scared and nobody listened to us at all.'\n\n"
        "Another nurse said: 'The night shift was run with two of us instead of five.'"
    )
    doc = analyse(text)
    quotes = extract_quotes(doc, extract_actors(doc))
    assert [(q.speaker, q.description) for q in quotes] == [
        (None, "One nurse"),
        (None, "Another nurse"),
    ]
