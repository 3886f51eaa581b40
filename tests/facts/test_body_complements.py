"""Bodies whose names the tagger cuts short or misreads: a second field after "and" in a
body's complement, a subcommittee and its "on" complement, well-known companies and
websites, and capitalised formats that name no body.

The sentences and names are our own; entities are given by hand (tests/facts/hand_entities).
"""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.model import Doc
from briefing.nlp import analyse
from tests.facts.hand_entities import every_occurrence, labels


def _organisations(doc: Doc) -> set[str]:
    return {a.name for a in extract_actors(doc) if a.type == "organization"}


def test_an_untagged_second_field_after_and_completes_a_body_complement() -> None:
    text = "The Valby College for Nursing and Midwifery (VCNM) will close two wards next year."
    doc = every_occurrence(
        text, ("ORGANIZATION", "Valby College for Nursing"), ("ORGANIZATION", "VCNM")
    )
    assert labels(doc).get("Valby College for Nursing and Midwifery") == {"ORGANIZATION"}


def test_a_place_or_a_person_after_and_is_no_second_field() -> None:
    text = "The Bank of Norland and Valby officials met on Monday to discuss the loan."
    doc = every_occurrence(text, ("ORGANIZATION", "Bank of Norland"), ("LOCATION", "Valby"))
    assert "Bank of Norland" in labels(doc)
    text = "The Institute of Physics and Jo Park signed the letter on Monday."
    doc = every_occurrence(text, ("ORGANIZATION", "Institute of Physics"))
    assert "Institute of Physics" in labels(doc)


def test_a_subcommittee_keeps_its_on_complement_beside_a_known_chamber() -> None:
    text = "Ana Berg told the Senate Subcommittee on Rail Safety that the trains were late."
    doc = every_occurrence(
        text,
        ("PERSON", "Ana Berg"),
        ("ORGANIZATION", "Senate Subcommittee"),
        ("ORGANIZATION", "Rail Safety"),
    )
    assert "Senate Subcommittee on Rail Safety" in _organisations(doc)


def test_a_well_known_website_read_as_a_place_is_an_organisation() -> None:
    text = "Jo Park sold the old maps on Kickstarter last year. Kickstarter took a small fee."
    doc = every_occurrence(text, ("PERSON", "Jo Park"), ("LOCATION", "Kickstarter"))
    assert labels(doc)["Kickstarter"] == {"ORGANIZATION"}


def test_a_media_format_in_capitals_is_no_organisation() -> None:
    text = "Norbank said the film would come out on DVD in May, Ana Berg said."
    doc = every_occurrence(
        text,
        ("ORGANIZATION", "Norbank"),
        ("ORGANIZATION", "DVD"),
        ("PERSON", "Ana Berg"),
    )
    assert _organisations(doc) == {"Norbank"}


def test_a_universitys_campus_after_at_stays_in_its_name() -> None:
    text = "Ana Berg of the University of Norland at Valby led the study of the river."
    doc = every_occurrence(
        text,
        ("PERSON", "Ana Berg"),
        ("ORGANIZATION", "University of Norland"),
        ("LOCATION", "Valby"),
    )
    found = labels(doc)
    assert found.get("University of Norland at Valby") == {"ORGANIZATION"}
    assert "Valby" not in found


def test_a_one_word_newspaper_title_without_the_may_be_a_firm() -> None:
    text = "Sun Valby Inc. said on Monday that its profit rose. Sun also cut 40 jobs in Norland."
    doc = every_occurrence(
        text,
        ("ORGANIZATION", "Sun Valby Inc."),
        ("ORGANIZATION", "Sun"),
        ("LOCATION", "Norland"),
    )
    rows = {a.name: set(a.aliases) for a in extract_actors(doc) if a.type == "organization"}
    assert rows == {"Sun Valby Inc.": {"Sun"}}
    doc = every_occurrence(
        "Jo Park told the Sun on Monday.",
        ("PERSON", "Jo Park"),
        ("ORGANIZATION", "Sun"),
    )
    assert "The Sun" in _organisations(doc)


def test_a_place_before_a_body_known_world_wide_opens_no_name() -> None:
    text = "Most of her Norland Kickstarter backers are over 50, Ana Berg said."
    doc = every_occurrence(text, ("LOCATION", "Norland"), ("PERSON", "Ana Berg"))
    found = labels(doc)
    assert found.get("Kickstarter") == {"ORGANIZATION"}
    assert found.get("Norland") == {"LOCATION"}


