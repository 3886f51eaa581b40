"""The gazetteer's word tests that kinds, places and speakers share."""

from __future__ import annotations

from briefing.facts import gazetteer


def test_a_us_state_is_a_us_subdivision_and_a_country_of_its_name_is_not() -> None:
    assert gazetteer.us_state(gazetteer.candidates("Texas")[0])
    georgia = gazetteer.candidates("Georgia")
    assert any(gazetteer.us_state(k) for k in georgia)
    assert not any(gazetteer.us_state(k) for k in georgia if k.type == "country")


def test_a_demonym_noun_names_one_of_a_people_not_an_office() -> None:
    assert gazetteer.demonym_noun("Frenchman") and gazetteer.demonym_noun("Welshwomen")
    assert not gazetteer.demonym_noun("Chairman") and not gazetteer.demonym_noun("man")
