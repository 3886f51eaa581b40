"""Round 36: a character named before "played by" and an actor's full name, the character's
family in the work, an animal's name with a caption's words run into it, and names ending in
a word that is never an actor. Articles in our own words; entities given by hand where a
rule of kinds is pinned."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from tests.facts.hand_entities import every_occurrence, labels


def test_a_character_played_by_an_actor_is_no_person() -> None:
    text = "In the new drama series Lena, played by Ana Berg, opens a bakery in Valby."
    doc = every_occurrence(text, ("PERSON", "Ana Berg"), ("PERSON", "Lena"))
    assert labels(doc) == {"Ana Berg": {"PERSON"}}


def test_the_family_of_a_played_character_is_no_person() -> None:
    text = (
        "Lena Vortley is back in the drama series. Lena, played by Ana Berg, has a son. "
        "Tor Vortley, her husband, is played by Ola Dahl."
    )
    doc = every_occurrence(
        text,
        ("PERSON", "Lena Vortley"),
        ("PERSON", "Tor Vortley"),
        ("PERSON", "Ana Berg"),
        ("PERSON", "Ola Dahl"),
        ("PERSON", "Lena"),
    )
    assert labels(doc) == {"Ana Berg": {"PERSON"}, "Ola Dahl": {"PERSON"}}


def test_played_by_outside_a_work_keeps_the_person() -> None:
    text = "At the club final Jo Lind, played by Ana Berg in the first round, won again."
    doc = every_occurrence(text, ("PERSON", "Jo Lind"), ("PERSON", "Ana Berg"))
    assert labels(doc) == {"Jo Lind": {"PERSON"}, "Ana Berg": {"PERSON"}}


def test_a_horses_name_with_a_caption_word_run_in_is_no_person() -> None:
    text = (
        "Ana Berg owns the horse Rexy Boy with two friends. Berg cheers in the Derby "
        "Rexy Boy is now ten and still runs."
    )
    doc = every_occurrence(
        text, ("PERSON", "Ana Berg"), ("PERSON", "Derby Rexy Boy"), ("PERSON", "Rexy Boy")
    )
    assert "Derby Rexy Boy" not in labels(doc)


def test_a_name_ending_in_a_deity_or_a_weekday_is_no_actor() -> None:
    text = "The scholar Ana Berg writes of the Valbian God and of Grey Friday in her new book."
    doc = every_occurrence(
        text, ("PERSON", "Ana Berg"), ("PERSON", "Valbian God"), ("PERSON", "Grey Friday")
    )
    assert {a.name for a in extract_actors(doc)} == {"Ana Berg"}


def test_a_given_name_before_a_weekday_stays_a_person() -> None:
    text = "The scholar Ana Berg met the detective Joe Friday at the harbour in Valby."
    doc = every_occurrence(text, ("PERSON", "Ana Berg"), ("PERSON", "Joe Friday"))
    assert {a.name for a in extract_actors(doc)} == {"Ana Berg", "Joe Friday"}


def test_names_listed_after_resorts_like_are_places() -> None:
    text = "Near Valby there are resorts like The Lund, Harrowgate Sands and the new Tarnby Cove."
    doc = every_occurrence(
        text, ("PERSON", "Harrowgate Sands"), ("ORGANIZATION", "Tarnby Cove"), ("LOCATION", "Valby")
    )
    assert labels(doc) == {
        "Valby": {"LOCATION"},
        "Harrowgate Sands": {"LOCATION"},
        "Tarnby Cove": {"LOCATION"},
    }


def test_a_list_after_a_noun_of_no_place_keeps_its_kinds() -> None:
    text = "Valby has firms like Harrowgate Sands and shops such as Tarnby Cove."
    doc = every_occurrence(
        text, ("ORGANIZATION", "Harrowgate Sands"), ("ORGANIZATION", "Tarnby Cove")
    )
    assert "LOCATION" not in labels(doc).get("Harrowgate Sands", set())


def test_a_firms_last_word_alone_is_its_short_form_not_a_person() -> None:
    text = (
        "Harbour Vantley Co. raised its prices in May. "
        "A judge ordered Vantley to refund its customers by June."
    )
    doc = every_occurrence(
        text, ("ORGANIZATION", "Harbour Vantley Co."), ("PERSON", "Vantley"), ("PERSON", "June")
    )
    actors = {a.name: a for a in extract_actors(doc)}
    assert "Vantley" not in actors
    assert "Vantley" in actors["Harbour Vantley Co."].aliases


def test_a_titled_surname_beside_a_firm_stays_a_person() -> None:
    text = (
        "Harbour Vantley Co. raised its prices in May. "
        "Mr. Vantley, who left the firm, said the rise was wrong."
    )
    doc = every_occurrence(text, ("ORGANIZATION", "Harbour Vantley Co."), ("PERSON", "Vantley"))
    assert "Vantley" in {a.name for a in extract_actors(doc)}
