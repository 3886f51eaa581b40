"""Names of technology copy that name no body (round 42, from the fourth BBC technology
set): the capitals of connectors, codes and handheld consoles, and a technical standard
spelt out beside its letters; and a retail chain named before its shops, a body."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.places import place_mentions
from briefing.nlp import analyse
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


def _chain_rows(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(analyse(text))}


def test_a_chain_named_before_its_shops_is_a_body() -> None:
    rows = _chain_rows("Five Zorblam megastores opened early to sell the new Quellix gadget.")
    assert rows.get("Zorblam") == "organization"


def test_a_chain_named_by_a_common_word_before_its_shops_stays_a_body() -> None:
    text = "The Zorbix game sold out. Some 150 Game shops opened at dawn to sell it."
    assert _chain_rows(text).get("Game") == "organization"


def test_a_place_before_shops_is_no_chain() -> None:
    doc = analyse("Three London stores opened early to sell the new Quellix gadget.")
    assert "London" not in {a.name for a in extract_actors(doc) if a.type == "organization"}


def test_a_name_after_at_and_a_singular_trade_is_a_firm() -> None:
    text = "Jo Lind, a research director at analyst Quellix, said sales were strong."
    doc = every_occurrence(text, ("PERSON", "Jo Lind"), ("PERSON", "Quellix"))
    assert labels(doc)["Quellix"] == {"ORGANIZATION"}


def test_a_given_name_after_at_and_a_singular_trade_stays_a_person() -> None:
    text = "The forecast came from a meeting at analyst Jo Lind's office in Valby."
    doc = every_occurrence(text, ("PERSON", "Jo Lind"), ("LOCATION", "Valby"))
    assert labels(doc)["Jo Lind"] == {"PERSON"}


def test_an_untagged_name_after_a_trade_giant_is_a_firm() -> None:
    text = "A fake site was registered with net domain giant Quellnet by a critic of the plan."
    assert _chain_rows(text).get("Quellnet") == "organization"


def test_a_name_after_an_adjective_giant_is_no_firm() -> None:
    rows = _chain_rows("Crowds rode a giant Quobble wheel on the pier at Valby last week.")
    assert rows.get("Quobble") != "organization"


def test_a_country_before_dollars_gives_no_place() -> None:
    text = "Quellix sales may top a billion Zorlandian dollars, said Jo Lind in Valby."
    doc = every_occurrence(
        text,
        ("LOCATION", "Zorlandian"),
        ("ORGANIZATION", "Quellix"),
        ("PERSON", "Jo Lind"),
        ("LOCATION", "Valby"),
    )
    names = {p.name for p in place_mentions(doc)}
    assert "Zorlandian" not in names
    assert "Valby" in names
