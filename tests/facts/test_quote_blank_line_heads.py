"""A blank line ends the sentence before a quote, whatever stands before it (a time stamp of
live copy, `11:05 a.m.`, whose full stop reads as an abbreviation's)."""

from __future__ import annotations

from briefing.facts.quotes.speakers import head_clause


def test_blank_line_cuts_the_head_after_a_time_stamp() -> None:
    head = "The pier was shut.\n\n11:05 a.m.\n\nAna Berg told dockers the harbour is "
    assert head_clause(head).strip() == "Ana Berg told dockers the harbour is"


def test_head_without_blank_line_is_its_sentence() -> None:
    head = "The pier was shut. Ana Berg told dockers the harbour is "
    assert head_clause(head) == " Ana Berg told dockers the harbour is "
