"""Quotations found where the marks or the headline hid them: a long object before a calling
verb's article, a headline's caller, a single quotation whose closing mark is lost; and a
partial that no longer chains past someone else's clause."""

from __future__ import annotations

from tests.facts.test_quotes import _quotes


def test_a_calling_verb_with_a_long_titled_object_keeps_the_one_word_quote() -> None:
    quotes = _quotes(
        "Valby Mayor Ana Berg described independent Valby harbourmaster Pietro Oldenburger "
        'as a "disgrace" after he closed the pier.'
    )
    assert [(q.text, q.speaker, q.partial) for q in quotes] == [("disgrace", "Ana Berg", True)]


def test_a_headline_caller_says_the_words_the_headline_quotes() -> None:
    quotes = _quotes(
        "Jo Park Calls Valby Harbour Plan 'A Costly Mistake' Over Fees\n\n"
        "Valby councillor Jo Park spoke against the plan on Monday."
    )
    assert [(q.text, q.speaker) for q in quotes] == [("A Costly Mistake", "Jo Park")]


def test_a_headline_caller_before_a_colon_says_the_words_as_a_partial_quote() -> None:
    quotes = _quotes(
        "Ana Berg Warns Harbour Board: 'We Will Take You To Court'\n\n"
        "Valby mayor Ana Berg wrote to the harbour board on Monday."
    )
    assert [(q.text, q.speaker, q.partial) for q in quotes] == [
        ("We Will Take You To Court", "Ana Berg", True)
    ]


def test_a_headline_that_rejects_quoted_words_names_no_speaker() -> None:
    quotes = _quotes(
        "Jo Park Rejects 'Harbour Thief' Jibe\n\nValby councillor Jo Park spoke on Monday."
    )
    assert all(q.speaker != "Jo Park" for q in quotes)


def test_a_partial_does_not_chain_past_a_pronoun_that_may_be_someone_else() -> None:
    quotes = _quotes(
        'Valby councillor Jo Park described the harbour mayor Ana Berg as a "disgrace" after '
        'she shut the pier and blamed the closure on "foreign trawlers" last week.'
    )
    assert ("disgrace", "Jo Park") in [(q.text, q.speaker) for q in quotes]
    assert all(q.speaker != "Jo Park" for q in quotes if q.text == "foreign trawlers")


def test_a_single_quotation_whose_close_is_lost_ends_before_the_writers_she_says() -> None:
    quotes = _quotes(
        "The young skipper told the Valby court she had kept quiet for years. 'I knew I had "
        "to speak up.' Since then, she says, she has been afraid the town will find out. 'I "
        "did not want anyone to know. I did not want the questions. She says she fears the "
        "day he is released, and she still cannot sleep."
    )
    assert [q.text for q in quotes] == [
        "I knew I had to speak up.",
        "I did not want anyone to know. I did not want the questions.",
    ]


def test_a_single_quotation_left_open_with_no_writers_sentence_after_is_given_up() -> None:
    quotes = _quotes(
        "The young skipper spoke in court on Monday. 'I did not want anyone to know, and I "
        "still cannot sleep at night in the harbour house"
    )
    assert quotes == []


def test_the_sentence_subject_says_the_word_its_saying_clause_weaves_in() -> None:
    quotes = _quotes(
        "Harbour Times\n\nAna Berg went to court in May, saying the port board had shut her "
        'out of "windfall" fees from the new pier.'
    )
    assert [(q.text, q.speaker, q.partial) for q in quotes] == [("windfall", "Ana Berg", True)]


def test_a_titled_subject_says_the_words_after_saying_that() -> None:
    quotes = _quotes(
        "Harbour Times\n\nValby mayor Ana Berg weighed in on radio, saying that the board "
        'should publish the pier report "without delay." The board has not replied.'
    )
    assert [(q.text.rstrip("."), q.speaker) for q in quotes] == [("without delay", "Ana Berg")]


def test_a_person_named_as_the_object_does_not_say_the_saying_clauses_words() -> None:
    quotes = _quotes(
        'Harbour Times\n\nPolice arrested Ana Berg in May, saying she had taken "windfall" '
        "fees from the new pier."
    )
    assert all(q.speaker != "Ana Berg" for q in quotes)


def test_a_possessive_name_opening_the_sentence_is_not_its_subject() -> None:
    quotes = _quotes(
        "Harbour Times\n\nAna Berg's lawyer went to court in May, saying the port board had "
        'shut her out of "windfall" fees.'
    )
    assert all(q.speaker != "Ana Berg" for q in quotes)


def test_asserted_weaves_a_partial_quote_into_its_subjects_words() -> None:
    quotes = _quotes(
        'Harbour Times\n\nAna Berg then asserted she might talk straight to "harbour '
        'workers" to stop the strike.'
    )
    assert [(q.text, q.speaker, q.partial) for q in quotes] == [
        ("harbour workers", "Ana Berg", True)
    ]
