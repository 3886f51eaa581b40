"""Scans made cheap without changing what they find (round 41): a name's mentions before its
stock found by `str.find`, as the pattern of each name found them; a sentence's score looked
for only after a sports word; a quotation mark looked up, not a set of characters built."""

from __future__ import annotations

from briefing.facts.actors import _holds_quote_mark, _sports_line
from briefing.facts.kinds import _stock_cued
from briefing.nlp import analyse


def test_a_name_before_its_stock_is_stock_cued() -> None:
    assert _stock_cued("Norvex", "Traders sold Norvex's shares after the Valby report.")


def test_a_name_before_its_shareholders_is_stock_cued() -> None:
    assert _stock_cued("Norvex", "The Norvex shareholders met in Valby.")


def test_a_name_inside_a_longer_word_is_not_stock_cued() -> None:
    assert not _stock_cued("Vex", "Traders sold Norvex's shares.")


def test_a_stock_market_is_no_stock_cue() -> None:
    assert not _stock_cued("Norvex", "Norvex's stock market outlook was grim.")


def test_a_mention_inside_the_one_before_is_not_read() -> None:
    """Mentions are taken one after another, as a scan takes them: "Valby Valby" read from
    its first word leaves the second "Valby Valby" (inside it) unread."""
    assert not _stock_cued("Valby Valby", "Valby Valby Valby's shares fell.")
    assert _stock_cued("Valby Valby", "Valby Valby Valby Valby's shares fell.")


def test_a_sentence_with_a_double_mark_holds_a_quote() -> None:
    assert _holds_quote_mark('"We stay," said Jo Park of Valby.')
    assert _holds_quote_mark("“We stay,” said Jo Park of Valby.")
    assert not _holds_quote_mark("Jo Park stayed in Valby.")


def test_a_score_without_a_sports_word_makes_no_sports_line() -> None:
    assert not _sports_line(analyse("Norland passed the bill 20-10 on Monday.").sentences[0])
    assert _sports_line(analyse("Norland beat Valby 3-1 in the football final.").sentences[0])
