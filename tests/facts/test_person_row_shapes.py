"""Person rows that are no one person: a people counted in the plural, a club's name run into
a surname, names inside works' titles."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.model import Actor
from tests.facts.hand_entities import every_occurrence


def _rows(text: str, *names: tuple[str, str]) -> tuple[Actor, ...]:
    return extract_actors(every_occurrence(text, *names))


def _people(rows: tuple[Actor, ...]) -> list[str]:
    return [a.name for a in rows if a.type == "person"]


def test_a_name_counted_in_the_plural_is_a_people() -> None:
    rows = _rows(
        "Hundreds of moderate Vostaks fled as Vostak fighters shelled the hills near Orra.",
        ("PERSON", "Vostak"),
        ("LOCATION", "Orra"),
    )
    assert _people(rows) == []


def test_a_family_in_the_plural_leaves_its_member_a_person() -> None:
    rows = _rows(
        "Lind opened the shop in 1990, and the Linds still run it.",
        ("PERSON", "Lind"),
    )
    assert "Lind" in _people(rows)


def test_a_clubs_name_run_into_a_surname_is_no_part_of_the_name() -> None:
    rows = _rows(
        "Orra coach Tom Ash praised his side before the visit of Florence. "
        "Orra will face Florence Ash said the players were ready.",
        ("PERSON", "Florence Ash"),
        ("PERSON", "Tom Ash"),
        ("ORGANIZATION", "Florence"),
        ("ORGANIZATION", "Orra"),
    )
    assert _people(rows) == ["Tom Ash"]


def test_a_quoted_name_before_a_common_noun_is_a_title_not_a_person() -> None:
    rows = _rows(
        'Old "Marlow" fans filled the hall on Friday, Ana Berg said.',
        ("PERSON", "Ana Berg"),
        ("PERSON", "Marlow"),
    )
    assert _people(rows) == ["Ana Berg"]


def test_a_nickname_in_quotation_marks_stays_part_of_the_person() -> None:
    rows = _rows(
        'Jo "Sunny" Lind said the harbour would open in May.',
        ("PERSON", 'Jo "Sunny" Lind'),
    )
    assert _people(rows) == ['Jo "Sunny" Lind']


def test_a_song_title_opening_a_sentence_with_a_pronoun_inside_is_no_person() -> None:
    rows = _rows(
        "The band toured in May.\n\nWe Will Sail Home You sung by the choir was a hit, "
        "Ana Berg said.",
        ("PERSON", "Will Sail"),
        ("PERSON", "Ana Berg"),
    )
    assert _people(rows) == ["Ana Berg"]


def test_a_sentence_opening_we_before_a_lower_case_verb_keeps_its_names() -> None:
    rows = _rows(
        "We met Jo Park in Valby, Ana Berg said.",
        ("PERSON", "Jo Park"),
        ("PERSON", "Ana Berg"),
        ("LOCATION", "Valby"),
    )
    assert sorted(_people(rows)) == ["Ana Berg", "Jo Park"]


def test_a_party_and_state_in_older_wire_style_is_no_person() -> None:
    rows = _rows(
        "A letter from Sen. Tova Brekke (D., Ore.) asked the agency to explain the delay.",
        ("PERSON", "Tova Brekke"),
        ("PERSON", "D., Ore."),
    )
    assert _people(rows) == ["Tova Brekke"]


def test_a_name_read_on_from_its_owner_into_a_pronoun_title_is_no_body() -> None:
    rows = _rows(
        "The prize went to Ana Berg, beating Norbank TV's Have You Met Our Neighbours.",
        ("PERSON", "Ana Berg"),
        ("ORGANIZATION", "Norbank TV's Have You Met Our Neighbours"),
    )
    assert [a.name for a in rows] == ["Ana Berg"]


def test_an_owner_before_a_title_without_a_pronoun_stays() -> None:
    rows = _rows(
        "The prize went to Ana Berg, beating Norbank TV's Harbour Nights.",
        ("PERSON", "Ana Berg"),
        ("ORGANIZATION", "Norbank TV's Harbour Nights"),
    )
    assert any("Norbank" in a.name for a in rows)
