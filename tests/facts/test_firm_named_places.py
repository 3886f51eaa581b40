"""Names the tagger reads as places that name a firm or its goods, and a place written both
after a lower-case region word and as one capitalised name."""

from __future__ import annotations

import dataclasses

from briefing.facts.places import extract_places
from tests.facts.hand_entities import every_occurrence


def _names(text: str, *names: tuple[str, str]) -> dict[str, int]:
    return {p.name: p.mentions for p in extract_places(every_occurrence(text, *names))}


def test_the_first_word_of_a_firms_name_is_its_short_form() -> None:
    text = "Zorvex Communications bid first. Zorvex said the offer stood, a clerk in Oslo said."
    places = _names(
        text,
        ("ORGANIZATION", "Zorvex Communications"),
        ("LOCATION", "Zorvex"),
        ("LOCATION", "Oslo"),
    )
    assert places == {"Oslo": 1}


def test_a_place_the_gazetteer_knows_stays_a_place_beside_a_firm_of_its_name() -> None:
    text = "Oslo Communications bid first. Rain fell on Oslo all week."
    places = _names(text, ("ORGANIZATION", "Oslo Communications"), ("LOCATION", "Oslo"))
    assert places == {"Oslo": 1}


def test_a_firms_name_in_the_plural_names_its_goods() -> None:
    text = "Trelka lost money. Drivers in Oslo bought fewer Trelkas."
    places = _names(text, ("ORGANIZATION", "Trelka"), ("LOCATION", "Trelkas"), ("LOCATION", "Oslo"))
    assert places == {"Oslo": 1}


def test_a_name_written_as_a_website_is_a_firms() -> None:
    text = "Links lead to Brindlo.com for each book. Brindlo gains most, staff in Oslo said."
    doc = every_occurrence(text, ("LOCATION", "Brindlo"), ("LOCATION", "Oslo"))
    kept = tuple(e for e in doc.entities if not text.startswith(".com", e.end))
    places = extract_places(dataclasses.replace(doc, entities=kept))
    assert {p.name: p.mentions for p in places} == {"Oslo": 1}


def test_a_firm_and_a_continent_name_the_firms_branch() -> None:
    text = "Vantor cut jobs. Vantor Germany chief Ana Berg spoke in Oslo."
    places = _names(
        text, ("LOCATION", "Vantor Germany"), ("ORGANIZATION", "Vantor"), ("LOCATION", "Oslo")
    )
    assert places == {"Oslo": 1}


def test_a_region_word_and_the_capitalised_name_are_one_row() -> None:
    text = "Sales fell in western Europe. Western Europe is a picky market, Ana Berg said."
    places = _names(text, ("LOCATION", "Europe"), ("LOCATION", "Western Europe"))
    assert places == {"Western Europe": 2}


def test_the_word_before_a_mention_is_read_without_copying_the_text_before_it() -> None:
    from briefing.facts.places import _word_before_at

    texts = ("in western  Norland", "western Norland", "  Norland", "Norland", "so\nwest Norland")
    for text in texts:
        start = text.index("Norland")
        assert _word_before_at(text, start) == text[:start].rstrip(" ").rpartition(" ")[2]
