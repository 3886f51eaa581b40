"""A paragraph ending on a colon introduces the quote opening the next one; with no colon
anywhere before it, a quote two characters into the copy is introduced by nothing."""

from __future__ import annotations

from briefing.facts.quotes.speakers import colon_ends_before


def test_colon_closing_the_paragraph_before_introduces_the_quote() -> None:
    text = 'Jo Park stated:\n\n"The dam will hold."'
    assert colon_ends_before(text, text.index('"'))


def test_no_colon_at_all_is_no_introduction_even_two_characters_in() -> None:
    # The old compare (`rfind(":") == at - 3`) held here: -1 on both sides.
    assert not colon_ends_before('\n\n"The dam will hold," Jo Park said.', 2)
    assert not colon_ends_before('"The dam will hold," Jo Park said.', 0)


def test_a_colon_further_back_is_no_introduction() -> None:
    text = 'Valby: the dam.\n\n"It will hold," Jo Park said.'
    assert not colon_ends_before(text, text.index('"'))
