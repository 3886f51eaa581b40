"""A place after a prefix and a hyphen in one word ("pro-Valby", "then-Norland") is named, but
not a person's surname after one ("pro-Lind") (round 43)."""

from __future__ import annotations

from briefing.facts.places import extract_places
from briefing.nlp import analyse


def _places(text: str) -> list[str]:
    return [p.name for p in extract_places(analyse(text))]


def test_a_city_after_pro_is_a_place() -> None:
    assert "Moscow" in _places("He has hired pro-Moscow advisers, Tarn Velo said on Monday.")


def test_a_region_after_then_is_a_place() -> None:
    text = "The son of then-Chiapas Attorney General Ruiz Olano left the country in May."
    assert "Chiapas" in _places(text)


def test_a_country_after_anti_opening_a_sentence_is_a_place() -> None:
    assert "Norway" in _places("Anti-Norway protests grew in the port on Friday.")


def test_a_surname_after_pro_is_no_place() -> None:
    text = "Voters backed the pro-Jordan slate. Ana Jordan said she was pleased with the count."
    assert "Jordan" not in _places(text)


def test_a_common_word_after_anti_is_no_place() -> None:
    assert "Orange" not in _places("Police broke up anti-Orange protests in the port on Friday.")
