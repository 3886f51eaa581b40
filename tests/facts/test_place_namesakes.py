"""A region against a foreign town of its name, a hyphenated name written with a space, and
a town's name used as a common noun."""

from __future__ import annotations

from briefing.facts import gazetteer
from briefing.facts.places import extract_places, named_alone, resolve
from briefing.nlp import analyse


def test_a_region_beats_a_town_of_a_country_the_story_does_not_name() -> None:
    known = resolve(["Bali", "Ontario"], set(), {})
    assert (known["Bali"].type, known["Bali"].country) == ("region", "Indonesia")
    assert known["Ontario"].country == "Canada"


def test_the_place_table_keeps_each_regions_iso_type() -> None:
    bali = [k for k in gazetteer.candidates("Bali") if k.type == "region"]
    assert [k.subdivision for k in bali] == ["Province"] and named_alone(bali[0])
    savannah = [k for k in gazetteer.candidates("Savannah") if k.type == "region"]
    assert savannah and not any(map(named_alone, savannah))


def test_a_region_of_a_kind_news_names_with_its_country_leaves_the_town_its_name() -> None:
    known = resolve(["Savannah", "Canterbury", "Fontana"], set(), {})
    assert (known["Savannah"].type, known["Savannah"].country) == ("city", "United States")
    assert (known["Canterbury"].type, known["Canterbury"].country) == ("city", "United Kingdom")
    assert known["Fontana"].type == "city"


def test_a_province_named_after_its_own_town_is_no_match_for_a_bigger_town() -> None:
    known = resolve(["Toledo"], set(), {})["Toledo"]
    assert (known.type, known.country) == ("city", "United States")


def test_a_town_named_alone_in_a_short_report_keeps_its_country() -> None:
    text = "Firefighters in Savannah put out a blaze at a boat shed on Tuesday, Ona Brill said."
    places = {p.name: p for p in extract_places(analyse(text))}
    assert places["Savannah"].country == "United States"


def test_the_town_wins_where_the_story_names_its_country() -> None:
    known = resolve(["Ontario", "California"], set(), {})
    assert known["Ontario"].type == "city" and known["Ontario"].state == "California"


def test_a_big_city_keeps_its_name_against_a_region_abroad() -> None:
    assert resolve(["Santiago"], set(), {})["Santiago"].country == "Chile"


def test_a_hyphenated_name_is_found_written_with_a_space() -> None:
    found = gazetteer.candidates("Monte Carlo")
    assert found and found[0].country == "Monaco" and found[0].name == "Monte Carlo"
    assert not gazetteer.candidates("Monte Verde Grande")


def test_a_town_name_heading_a_noun_phrase_after_the_is_no_such_town() -> None:
    text = (
        "Judged by the Americana in her second book, readers in Norway and Japan agree. "
        "Her tales of Oslo carry heavy doses of Americana, Jo Park wrote."
    )
    places = {p.name: p for p in extract_places(analyse(text))}
    assert places["Americana"].country is None and places["Americana"].latitude is None
    assert places["Oslo"].country == "Norway"


def test_a_town_name_after_the_that_runs_on_into_a_noun_phrase_stays_a_place() -> None:
    text = (
        "Ann Lind runs the Peoria, Ill., bank, the Boston office of Norbank and the Denver "
        "public library; the Atlanta and Dallas branches closed, as did the Utica to Rome bus."
    )
    places = {p.name for p in extract_places(analyse(text))}
    assert {"Peoria", "Boston", "Denver", "Atlanta", "Utica"} <= places


def test_a_landmark_named_like_a_town_keeps_its_row_without_the_town() -> None:
    text = "Ministers in London said the Dome is to be sold this year."
    places = {p.name: p for p in extract_places(analyse(text))}
    assert "Dome" in places and places["Dome"].country is None
