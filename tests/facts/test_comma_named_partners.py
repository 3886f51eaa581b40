"""Employers in business copy (round 45): a firm named for two partners with a comma and no
"&" ("an analyst with Tarrow, Quade in Valby"), as brokers write their names, is one firm, not
two bodies nor a place and a body; a name after a role noun and "with" is the employer, not a
place. The articles are our own; spans are given by hand, as the tagger may cut them.
"""

from __future__ import annotations

from briefing.facts import spans
from briefing.facts.actors import extract_actors
from tests.facts.hand_entities import every_occurrence as _doc
from tests.facts.hand_entities import labels as _labels


def _repaired(text: str, *names: tuple[str, str]) -> list[tuple[str, str]]:
    doc = _doc(text, *names)
    return [(e.label, e.text) for e in spans.repair(doc, list(doc.entities), places=True)]


def test_two_partners_after_with_are_one_firm() -> None:
    text = "Jo Lind, an analyst with Tarrow, Quade in Valby, said prices rose."
    out = _repaired(
        text,
        ("PERSON", "Jo Lind"),
        ("ORGANIZATION", "Tarrow"),
        ("ORGANIZATION", "Quade"),
        ("LOCATION", "Valby"),
    )
    assert ("ORGANIZATION", "Tarrow, Quade") in out
    assert ("ORGANIZATION", "Tarrow") not in out


def test_a_partner_read_as_a_place_joins_the_firm_after_of() -> None:
    text = "Ann Berg of Pellow, Northgate Securities in Valby sold the stock."
    out = _repaired(
        text,
        ("PERSON", "Ann Berg"),
        ("LOCATION", "Pellow"),
        ("ORGANIZATION", "Northgate Securities"),
        ("LOCATION", "Valby"),
    )
    assert ("ORGANIZATION", "Pellow, Northgate Securities") in out


def test_a_list_of_firms_stays_apart() -> None:
    text = "Analysts at Tarrow, Quade and Brix said prices rose."
    out = _repaired(
        text, ("ORGANIZATION", "Tarrow"), ("ORGANIZATION", "Quade"), ("ORGANIZATION", "Brix")
    )
    assert ("ORGANIZATION", "Tarrow") in out
    assert ("ORGANIZATION", "Quade") in out


def test_a_known_place_before_the_comma_stays_a_place() -> None:
    text = "Jo Lind, a broker in the office at London, Quade Securities said."
    out = _repaired(text, ("LOCATION", "London"), ("ORGANIZATION", "Quade Securities"))
    assert ("LOCATION", "London") in out


def test_the_joined_firm_is_one_actor() -> None:
    text = "Jo Lind, an analyst with Tarrow, Quade in Valby, said prices rose."
    doc = _doc(
        text,
        ("PERSON", "Jo Lind"),
        ("ORGANIZATION", "Tarrow"),
        ("ORGANIZATION", "Quade"),
        ("LOCATION", "Valby"),
    )
    names = {a.name: a.type for a in extract_actors(doc)}
    assert names.get("Tarrow, Quade") == "organization"
    assert "Quade" not in names


def test_a_name_after_a_role_and_with_is_the_employer() -> None:
    text = "Prices will rise, said Jo Lind, a vice president with Norvel Quade in Valby."
    labels = _labels(
        _doc(
            text,
            ("PERSON", "Jo Lind"),
            ("LOCATION", "Norvel Quade"),
            ("LOCATION", "Valby"),
        )
    )
    assert labels["Norvel Quade"] == {"ORGANIZATION"}
    assert labels["Valby"] == {"LOCATION"}


def test_a_town_and_its_county_after_of_are_no_firm() -> None:
    text = "Ada Moss, 34, of Eastwick, Kent, wept as the verdict was read."
    out = _repaired(
        text, ("PERSON", "Ada Moss"), ("LOCATION", "Eastwick"), ("ORGANIZATION", "Kent")
    )
    assert ("ORGANIZATION", "Eastwick, Kent") not in out
    assert ("LOCATION", "Eastwick") in out
