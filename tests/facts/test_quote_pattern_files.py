"""The pattern files of facts/quotes/ (`cues.patterns`): rows keyed by name, fragments a
later row reads as <_NAME>, word lists as <list:NAME>, and (?i) for case."""

from __future__ import annotations

import re

import pytest

from briefing import lexicons
from briefing.facts.quotes import cues


def _rows(monkeypatch: pytest.MonkeyPatch, rows: list[tuple[str, ...]]) -> None:
    monkeypatch.setattr(lexicons, "rows", lambda name: rows)


def test_a_fragment_fills_the_rows_below_it_and_is_no_row(monkeypatch: pytest.MonkeyPatch) -> None:
    _rows(monkeypatch, [("_PIER", r"pier \d+"), ("berth", r"at <_PIER>"), ("quay", "<_PIER>!")])
    found = cues.patterns("made_up", {})
    assert [key for key, _ in found] == ["berth", "quay"]
    assert found[0][1].pattern == r"at pier \d+"
    assert found[0][1].fullmatch("at pier 12")


def test_a_fragment_of_the_code_and_a_word_list_fill_slots(monkeypatch: pytest.MonkeyPatch) -> None:
    _rows(monkeypatch, [("said", r"<_WHO>\s+(?:<list:made_up_verbs>)")])
    monkeypatch.setattr(lexicons, "alternatives", lambda name: "told|said")
    (key, pattern), *_ = cues.patterns("made_up", {"_WHO": "(?P<who>Jo Park)"})
    match = pattern.match("Jo Park told Norbank")
    assert key == "said" and match is not None and match["who"] == "Jo Park"


def test_named_groups_are_no_slots_and_case_is_ignored_when_asked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _rows(monkeypatch, [("harbour", "(?i)(?P<who>valby)"), ("plain", "(?P<who>Valby)")])
    patterns = dict(cues.patterns("made_up", {}))
    assert patterns["harbour"].flags & re.I and patterns["harbour"].match("VALBY")
    assert patterns["plain"].match("VALBY") is None


def test_a_slot_nobody_fills_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    _rows(monkeypatch, [("berth", "<_NOWHERE>")])
    with pytest.raises(KeyError):
        cues.patterns("made_up", {})


def test_the_shipped_files_compile_into_their_rules() -> None:
    assert len(cues.AFTER) == 12 and len(cues.BEFORE) == 9
    assert cues.P["any_cue"].search("Jo Park said on Monday")
    assert cues.P["speaking"].match(", 41, told reporters")
