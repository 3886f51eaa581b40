"""Names of technology copy that name no body (round 42, from the fourth BBC technology
set): the capitals of connectors, codes and handheld consoles, and a technical standard
spelt out beside its letters."""

from __future__ import annotations

from tests.facts.hand_entities import every_occurrence, labels


def test_connector_and_console_capitals_are_no_body() -> None:
    text = "Norvane sells USB sticks, and the PSP will face the DS, said Jo Lind in Valby."
    doc = every_occurrence(
        text,
        ("ORGANIZATION", "Norvane"),
        ("ORGANIZATION", "USB"),
        ("ORGANIZATION", "PSP"),
        ("ORGANIZATION", "DS"),
        ("PERSON", "Jo Lind"),
        ("LOCATION", "Valby"),
    )
    found = labels(doc)
    assert not {"USB", "PSP", "DS"} & set(found)
    assert found["Norvane"] == {"ORGANIZATION"}


def test_a_computer_named_with_its_maker_is_no_body() -> None:
    text = "Fans wrote players for the Apple Mac, said Quellix."
    doc = every_occurrence(text, ("ORGANIZATION", "Apple Mac"), ("ORGANIZATION", "Quellix"))
    assert "Apple Mac" not in labels(doc)


def test_an_interface_spelt_out_is_no_body() -> None:
    text = "Few sets have ZVL (Zorbic Video Link Interface) sockets, Tobrunda said."
    doc = every_occurrence(
        text,
        ("ORGANIZATION", "Zorbic Video Link Interface"),
        ("ORGANIZATION", "Tobrunda"),
    )
    found = labels(doc)
    assert "Zorbic Video Link Interface" not in found
    assert found["Tobrunda"] == {"ORGANIZATION"}


def test_capitals_cut_from_before_a_domain_names_standard_are_no_body() -> None:
    text = "The Valbian Domain Names system is slow, the Norvane group warned."
    doc = every_occurrence(
        text,
        ("ORGANIZATION", "Valbian Domain"),
        ("ORGANIZATION", "Norvane"),
    )
    found = labels(doc)
    assert "Valbian Domain" not in found
    assert found["Norvane"] == {"ORGANIZATION"}
