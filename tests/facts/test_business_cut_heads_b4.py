"""Cut names of the forty-first round's business copy (bbcb4): the head of a body's name the
tagger left out before "on". Our own invented text."""

from __future__ import annotations

from briefing.facts.kinds import _cut_lead_start


def test_a_head_and_on_left_out_after_the_join_the_name() -> None:
    words = ["conducted", "with", "the", "Program", "on", "Valby", "Trade", "Aims"]
    assert _cut_lead_start(words, 5) == 3


def test_a_head_without_the_before_it_joins_no_name() -> None:
    words = ["a", "new", "Program", "on", "Valby", "Trade", "Aims"]
    assert _cut_lead_start(words, 4) == 4
    words = ["reported", "on", "Valby", "Trade", "Aims"]
    assert _cut_lead_start(words, 2) == 2
