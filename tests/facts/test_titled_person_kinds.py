"""Persons the tagger reads as organisations, told by a title or a generational suffix.

The articles are our own; entities are given by hand so each test pins one rule.
"""

from __future__ import annotations

from tests.facts.hand_entities import every_occurrence, labels


def test_title_and_suffix_make_a_person() -> None:
    text = "Judge Tevka Vask II, who was named by the governor, sat on all three panels in Valby."
    doc = every_occurrence(text, ("ORGANIZATION", "Tevka Vask II"), ("LOCATION", "Valby"))
    assert labels(doc)["Tevka Vask II"] == {"PERSON"}


def test_capitalised_role_noun_before_a_name() -> None:
    text = "The board met on Monday. Coach Orvin Tamsk told the players to rest before the trip."
    doc = every_occurrence(text, ("ORGANIZATION", "Orvin Tamsk"))
    assert labels(doc)["Orvin Tamsk"] == {"PERSON"}


def test_suffix_beside_scores_with_a_title() -> None:
    text = (
        "The panel ruled 2-1 after the football league appealed. Judge Tevka Valby Jr. wrote "
        "the ruling for the league and its clubs."
    )
    doc = every_occurrence(text, ("ORGANIZATION", "Tevka Valby Jr."), ("LOCATION", "Valby"))
    assert labels(doc)["Tevka Valby Jr."] == {"PERSON"}


def test_no_title_no_person() -> None:
    text = "The Norland Accord II was signed in Valby by the two governments on Monday."
    doc = every_occurrence(text, ("ORGANIZATION", "Norland Accord II"), ("LOCATION", "Valby"))
    assert labels(doc)["Norland Accord II"] == {"ORGANIZATION"}


def test_surname_alone_beside_scores() -> None:
    text = (
        "Norbank Rovers won 2-1 and the striker scored in the match. The return of Orvin "
        "Tamsk to Norbank Rovers matters. Tamsk pulls the defence together."
    )
    doc = every_occurrence(
        text,
        ("ORGANIZATION", "Norbank Rovers"),
        ("ORGANIZATION", "Orvin Tamsk"),
        ("PERSON", "Tamsk"),
    )
    assert labels(doc)["Orvin Tamsk"] == {"PERSON"}


def test_club_word_beside_scores_stays_a_body() -> None:
    text = (
        "Real Tamsk won 2-1 and the striker scored in the match. Atletico Real Tamsk then "
        "lost. Tamsk pulls the defence together."
    )
    doc = every_occurrence(text, ("ORGANIZATION", "Atletico Real Tamsk"), ("PERSON", "Tamsk"))
    assert labels(doc)["Atletico Real Tamsk"] != {"PERSON"}
