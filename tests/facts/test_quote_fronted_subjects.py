"""Quotes left unattributed although their sentence names the speaker: a fronted phrase and a
title before the subject's name, an -ing cue right before the mark with no comma, and the
reply verbs `shot back` and `fired back`."""

from __future__ import annotations

from tests.facts.test_quotes import _quotes

_INTRO = "Ana Berg, the mayor of Valby, and Jo Park, the head of Norbank, met on Monday.\n\n"


def test_a_fronted_phrase_then_a_title_before_the_name() -> None:
    (q,) = _quotes(
        _INTRO + "Before the vote, Harbour Chief Ana Berg argued for closing the old pier, "
        'saying, "Fewer boats will mean a quieter town for all of us."'
    )
    assert q.speaker == "Ana Berg" and q.cue == "saying"


def test_a_fronted_date_then_a_courtesy_title() -> None:
    (q,) = _quotes(
        _INTRO + "On Friday, Mr. Park dodged questions about the loans before saying, "
        '"It is time we stopped blaming the people of Valby."'
    )
    assert q.speaker == "Jo Park"


def test_a_fronted_phrase_naming_someone_else_credits_the_subject_only() -> None:
    (q,) = _quotes(
        _INTRO + "After a call from Jo Park, Ana Berg spoke to reporters at the harbour, "
        'saying, "We will not sell the pier to anyone this year."'
    )
    assert q.speaker == "Ana Berg"


def test_a_title_without_a_fronted_comma_is_no_subject() -> None:
    (q,) = _quotes(
        _INTRO + "In a letter to the bank's Chief Jo Park the council wrote about the loans, "
        'saying, "We expect an answer from the bank within a month."'
    )
    assert q.speaker != "Jo Park"


def test_an_ing_cue_right_before_the_mark() -> None:
    (q,) = _quotes(
        _INTRO + "Later that night, Park posted a photo of the pier on his page, writing "
        '"Proud of what this town has built over ten long years."'
    )
    assert q.speaker == "Jo Park" and q.cue == "writing"


def test_shot_back_before_a_colon() -> None:
    (q,) = _quotes(_INTRO + 'Berg shot back: "The bank never paid a cent for that pier."')
    assert q.speaker == "Ana Berg" and q.cue == "shot back"


def test_fired_back_after_the_quote() -> None:
    (q,) = _quotes(_INTRO + '"The bank never paid a cent for that pier," Berg fired back.')
    assert q.speaker == "Ana Berg"


def test_fired_back_at_someone_after_a_finished_quote_is_new_news() -> None:
    quotes = _quotes(
        _INTRO + "'The pier was sold too cheaply, and the town knows it,' Berg said. "
        "'I was right about the loans.' Park fired back at Berg on the radio the next day."
    )
    assert [q.speaker for q in quotes] == ["Ana Berg", "Ana Berg"]


def test_released_the_following_statement_after_a_fronted_clause() -> None:
    (q,) = _quotes(
        _INTRO + "When the pier burned, Mayor Berg released the following statement:\n\n"
        '"Our thoughts are with every family who lost a boat on the coast this week."'
    )
    assert q.speaker == "Ana Berg" and q.cue == "released"


def test_issued_a_statement_before_a_comma() -> None:
    (q,) = _quotes(
        _INTRO + 'Park issued a statement, "The bank will keep every branch in Valby open."'
    )
    assert q.speaker == "Jo Park"


def test_a_persons_response_was() -> None:
    (q,) = _quotes(_INTRO + 'Berg\'s response was: "The pier belongs to the town, not the bank."')
    assert q.speaker == "Ana Berg"


def test_a_response_owned_by_someone_else_is_not_the_persons() -> None:
    (q,) = _quotes(
        _INTRO + "Park's lawyer's response was: \"The bank did nothing wrong in Valby.\""
    )
    assert q.speaker != "Jo Park"


def test_agrees_with_a_name_after_the_quote() -> None:
    (q,) = _quotes(
        _INTRO + '"Nobody here trusts the bank any more," agrees Ana Berg, 52, of Valby.'
    )
    assert q.speaker == "Ana Berg" and q.cue == "agrees"


def test_a_time_clause_between_the_verb_and_the_quote() -> None:
    (q,) = _quotes(
        _INTRO + "Berg first said in the spring, when the pier deal came out, "
        '"I never saw the contract and I never signed it."'
    )
    assert q.speaker == "Ana Berg" and q.cue == "said"


def test_a_time_clause_naming_someone_else_credits_nobody_named_there() -> None:
    (q,) = _quotes(
        _INTRO + "Berg first said in the spring, when Park called her, "
        '"I never saw the contract and I never signed it."'
    )
    assert q.speaker != "Jo Park"
