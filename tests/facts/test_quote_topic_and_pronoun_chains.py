"""Speakers named before an `of` phrase on the topic, a pronoun chain in the present tense
that settles who "he" is, a report's named authors, `as Berg puts it` (invented copy)."""

from __future__ import annotations

from tests.facts.test_quotes import _quotes


def test_the_person_named_before_an_of_phrase_speaks() -> None:
    text = (
        "Valby lost the final on Saturday.\n\n"
        '"I am very disappointed with the ban," said Valby coach Jo Park of Ana Berg\'s red card.'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Jo Park"


def test_a_sentence_opened_by_he_says_settles_who_he_is() -> None:
    text = (
        "Valby council met on Monday.\n\n"
        "The mayor, Ana Berg, backed the plan on Tuesday.\n\n"
        "Jo Park will not comment on the plan. He says the reform was a success.\n\n"
        '"We have done well in Valby this year," he said.'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Jo Park"


def test_a_chain_of_the_other_pronoun_leaves_the_quote_unattributed() -> None:
    text = (
        "Valby council met on Monday.\n\n"
        "The mayor, Ana Berg, backed the plan on Tuesday.\n\n"
        "Jo Park will not comment on the plan. She says the reform was a success.\n\n"
        '"We have done well in Valby this year," he said.'
    )
    (q,) = _quotes(text)
    assert q.speaker is None


def test_two_persons_before_he_says_leave_the_quote_unattributed() -> None:
    text = (
        "Valby council met on Monday.\n\n"
        "Jo Park and Sam Lund will not comment on the plan. He says the reform was a success.\n\n"
        '"We have done well in Valby this year," he said.'
    )
    (q,) = _quotes(text)
    assert q.speaker is None


def test_the_study_says_goes_to_its_first_named_author() -> None:
    text = (
        "The authors of this study, who include the Valby Harbour Institute and the Norland "
        "Water Trust, counted every pier in the region.\n\n"
        'Most piers "will need new decks within ten years," the study says.'
    )
    quotes = _quotes(text)
    assert [q.speaker for q in quotes] == ["Valby Harbour Institute"]


def test_as_a_person_puts_it_in_the_present_tense() -> None:
    text = (
        "Ana Berg filmed the Valby harbour for a year.\n\n"
        'As Berg puts it: "The sea decides what we film."'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Ana Berg"
