"""Round 42, second wave: actor kinds a reader sees wrong (our own invented copy)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from tests.facts.hand_entities import every_occurrence as _doc


def test_a_compass_adjective_opens_a_bodys_name_not_a_persons() -> None:
    doc = _doc(
        "Eastern Tollway said crews had cleared the road by noon, spokesman Ivo Rask said.",
        ("PERSON", "Eastern Tollway"),
        ("PERSON", "Ivo Rask"),
    )
    names = {a.name: a.type for a in extract_actors(doc)}
    assert names.get("Eastern Tollway") == "organization"
    assert names.get("Ivo Rask") == "person"


def test_a_name_after_the_old_is_a_courts_not_a_persons() -> None:
    doc = _doc(
        "The Old Tannery heard on Monday that Pell Arwin had hidden the ledgers.",
        ("PERSON", "Tannery"),
        ("PERSON", "Pell Arwin"),
    )
    names = {a.name: a.type for a in extract_actors(doc)}
    assert "Tannery" not in names
    assert names.get("Old Tannery") == "organization"
    assert names.get("Pell Arwin") == "person"


def test_a_product_called_after_its_firm_is_no_body_and_the_firm_stays() -> None:
    doc = _doc(
        "Kettle maker Brisonne has launched a new model. The appliance, called the Brisonne "
        "Tide, goes on sale in May.",
        ("ORGANIZATION", "Brisonne Tide"),
        ("ORGANIZATION", "Brisonne"),
    )
    names = {a.name: a.type for a in extract_actors(doc)}
    assert names.get("Brisonne") == "organization"
    assert "Brisonne Tide" not in names


def test_a_firm_called_by_its_full_name_stays_a_body() -> None:
    doc = _doc(
        "Brisonne said on Monday that its new arm, called Brisonne Foods, would hire staff.",
        ("ORGANIZATION", "Brisonne Foods"),
        ("ORGANIZATION", "Brisonne"),
    )
    assert [e.text for e in doc.entities].count("Brisonne Foods") == 1
    actors = extract_actors(doc)
    assert any("Brisonne Foods" in (a.name, *a.aliases) for a in actors)


def test_a_head_led_run_right_after_a_tagged_body_is_no_body_of_its_own() -> None:
    doc = _doc(
        "Staff at the College of Arnholt School of Nursing won an award, Dr Pia Soll said.",
        ("ORGANIZATION", "College of Arnholt"),
        ("PERSON", "Pia Soll"),
    )
    names = {a.name for a in extract_actors(doc)}
    assert "School of Nursing" not in names
    assert "College of Arnholt" in names
