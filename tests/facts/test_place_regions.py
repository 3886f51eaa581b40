"""Regions named with a compass word, regions the ISO list lacks, and a place as modifier."""

from __future__ import annotations

from briefing.facts import gazetteer
from briefing.facts.kinds import classify
from briefing.facts.places import extract_places
from briefing.nlp import analyse
from training.export import _compass_only, _region_name


def test_a_compass_word_and_a_name_is_a_region_but_compass_words_alone_are_not() -> None:
    assert _region_name("North Yorkshire") == "North Yorkshire"
    assert _region_name("Eastern Cape") == "Eastern Cape"
    assert _region_name("Westminster") == "Westminster"  # one word, not "West" and a name
    for vague in ("North-West", "Western North", "West Coast", "Nord-Ouest", "Southern Province"):
        assert _compass_only(vague), vague


def test_the_place_table_knows_yorkshire_and_its_parts() -> None:
    for name in ("Yorkshire", "North Yorkshire", "South Yorkshire", "East Sussex"):
        found = gazetteer.candidates(name)
        assert found and found[0].type == "region" and found[0].country == "United Kingdom"
    assert not gazetteer.candidates("West Coast")


def test_a_region_or_big_city_before_a_noun_is_a_place() -> None:
    text = "Ann Lind joined a Tel Aviv law firm last year. She said the Yorkshire company grew."
    places = {p.name for p in extract_places(analyse(text))}
    assert {"Tel Aviv", "Yorkshire"} <= places  # the tagger reads both as bodies


def test_a_small_namesake_before_a_noun_stays_what_the_tagger_read() -> None:
    doc = analyse("Fans gathered outside the Norbank studios, and Norbank said nothing.")
    assert not any(e.label == "LOCATION" for e in classify(doc).entities)


def test_countries_whose_leaders_meet_are_state_actors() -> None:
    from briefing.facts.actors import extract_actors

    doc = analyse("Jo Park flew to a meeting of the leaders of Norway, Sweden and Finland.")
    states = {a.name for a in extract_actors(doc) if a.type == "state"}
    assert {"Norway", "Sweden", "Finland"} <= states
    doc = analyse("Jo Park flew to Norway, Sweden and Finland for the summer.")
    assert not {a.name for a in extract_actors(doc) if a.type == "state"}


def test_the_town_of_a_newspaper_name_is_no_place() -> None:
    from tests.facts.test_places import _tagged

    text = "Critics were cool, with the Valby Herald calling it a long evening in Oslo."
    places = _tagged(text, [("LOCATION", "Valby"), ("LOCATION", "Oslo")])
    assert places == {"Oslo"}  # the tagger cut "Herald" off the paper's name


def test_a_shouted_common_word_or_legal_form_is_no_place() -> None:
    from tests.facts.test_places import _tagged

    text = "NOT FOR USE IN ANY FORM WITHOUT CREDIT TO NORBANK, INC. OR TO OSLO."
    places = _tagged(text, [("LOCATION", "ANY"), ("LOCATION", "INC."), ("LOCATION", "OSLO")])
    assert places == {"Oslo"}


def test_a_disease_is_no_place() -> None:
    from tests.facts.test_places import _tagged

    text = "Doctors in Valby said the Ebola patient was improving."
    assert _tagged(text, [("LOCATION", "Valby"), ("LOCATION", "Ebola")]) == {"Valby"}


def test_a_county_before_club_in_a_sports_report_is_a_place() -> None:
    text = (
        "Valby beat Norby 2-1 on Saturday and Jo Park scored twice. Negotiations went on at "
        "the Yorkshire club on Friday, and Valby won 3-0 on Tuesday."
    )
    doc = analyse(text)
    assert [e.label for e in doc.entities if e.text == "Yorkshire"] == ["ORGANIZATION"]
    assert [e.label for e in classify(doc).entities if e.text == "Yorkshire"] == ["LOCATION"]


def test_a_spacecraft_is_no_place() -> None:
    from tests.facts.test_places import _tagged

    text = "Colonel Ana Velk will command the Space Shuttle Norstar on its flight from Valby."
    tagged = [("LOCATION", "Space Shuttle Norstar"), ("LOCATION", "Valby")]
    assert _tagged(text, tagged) == {"Valby"}
