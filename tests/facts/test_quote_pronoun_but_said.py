"""A sentence a pronoun opens whose clause goes on with `but` and a reporting verb (`She
declined to name the bidders but said the offer "…"`): the one the pronoun stands for."""

from __future__ import annotations

from tests.facts.test_quotes import _quotes

_LEAD = (
    "Ana Lund, a director of Norbank, spoke on Monday.\n\n"
    "Ms. Lund said the board had received other bids. "
)


def test_a_pronoun_declining_but_saying_is_the_source_of_the_woven_quote() -> None:
    text = _LEAD + 'She declined to name other bidders but said the offer "is all cash."\n'
    (q,) = _quotes(text)
    assert (q.text, q.speaker) == ("is all cash.", "Ana Lund")


def test_a_title_and_name_after_but_said_is_no_sentence_end() -> None:
    text = _LEAD + 'She declined to name other bidders but said Mr. Berg\'s offer "is all cash."\n'
    (q,) = _quotes(text)
    assert q.speaker == "Ana Lund"


def test_a_pronoun_of_the_other_sex_names_nobody() -> None:
    text = _LEAD + 'He declined to name other bidders but said the offer "is all cash."\n'
    (q,) = _quotes(text)
    assert q.speaker is None
