"""A pronoun opening a new paragraph's quote: the subject of the last sentence before the
break, only when the pronoun surely fits that person and no other person it surely fits is
named there but in a fronted phrase before the subject, or as an object after it when that
sentence is its paragraph (round 38). A spouse named right after a person (`her husband`)
settles that person's gender when no subject pronoun does."""

from __future__ import annotations

from briefing.facts.quotes.genders import genders
from tests.facts.test_quotes import _quotes


def test_she_after_a_break_is_the_woman_who_opened_the_sentence_before() -> None:
    # "Jo" is a given name of both sexes: a rival of no settled gender.
    text = (
        "The ferry season opens next week in Valby.\n\n"
        "In her first week at the port, Ana Berg met Jo Park at the north pier.\n\n"
        '"The ferries will run every day of the winter," she said.'
    )
    assert _quotes(text)[-1].speaker == "Ana Berg"


def test_she_after_a_break_stays_open_beside_another_woman() -> None:
    text = (
        "The ferry season opens next week in Valby.\n\n"
        "In her first week at the port, Ana Berg met Maria Lund at the north pier.\n\n"
        '"The ferries will run every day of the winter," she said.'
    )
    assert _quotes(text)[-1].speaker is None


def test_he_after_a_break_is_not_a_woman_of_the_sentence_before() -> None:
    text = (
        "The ferry season opens next week in Valby.\n\n"
        "In her first week at the port, Ana Berg met Jo Park at the north pier.\n\n"
        '"The ferries will run every day of the winter," he said.'
    )
    assert _quotes(text)[-1].speaker is None


def test_he_after_a_break_skips_a_man_named_in_a_fronted_phrase() -> None:
    text = (
        "The ferry season opens next week in Valby.\n\n"
        "In a radio talk with Piet Kaljus, Tomas Vell pressed for a new pier.\n\n"
        '"The old timbers will not last another winter," he told the host.'
    )
    assert _quotes(text)[-1].speaker == "Tomas Vell"


def test_he_after_a_fronted_phrase_in_the_same_paragraph_is_the_subject() -> None:
    text = (
        "The ferry season opens next week in Valby. In a radio talk with Piet Kaljus, "
        'Tomas Vell pressed for a new pier. "The old timbers will not last another '
        'winter," he said.'
    )
    assert _quotes(text)[-1].speaker == "Tomas Vell"


def test_he_after_a_one_sentence_paragraph_is_its_subject_past_an_object() -> None:
    # Round 38: was None; a fronted setting phrase now reads like a capitals lead
    # (test_quote_lone_subjects): the subject speaks, not the man it praised.
    text = (
        "The ferry season opens next week in Valby.\n\n"
        "In a radio talk on Monday, Tomas Vell praised Piet Kaljus for the new pier.\n\n"
        '"The old timbers will not last another winter," he told the host.'
    )
    assert _quotes(text)[-1].speaker == "Tomas Vell"


def test_he_after_a_break_stays_open_when_another_man_follows_in_a_longer_paragraph() -> None:
    text = (
        "The ferry season opens next week in Valby.\n\n"
        "In a radio talk on Monday, Tomas Vell praised Piet Kaljus for the new pier. "
        "The pier opens in May.\n\n"
        '"The old timbers will not last another winter," he told the host.'
    )
    assert _quotes(text)[-1].speaker is None


def test_a_spouse_after_a_name_settles_the_gender_with_no_subject_pronoun() -> None:
    text = "Jo Park wrote to the harbour board that her husband had left Valby."
    assert genders(text, [(0, 7, "Jo Park")]) == {"Jo Park": "f"}


def test_a_subject_pronoun_outweighs_a_spouse_after_the_name() -> None:
    text = "Jo Park said he would call on her husband at the harbour."
    assert genders(text, [(0, 7, "Jo Park")]) == {"Jo Park": "m"}


def test_a_spouse_after_another_person_named_is_theirs() -> None:
    text = "Jo Park met Ana Berg and her husband at the harbour."
    assert "Jo Park" not in genders(text, [(0, 7, "Jo Park"), (12, 20, "Ana Berg")])


def test_she_said_after_a_woman_known_only_by_her_husband() -> None:
    text = (
        "The ferry ran aground off Valby on Monday night.\n\n"
        "Jo Park can be heard on the recording telling the crew that her husband was "
        "still below deck.\n\n"
        '"Get him out of there, get him out now," she says.'
    )
    assert _quotes(text)[-1].speaker == "Jo Park"
