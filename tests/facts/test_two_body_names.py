"""Two bodies the tagger read as one name joined by "and" (`briefing.facts.spans`): each
part is written as a body's name, so the span is cut in two; a shared head, a legal form,
a common word before "and" or a person's name keeps the span whole.

The articles are our own. Entities are given by hand (label, surface), so each test pins
one rule whatever the tagger makes of the sentence.
"""

from __future__ import annotations

from briefing.facts.kinds import classify
from tests.facts.hand_entities import every_occurrence


def _bodies(text: str, span: str) -> set[str]:
    doc = every_occurrence(text, ("ORGANIZATION", span))
    return {e.text for e in classify(doc).entities if e.label == "ORGANIZATION"}


def test_two_bodies_joined_by_and_are_cut_in_two() -> None:
    text = "The board funds Voice of Norway and Radio Free Valby/Radio Norland from its budget."
    bodies = _bodies(text, "Voice of Norway and Radio Free Valby/Radio Norland")
    assert {"Voice of Norway", "Radio Free Valby/Radio Norland"} <= bodies


def test_a_firm_and_its_partner_are_cut_in_two() -> None:
    text = "NRB Norbank and Sundby LifeCare will split their snack lines next year."
    bodies = _bodies(text, "NRB Norbank and Sundby LifeCare")
    assert {"NRB Norbank", "Sundby LifeCare"} <= bodies


def test_fields_joined_in_one_name_stay_whole() -> None:
    text = "The Norland Fishing and Forestry Authority met on Monday to hear the growers."
    assert "Norland Fishing and Forestry Authority" in _bodies(
        text, "Norland Fishing and Forestry Authority"
    )


def test_a_plural_head_shared_by_both_stays_whole() -> None:
    text = "He sat on the boards of both the Valby and Norland Stock Exchanges for years."
    assert "Valby and Norland Stock Exchanges" in _bodies(text, "Valby and Norland Stock Exchanges")


def test_a_legal_form_after_and_stays_whole() -> None:
    text = "Shares of Norbank Lind and Co rose sharply on Monday after the report."
    assert "Norbank Lind and Co" in _bodies(text, "Norbank Lind and Co")


def test_a_legal_form_ending_the_whole_name_keeps_it_one_body() -> None:
    text = "Shares of Bank of Valby and Norvik Trust PLC fell on the news from the port."
    assert "Bank of Valby and Norvik Trust PLC" in _bodies(
        text, "Bank of Valby and Norvik Trust PLC"
    )
    text = "Shares of Norbank Lind and Berg Co Ltd fell on the news from the port."
    assert "Norbank Lind and Berg Co Ltd" in _bodies(text, "Norbank Lind and Berg Co Ltd")


def test_a_plural_body_word_ending_the_name_keeps_it_one_body() -> None:
    text = "She ran the Bank of Valby and Norvik Trust Banks for a decade."
    assert "Bank of Valby and Norvik Trust Banks" in _bodies(
        text, "Bank of Valby and Norvik Trust Banks"
    )


def test_a_list_after_a_possessive_body_is_cut_in_two() -> None:
    text = "Norland Credit's, Valby Grade's and Sundby all cut the bank's grade on Monday."
    doc = every_occurrence(
        text, ("ORGANIZATION", "Norland Credit"), ("ORGANIZATION", "Valby Grade's and Sundby")
    )
    bodies = {e.text for e in classify(doc).entities if e.label == "ORGANIZATION"}
    assert {"Valby Grade's", "Sundby"} <= bodies


def test_two_pollsters_joined_by_a_slash_are_cut_at_it_and_after_the_body_word() -> None:
    text = "The latest Valby Institute/Norland Post Daybreak poll gave Lind a lead."
    bodies = _bodies(text, "Valby Institute/Norland Post Daybreak")
    assert {"Valby Institute", "Norland Post"} <= bodies
    assert "Valby Institute/Norland Post Daybreak" not in bodies


def test_one_broadcaster_named_with_a_slash_stays_whole() -> None:
    text = "The board funds Radio Free Valby/Radio Norland from its budget each year."
    assert "Radio Free Valby/Radio Norland" in _bodies(text, "Radio Free Valby/Radio Norland")


def test_a_firm_named_with_a_slash_and_a_legal_form_stays_whole() -> None:
    text = "Shares of Lind/Berg Pictures Co rose on Monday after the report."
    assert "Lind/Berg Pictures Co" in _bodies(text, "Lind/Berg Pictures Co")
