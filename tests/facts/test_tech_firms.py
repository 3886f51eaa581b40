"""Firms and outlets of technology and entertainment copy the tagger reads as people or
places. The articles are our own; entities are given by hand, every occurrence of each."""

from __future__ import annotations

from tests.facts.test_firm_kinds import _doc, _labels


def test_a_name_after_analysts_is_a_firm_everywhere() -> None:
    text = "Phone sales rose, said technology analysts Corvane. Corvane said prices fell."
    doc = _doc(text, ("PERSON", "Corvane"))
    assert _labels(doc) == {"Corvane": {"ORGANIZATION"}}


def test_a_name_after_band_is_a_body() -> None:
    text = "The rock band Tinhorn will tour Norland next spring."
    doc = _doc(text, ("PERSON", "Tinhorn"), ("LOCATION", "Norland"))
    assert _labels(doc)["Tinhorn"] == {"ORGANIZATION"}


def test_a_name_after_a_job_at_is_a_firm() -> None:
    text = "Jo Park, portal director at Netvale, said rules would fail."
    doc = _doc(text, ("PERSON", "Jo Park"), ("LOCATION", "Netvale"))
    assert _labels(doc)["Netvale"] == {"ORGANIZATION"}


def test_a_sky_channel_is_a_body_and_a_prize_or_time_zone_no_name() -> None:
    text = "The gala is on Sky Movies at 9pm EST on Friday. Jo Park won a Golden Globe."
    doc = _doc(
        text,
        ("PERSON", "Sky Movies"),
        ("ORGANIZATION", "EST"),
        ("PERSON", "Jo Park"),
        ("ORGANIZATION", "Golden Globe"),
    )
    assert _labels(doc) == {"Sky Movies": {"ORGANIZATION"}, "Jo Park": {"PERSON"}}


def test_the_big_board_is_the_exchange() -> None:
    text = "Shares of Norvale fell 2% on the Big Board yesterday."
    doc = _doc(text, ("ORGANIZATION", "Norvale"), ("LOCATION", "Big Board"))
    assert _labels(doc)["Big Board"] == {"ORGANIZATION"}


def test_a_capitalised_dotcom_name_is_a_firm() -> None:
    text = "The toolbar links each book to Norshop.com whether readers like it or not."
    doc = _doc(text, ("LOCATION", "Norshop.com"))
    assert _labels(doc) == {"Norshop.com": {"ORGANIZATION"}}


def test_an_untagged_arts_company_is_a_body() -> None:
    text = "Two dancers of the Harbour Ballet signed with Valby Records last year."
    assert _labels(_doc(text)) == {
        "Harbour Ballet": {"ORGANIZATION"},
        "Valby Records": {"ORGANIZATION"},
    }


def test_a_name_that_released_its_product_is_a_firm() -> None:
    text = "Sales will grow, said one study. Norcom Tele just released its slimmest phone."
    doc = _doc(text, ("PERSON", "Norcom Tele"))
    assert _labels(doc) == {"Norcom Tele": {"ORGANIZATION"}}


def test_a_theatre_is_a_venue() -> None:
    text = "Stars will walk the red carpet outside the Norvale Theatre on Sunday."
    doc = _doc(text, ("ORGANIZATION", "Norvale Theatre"))
    assert _labels(doc) == {"Norvale Theatre": {"LOCATION"}}
