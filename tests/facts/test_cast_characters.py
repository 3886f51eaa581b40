"""Characters of a cast list: the name after an actor's full name and "plays" or "is",
described after a comma, is a role in a work, no person. The articles are our own; the
entities are given by hand, so each test pins the rule whatever the tagger makes of them."""

from __future__ import annotations

from tests.facts.hand_entities import every_occurrence, labels


def test_the_character_an_actor_plays_is_no_person() -> None:
    text = "In the new series Ana Berg plays Jo Lind, a detective at odds with her town."
    doc = every_occurrence(text, ("PERSON", "Ana Berg"), ("PERSON", "Jo Lind"))
    assert labels(doc) == {"Ana Berg": {"PERSON"}}


def test_the_character_an_actor_is_is_no_person() -> None:
    text = "The drama opens in May. Tor Dahl is Ola Vik, a fisherman who finds a body at Valby."
    doc = every_occurrence(text, ("PERSON", "Tor Dahl"), ("PERSON", "Ola Vik"))
    assert labels(doc) == {"Tor Dahl": {"PERSON"}}


def test_a_player_who_plays_another_in_a_final_stays_a_person() -> None:
    text = "On Sunday Ana Berg plays Jo Lind in the final at Valby."
    doc = every_occurrence(text, ("PERSON", "Ana Berg"), ("PERSON", "Jo Lind"))
    assert labels(doc) == {"Ana Berg": {"PERSON"}, "Jo Lind": {"PERSON"}}


def test_a_rival_described_after_plays_stays_a_person() -> None:
    text = "In the semi-final Ana Berg plays Jo Lind, a qualifier from Valby."
    doc = every_occurrence(text, ("PERSON", "Ana Berg"), ("PERSON", "Jo Lind"))
    assert labels(doc) == {"Ana Berg": {"PERSON"}, "Jo Lind": {"PERSON"}}


def test_a_person_named_after_is_stays_a_person() -> None:
    for text in (
        "The closest ally of Ana Berg is Jo Lind, a lawyer from Valby.",
        "The woman standing next to Ana Berg is Jo Lind, a nurse.",
        "The new series opens in May. The best friend of Ana Berg is Jo Lind, a nurse.",
    ):
        doc = every_occurrence(text, ("PERSON", "Ana Berg"), ("PERSON", "Jo Lind"))
        assert labels(doc) == {"Ana Berg": {"PERSON"}, "Jo Lind": {"PERSON"}}, text


def test_a_cast_list_is_read_from_its_paragraph() -> None:
    text = "The series ends in June.\n\nOn Sunday Ana Berg plays Jo Lind, a qualifier from Valby."
    doc = every_occurrence(text, ("PERSON", "Ana Berg"), ("PERSON", "Jo Lind"))
    assert labels(doc) == {"Ana Berg": {"PERSON"}, "Jo Lind": {"PERSON"}}
    text = "Filming ends in June.\n\nIn the series Ana Berg plays Jo Lind, a nurse in Valby."
    doc = every_occurrence(text, ("PERSON", "Ana Berg"), ("PERSON", "Jo Lind"))
    assert labels(doc) == {"Ana Berg": {"PERSON"}}
