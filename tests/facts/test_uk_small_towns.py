"""UK towns of 5,000 to 14,999 people in the place table (training/uk_towns.py, round 37)."""

from __future__ import annotations

from briefing.facts import gazetteer
from training.uk_towns import uk_town_name_is_word

COMMON = frozenset({"hope", "street", "march", "green", "bridge"})
PERSONS = frozenset({"Quellby"})


def test_small_uk_town_is_in_the_place_table() -> None:
    found = gazetteer.candidates("Thurso")
    assert found and found[0].country == "United Kingdom" and found[0].type == "city"


def test_common_word_and_first_name_towns_are_left_out() -> None:
    for word in ("Hope", "Street", "March"):
        assert all(
            k.country != "United Kingdom" or k.population >= 15_000
            for k in gazetteer.candidates(word)
            if k.type == "city"
        )


def test_town_name_filter_on_invented_names() -> None:
    assert uk_town_name_is_word("Hope", COMMON, PERSONS)
    assert uk_town_name_is_word("Green Bridge", COMMON, PERSONS)
    assert uk_town_name_is_word("Quellby", COMMON, PERSONS)
    assert uk_town_name_is_word("Quellby Green", COMMON, PERSONS)
    assert not uk_town_name_is_word("Quellby Moor", COMMON, PERSONS)
    assert not uk_town_name_is_word("Farnwick", COMMON, PERSONS)
    assert not uk_town_name_is_word("Farnwick Bridge", COMMON, PERSONS)
