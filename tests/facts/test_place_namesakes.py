"""A region against a foreign town of its name, a hyphenated name written with a space, and
a town's name used as a common noun."""

from __future__ import annotations

from briefing.facts import gazetteer
from briefing.facts.places import extract_places, resolve
from briefing.nlp import analyse


def test_a_region_beats_a_town_of_a_country_the_story_does_not_name() -> None:
    known = resolve(["Bali", "Ontario"], set(), {})
    assert (known["Bali"].type, known["Bali"].country) == ("region", "Indonesia")
    assert known["Ontario"].country == "Canada"


def test_the_town_wins_where_the_story_names_its_country() -> None:
    known = resolve(["Ontario", "California"], set(), {})
    assert known["Ontario"].type == "city" and known["Ontario"].state == "California"


def test_a_big_city_keeps_its_name_against_a_region_abroad() -> None:
    assert resolve(["Santiago"], set(), {})["Santiago"].country == "Chile"


def test_a_hyphenated_name_is_found_written_with_a_space() -> None:
    found = gazetteer.candidates("Monte Carlo")
    assert found and found[0].country == "Monaco" and found[0].name == "Monte Carlo"
    assert not gazetteer.candidates("Monte Verde Grande")


def test_a_town_name_after_the_and_before_no_noun_is_a_word() -> None:
    text = (
        "Judged by the Americana in her second book, readers in Norway and Japan agree. "
        "Her tales of Oslo carry heavy doses of Americana, Jo Park wrote."
    )
    places = {p.name for p in extract_places(analyse(text))}
    assert "Americana" not in places and {"Norway", "Japan", "Oslo"} <= places


def test_a_town_name_after_the_that_runs_on_into_a_noun_phrase_stays_a_place() -> None:
    text = (
        "Ann Lind runs the Peoria, Ill., bank, the Boston office of Norbank and the Denver "
        "public library; the Atlanta and Dallas branches closed."
    )
    places = {p.name for p in extract_places(analyse(text))}
    assert {"Peoria", "Boston", "Denver", "Atlanta"} <= places


def test_a_troupe_or_hall_named_like_a_town_is_no_place() -> None:
    text = "Critics in Oslo agreed that the Kirov is at its best in winter."
    places = {p.name for p in extract_places(analyse(text))}
    assert places == {"Oslo"}
