"""The pattern files of facts/quotes/ compile into the rules that read them: the reporting
clauses after and before a quote, and the cue patterns by key."""

from __future__ import annotations

from briefing.facts.quotes import cues


def test_the_shipped_files_compile_into_their_rules() -> None:
    assert len(cues.AFTER) == 26 and len(cues.BEFORE) == 28
    assert cues.P["any_cue"].search("Jo Park said on Monday")
    assert cues.P["speaking"].match(", 41, told reporters")


def test_the_verb_fragments_are_the_reporting_verbs() -> None:
    after = next(p for p in cues.AFTER if p.match(", she said"))
    match = after.match(", she said")
    assert match is not None and match["verb"] == "said"
    assert cues.P["saying"].search("The harbour board also warned, saying the quay")
