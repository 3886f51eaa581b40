"""Round 41: how organisation and person names are built (our own invented copy)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from tests.facts.hand_entities import every_occurrence as _doc
from tests.facts.hand_entities import labels


def test_a_body_nouns_name_runs_on_into_the_tagged_rest_of_it() -> None:
    doc = _doc(
        "Most of the buying happens at work, according to a survey by the research firm "
        "Halden Marrow Software, which polled 900 office staff in Carrowby.",
        ("PERSON", "Marrow Software"),
    )
    names = {a.name: a.type for a in extract_actors(doc)}
    assert names.get("Halden Marrow Software") == "organization"
    assert "Halden" not in names and "Marrow Software" not in names


def test_a_body_nouns_name_stops_before_a_tagged_person() -> None:
    doc = _doc(
        "The research firm Halden said on Monday that Jo Marrow would lead it.",
        ("PERSON", "Jo Marrow"),
    )
    names = {a.name: a.type for a in extract_actors(doc)}
    assert names.get("Jo Marrow") == "person"
    assert "Halden Jo Marrow" not in names


def test_a_proper_noun_opening_the_sentence_opens_a_councils_name() -> None:
    doc = _doc(
        "Wrexford Borough Council said it would look again at the plans for the old mill.",
        ("ORGANIZATION", "Borough Council"),
    )
    assert labels(doc) == {"Wrexford Borough Council": {"ORGANIZATION"}}


def test_a_common_word_opening_the_sentence_stays_out_of_a_firms_name() -> None:
    doc = _doc(
        "Former Valdane Group chief Ines Porrow said the merger would go ahead.",
        ("ORGANIZATION", "Valdane Group"),
        ("PERSON", "Ines Porrow"),
    )
    assert labels(doc).get("Valdane Group") == {"ORGANIZATION"}
    assert "Former Valdane Group" not in labels(doc)


def test_a_day_opening_the_sentence_stays_out_of_a_firms_name() -> None:
    doc = _doc(
        "Monday Valdane Group shares fell by a tenth.",
        ("ORGANIZATION", "Valdane Group"),
    )
    assert "Monday Valdane Group" not in labels(doc)


def test_letters_spelt_out_in_lower_case_name_a_thing_not_a_body() -> None:
    doc = _doc(
        "The cells release a tissue growth signal factor (TGSF), the Carrow Institute said. "
        "Marvex is a medicine that blocks TGSF.",
        ("ORGANIZATION", "TGSF"),
        ("ORGANIZATION", "Carrow Institute"),
    )
    found = labels(doc)
    assert "TGSF" not in found
    assert found.get("Carrow Institute") == {"ORGANIZATION"}


def test_letters_after_a_capitalised_name_still_name_the_body() -> None:
    doc = _doc(
        "The Tissue Growth Society (TGS) met in Carrowby, and the TGS said it would meet again.",
        ("ORGANIZATION", "Tissue Growth Society"),
        ("ORGANIZATION", "TGS"),
        ("LOCATION", "Carrowby"),
    )
    assert labels(doc).get("TGS") == {"ORGANIZATION"}


def test_letters_whose_lower_case_words_spell_other_letters_are_left_alone() -> None:
    doc = _doc(
        "Staff of the research council (TGS) said the tests would go on.",
        ("ORGANIZATION", "TGS"),
    )
    assert labels(doc).get("TGS") == {"ORGANIZATION"}


def test_virtual_reality_by_its_letters_is_no_body() -> None:
    doc = _doc(
        "Demand for VR headsets has cooled, Lumora said.",
        ("ORGANIZATION", "VR"),
        ("ORGANIZATION", "Lumora"),
    )
    assert "VR" not in labels(doc)


def test_an_opening_word_the_copy_writes_in_lower_case_stays_out_of_a_body() -> None:
    doc = _doc(
        "New Valby Police Commissioner Ida Holt backed the new rules on Monday.",
        ("ORGANIZATION", "Valby Police"),
        ("PERSON", "Ida Holt"),
    )
    assert "New Valby Police" not in labels(doc)


def test_a_body_word_before_a_countrys_name_is_that_countrys_service() -> None:
    doc = _doc(
        "Police Wales said it had received no complaints about the fair in Carrowby.",
        ("LOCATION", "Carrowby"),
    )
    found = labels(doc)
    assert found.get("Police Wales") == {"ORGANIZATION"}
    assert "Wales" not in found


def test_a_surname_alone_with_its_letters_moved_is_the_same_person() -> None:
    text = (
        "The dispute is driven by hostility to the former oil boss Ivo Khodrovansky. "
        "Mr Khordovansky, held since May, faces a fraud trial, his lawyers said in Carrowby."
    )
    people = [
        a
        for a in extract_actors(
            _doc(
                text,
                ("PERSON", "Ivo Khodrovansky"),
                ("PERSON", "Khordovansky"),
                ("LOCATION", "Carrowby"),
            )
        )
        if a.type == "person"
    ]
    assert [a.name for a in people] == ["Ivo Khodrovansky"]


def test_a_short_surname_with_its_letters_moved_is_another_person() -> None:
    text = "Ana Larsen met the mayor. Mr Lasren said the plan would go ahead in Carrowby."
    people = {
        a.name
        for a in extract_actors(
            _doc(text, ("PERSON", "Ana Larsen"), ("PERSON", "Lasren"), ("LOCATION", "Carrowby"))
        )
        if a.type == "person"
    }
    assert "Lasren" in people
