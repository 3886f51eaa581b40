"""Round 43: how person and body names are built (our own invented copy)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from tests.facts.hand_entities import every_occurrence as _doc


def test_a_side_named_in_a_fixture_line_in_capitals_is_a_body_wherever_named() -> None:
    doc = _doc(
        "Dorvale prepared for Saturday's meeting with Quillons. DORVALE V QUILLONS (Saturday, "
        "3pm) Ty Marsh returns at lock, while Quillons rest two forwards.",
        ("ORGANIZATION", "Dorvale"),
        ("PERSON", "Quillons"),
        ("ORGANIZATION", "DORVALE"),
        ("ORGANIZATION", "QUILLONS"),
        ("PERSON", "Ty Marsh"),
    )
    names = {a.name: a.type for a in extract_actors(doc)}
    assert "person" not in {t for n, t in names.items() if n.lower() == "quillons"}
    assert names.get("Ty Marsh") == "person"


def test_a_name_with_only_a_channel_in_brackets_is_a_programme_not_a_person() -> None:
    doc = _doc(
        "Tarn Hollow won best comedy drama, beating Ferris Quade (BBC Two) and Lowmoor "
        "(Channel 4). Presenter Ada Vell (Night Lines, Radio 4) won best host.",
        ("PERSON", "Ferris Quade"),
        ("ORGANIZATION", "BBC Two"),
        ("ORGANIZATION", "Channel 4"),
        ("PERSON", "Ada Vell"),
        ("ORGANIZATION", "Radio 4"),
    )
    names = {a.name: a.type for a in extract_actors(doc)}
    assert "Ferris Quade" not in names
    assert names.get("Ada Vell") == "person"


def test_a_person_with_a_newsroom_in_brackets_stays_a_person() -> None:
    doc = _doc(
        "The panel heard from Ada Vell (BBC News 24) and Tom Brix on Monday.",
        ("PERSON", "Ada Vell"),
        ("ORGANIZATION", "BBC News 24"),
        ("PERSON", "Tom Brix"),
    )
    names = {a.name: a.type for a in extract_actors(doc)}
    assert names.get("Ada Vell") == "person"


def test_a_bodys_name_opening_with_a_colour_the_name_lists_hold_stays_a_body() -> None:
    doc = _doc(
        "Aid workers from the Tarvian Red Crescent reached the village on Monday, Ada Vell said.",
        ("ORGANIZATION", "Red Crescent"),
        ("PERSON", "Ada Vell"),
    )
    names = {a.name: a.type for a in extract_actors(doc)}
    assert all(t == "organization" for n, t in names.items() if "Crescent" in n)
    assert names.get("Ada Vell") == "person"


def test_a_campaigns_name_after_a_heads_to_is_one_body_with_it() -> None:
    doc = _doc(
        "The Coalition to Stop Varnish Dumping met in Brell on Monday, Ada Vell said.",
        ("ORGANIZATION", "Coalition"),
        ("ORGANIZATION", "Stop Varnish Dumping"),
        ("LOCATION", "Brell"),
        ("PERSON", "Ada Vell"),
    )
    names = {a.name: a.type for a in extract_actors(doc)}
    assert names.get("Coalition to Stop Varnish Dumping") == "organization"
    assert "Coalition" not in names
    assert "Stop Varnish Dumping" not in names


def test_a_body_after_a_heads_to_with_no_campaign_verb_stays_apart() -> None:
    doc = _doc(
        "He moved the money from the Fund to Norbank last year, Ada Vell said.",
        ("ORGANIZATION", "Norbank"),
        ("PERSON", "Ada Vell"),
    )
    names = {a.name: a.type for a in extract_actors(doc)}
    assert names.get("Norbank") == "organization"