def test_a_second_field_tagged_apart_still_completes_a_body_complement() -> None:
    text = "A study by the Institute for Housing and Rural Affairs found the rents too high."
    doc = every_occurrence(
        text, ("ORGANIZATION", "Institute for Housing"), ("PERSON", "Rural Affairs")
    )
    assert "Institute for Housing and Rural Affairs" in _organisations(doc)
    assert "Rural Affairs" not in _organisations(doc)


def test_a_body_after_and_tagged_apart_is_no_second_field() -> None:
    text = "The College for Nursing and Valby University opened a joint ward on Monday."
    doc = every_occurrence(
        text, ("ORGANIZATION", "College for Nursing"), ("ORGANIZATION", "Valby University")
    )
    assert {"College for Nursing", "Valby University"} <= _organisations(doc)


def test_a_legal_form_after_a_firm_ends_its_name() -> None:
    text = "Radio makers such as Nordo Co. and the Harlow Estate Co. cut their prices in May."
    doc = every_occurrence(text, ("LOCATION", "Nordo"), ("ORGANIZATION", "Harlow Estate"))
    assert {"Nordo Co.", "Harlow Estate Co."} <= _organisations(doc)


def test_a_brand_before_a_noun_of_goods_is_no_organisation() -> None:
    text = "Police found 300 Valcorin pills and a Brenta pistol; Valcorin is made by Norpharm."
    doc = every_occurrence(
        text,
        ("ORGANIZATION", "Valcorin"),
        ("ORGANIZATION", "Brenta"),
        ("ORGANIZATION", "Norpharm"),
    )
    found = _organisations(doc)
    assert "Brenta" not in found
    assert "Norpharm" in found


def test_capitals_of_a_kind_of_body_or_a_degree_name_no_organisation() -> None:
    text = "The PAC paid for her MBA, and Super PACs backed Valby University, Jo Park said."
    doc = every_occurrence(
        text,
        ("ORGANIZATION", "PAC"),
        ("ORGANIZATION", "MBA"),
        ("ORGANIZATION", "Super PACs"),
        ("ORGANIZATION", "Valby University"),
        ("PERSON", "Jo Park"),
    )
    assert _organisations(doc) == {"Valby University"}


def test_a_quantifier_opening_the_sentence_is_no_part_of_a_body_name() -> None:
    text = "Another Norbank unit, Valco Holdings, rose 2 to 40 on Monday."
    doc = every_occurrence(
        text, ("ORGANIZATION", "Another Norbank"), ("ORGANIZATION", "Valco Holdings")
    )
    assert {"Norbank", "Valco Holdings"} <= _organisations(doc)
    assert "Another Norbank" not in _organisations(doc)


def test_a_number_opening_the_sentence_before_a_body_and_its_people_is_no_part_of_it() -> None:
    text = "Two Norland Port Security Authority pilots were fired after the crash, police said."
    doc = every_occurrence(text, ("ORGANIZATION", "Two Norland Port Security Authority"))
    assert _organisations(doc) == {"Norland Port Security Authority"}


def test_a_number_opening_a_body_name_stays_without_its_people_after_it() -> None:
    text = "Three Rivers Water Company fixed the main on Monday, the mayor said."
    doc = every_occurrence(text, ("ORGANIZATION", "Three Rivers Water Company"))
    assert _organisations(doc) == {"Three Rivers Water Company"}


def test_an_untagged_body_before_its_cue_loses_the_quantifier_opening_the_sentence() -> None:
    doc = analyse("Another Norbank unit was sold on Monday; an OTC bank bought it.")
    found = _organisations(doc)
    assert "Norbank" in found
    assert not {"Another Norbank", "OTC"} & found


def test_a_ship_and_a_season_of_the_calendar_name_no_organisation() -> None:
    text = "Jo Park served on the USS Valmora and gave up meat for Lent, Norbank said."
    doc = every_occurrence(
        text,
        ("PERSON", "Jo Park"),
        ("ORGANIZATION", "USS Valmora"),
        ("ORGANIZATION", "Lent"),
        ("ORGANIZATION", "Norbank"),
    )
    assert _organisations(doc) == {"Norbank"}


def test_a_pronoun_opening_a_quotation_before_a_body_noun_is_no_organisation() -> None:
    doc = analyse('"Our company has not kept up with" the market, said Jo Park, its founder.')
    assert "Our" not in _organisations(doc)
