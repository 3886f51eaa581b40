"""Reporting clauses the cue patterns used to miss: a present form that is a noun too
(`he remarks`), a semicolon set for the colon, a connective before a fronted phrase."""

from __future__ import annotations

from tests.facts.test_quotes import _quotes


def test_a_pronoun_and_remarks_ending_the_clause_after_the_quote() -> None:
    quotes = _quotes(
        "In the hills above Valby, 81-year-old Tom Lund walks the dog with his neighbours.\n\n"
        '"The air up here is cleaner than in town," he remarks. "We all sleep better."'
    )
    assert [q.speaker for q in quotes] == ["Tom Lund", "Tom Lund"]
    assert quotes[0].cue == "remarks"


def test_remarks_as_a_noun_credits_nobody() -> None:
    quotes = _quotes(
        "Tom Lund gave a speech in Valby.\n\n"
        '"Who pays for the new pier?" Ana Berg asked after his remarks.'
    )
    assert [q.speaker for q in quotes] == ["Ana Berg"]


def test_a_semicolon_right_after_the_verb_introduces_the_quote() -> None:
    (q,) = _quotes(
        "Tom Lund met Ana Berg on Monday.\n\n"
        'Tom Lund, chief economist at Norbank, asks; "Who will pay the pensions of the next '
        'generation?"'
    )
    assert q.speaker == "Tom Lund" and q.cue == "asks"


def test_a_semicolon_after_the_verb_and_its_object_leaves_the_clause_after() -> None:
    (q,) = _quotes(
        "Tom Lund met Ana Berg on Monday.\n\n"
        'Tom Lund told reporters the pier had failed; "We never saw the plans," Ana Berg said.'
    )
    assert q.speaker == "Ana Berg"


def test_a_connective_before_a_fronted_phrase_leaves_the_description() -> None:
    (q,) = _quotes(
        "Norland and Valby are holding talks about old debts, the Foreign Ministry said.\n\n"
        "However, after two meetings with the Norlanders, a Foreign Ministry spokesman said it "
        'is "too soon to tell" if the old debts get repaid.'
    )
    assert q.speaker is None and q.description == "a Foreign Ministry spokesman"


def test_a_connective_then_a_named_subject_keeps_the_name() -> None:
    (q,) = _quotes(
        "Norland and Valby are holding talks about old debts.\n\n"
        'Still, in an interview with Valby Radio, Ana Berg said it was "too soon to tell" '
        "if the old debts get repaid."
    )
    assert q.speaker == "Ana Berg"


def test_an_initialism_then_a_connective_ends_the_sentence_before() -> None:
    (q,) = _quotes(
        "Norland and Valby are holding talks about old debts.\n\n"
        "If the debts are paid, Norland bonds could be sold in the U.K. However, after two "
        "meetings with the Norlanders, a Foreign Ministry spokesman said it is "
        '"too soon to tell" if the debts are repaid.'
    )
    assert q.speaker is None and q.description == "a Foreign Ministry spokesman"
