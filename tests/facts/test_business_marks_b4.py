"""Quotation marks and cut names of the forty-first round's business copy (bbcb4): a closing
mark typed before its comma with no opening mark, and the head of a body's name the tagger
left out before "on". Our own invented text."""

from __future__ import annotations

from briefing.facts.kinds import _cut_lead_start
from briefing.facts.quotes import extract_quotes
from briefing.facts.quotes.marks import find_quoted, scan_copy
from briefing.nlp import analyse


def _quoted(text: str) -> list[str]:
    scan = scan_copy(text)
    return [scan[q.start : q.end] for q in find_quoted(scan)]


def test_a_closing_mark_before_a_comma_and_a_capital_ends_a_quote_with_no_opening() -> None:
    text = (
        '"Levies are high," the envoy said. Levies hurt the small firms of Valby", A Norbank'
        ' spokesman rejected the claim. "It is weak," said Ana Berg.'
    )
    expected = ["Levies are high,", "Levies hurt the small firms of Valby", "It is weak,"]
    assert _quoted(text) == expected


def test_the_sentence_between_two_quotes_is_no_quote() -> None:
    text = (
        '"Levies are high," the envoy said. Levies hurt the small firms of Valby", A Norbank'
        ' spokesman rejected the claim. "It is weak," said Ana Berg.'
    )
    quotes = [q.text for q in extract_quotes(analyse(text))]
    assert not any("spokesman rejected" in q for q in quotes)


def test_a_head_and_on_left_out_after_the_join_the_name() -> None:
    words = ["conducted", "with", "the", "Program", "on", "Valby", "Trade", "Aims"]
    assert _cut_lead_start(words, 5) == 3


def test_a_head_without_the_before_it_joins_no_name() -> None:
    words = ["a", "new", "Program", "on", "Valby", "Trade", "Aims"]
    assert _cut_lead_start(words, 4) == 4
    words = ["reported", "on", "Valby", "Trade", "Aims"]
    assert _cut_lead_start(words, 2) == 2
