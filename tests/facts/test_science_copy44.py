"""Science copy of the forty-fourth round (the abcs5 development set): a US state
university's campus after a comma, a journal named by a common word, a journal of a body, a
department before its programme, a named experiment, a taxonomic family and our galaxy.

The sentences and names are our own; entities are given by hand (tests/facts/hand_entities).
"""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.places import NOT_PLACES
from briefing.model import Doc
from tests.facts.hand_entities import every_occurrence, labels


def _organisations(doc: Doc) -> set[str]:
    return {a.name for a in extract_actors(doc) if a.type == "organization"}


def test_a_state_universitys_campus_town_after_a_comma_stays_in_its_name() -> None:
    text = "Ana Berg of the University of Oregon, Salem, led the study of the river."
    doc = every_occurrence(
        text,
        ("PERSON", "Ana Berg"),
        ("ORGANIZATION", "University of Oregon"),
        ("LOCATION", "Salem"),
    )
    found = labels(doc)
    assert found.get("University of Oregon, Salem") == {"ORGANIZATION"}
    assert "Salem" not in found
    assert "University of Oregon, Salem" in _organisations(doc)


def test_a_university_not_named_for_a_us_state_keeps_the_place_apart() -> None:
    text = "Ana Berg of the University of Norland, Salem, led the study of the river."
    doc = every_occurrence(
        text,
        ("PERSON", "Ana Berg"),
        ("ORGANIZATION", "University of Norland"),
        ("LOCATION", "Salem"),
    )
    found = labels(doc)
    assert found.get("Salem") == {"LOCATION"}
    assert found.get("University of Norland") == {"ORGANIZATION"}


def test_a_journal_named_by_a_common_word_stays_a_body() -> None:
    text = "Ana Berg reports in the journal Quill today. The quill of the bird was long."
    doc = every_occurrence(text, ("PERSON", "Ana Berg"), ("ORGANIZATION", "Quill"))
    assert "Quill" in _organisations(doc)


def test_a_common_word_named_without_a_body_noun_is_dropped() -> None:
    text = "Ana Berg reports on Quill today. The quill of the bird was long."
    doc = every_occurrence(text, ("PERSON", "Ana Berg"), ("ORGANIZATION", "Quill"))
    assert "Quill" not in _organisations(doc)


def test_a_journal_of_a_body_is_named_whole() -> None:
    text = "The team reports in the Proceedings of the Valby Academy of Soils this week."
    doc = every_occurrence(text, ("ORGANIZATION", "Valby Academy of Soils"))
    found = labels(doc)
    assert found.get("Proceedings of the Valby Academy of Soils") == {"ORGANIZATION"}
    assert "Valby Academy of Soils" not in found


def test_a_departments_programme_after_it_gives_the_department() -> None:
    text = "Partners include Norbank, the Department of Energy Valby Dust Measurement Program."
    doc = every_occurrence(
        text,
        ("ORGANIZATION", "Department of Energy Valby Dust Measurement Program"),
        ("ORGANIZATION", "Norbank"),
    )
    found = labels(doc)
    assert found.get("Department of Energy") == {"ORGANIZATION"}
    assert "Department of Energy Valby Dust Measurement Program" not in found


def test_a_named_field_experiment_is_no_body() -> None:
    text = "The Valby Cloud Experiment will fly planes over the coast, says Ana Berg."
    doc = every_occurrence(text, ("ORGANIZATION", "Valby Cloud Experiment"), ("PERSON", "Ana Berg"))
    assert "Valby Cloud Experiment" not in _organisations(doc)


def test_a_taxonomic_family_is_no_body() -> None:
    text = "The rodent belongs to the family Norvidae, says Ana Berg of Norbank."
    doc = every_occurrence(
        text,
        ("ORGANIZATION", "Norvidae"),
        ("PERSON", "Ana Berg"),
        ("ORGANIZATION", "Norbank"),
    )
    assert _organisations(doc) == {"Norbank"}


def test_our_galaxy_is_no_place() -> None:
    assert "Milky Way" in NOT_PLACES


def test_a_complements_noun_cut_after_its_adjective_joins_the_body() -> None:
    text = "Ana Berg, of the Valby Museum of Natural History in Norland, found the bone."
    doc = every_occurrence(
        text,
        ("PERSON", "Ana Berg"),
        ("ORGANIZATION", "Valby Museum of Natural"),
        ("LOCATION", "Norland"),
    )
    assert labels(doc).get("Valby Museum of Natural History") == {"ORGANIZATION"}


def test_a_place_complement_takes_no_noun_after_it() -> None:
    text = "Ana Berg, of the Valby Museum of Norland History Society, found the bone."
    doc = every_occurrence(
        text, ("PERSON", "Ana Berg"), ("ORGANIZATION", "Valby Museum of Norland")
    )
    assert "Valby Museum of Norland History" not in labels(doc)
