"""The word lists, tables and patterns under resources/lexicons/ (`briefing.lexicons`): each
file says where it comes from, and one loader reads them all."""

from __future__ import annotations

import re

import pytest

from briefing import lexicons, shipped


def _names() -> list[str]:
    return sorted(p.stem for p in shipped.path("lexicons").glob("*.txt"))


@pytest.mark.parametrize("name", _names())
def test_every_lexicon_opens_with_its_provenance(name: str) -> None:
    first = shipped.path("lexicons", f"{name}.txt").read_text(encoding="utf-8").split("\n")[0]
    assert first.startswith("# "), name


def test_comment_and_blank_lines_are_no_items(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "# Our own list.\nharbour\n\n# more\nquay \n"
    monkeypatch.setattr(lexicons.shipped, "path", lambda *parts: _Text(text))
    lexicons.lines.cache_clear()
    try:
        assert lexicons.words("made_up") == {"harbour", "quay"}
    finally:
        lexicons.lines.cache_clear()


def test_alternatives_try_the_longest_item_first_and_any_spacing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(lexicons, "lines", lambda name: ("told", "told reporters", "a.m."))
    pattern = lexicons.alternatives("made_up")
    assert pattern.split("|")[0] == r"told\s+reporters"
    spaced = re.match(pattern, "told   reporters")
    assert spaced is not None and spaced[0] == "told   reporters"
    assert re.fullmatch(pattern, "a.m.") and not re.fullmatch(pattern, "axmx")


def test_a_pattern_is_its_lines_joined_with_nothing_between(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(lexicons, "lines", lambda name: ("^(?:quay", "|harbour) \\d+"))
    pattern = lexicons.pattern("made_up", re.M)
    assert pattern.pattern == r"^(?:quay|harbour) \d+"
    assert pattern.findall("quay 4\nharbour 12\nquay x") == ["quay 4", "harbour 12"]


def test_a_word_list_in_braces_stands_for_its_alternatives(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    files = {"made_up": ("(?:{harbours})", " \\d{1,2}"), "harbours": ("quay", "dry dock")}
    monkeypatch.setattr(lexicons, "lines", files.__getitem__)
    pattern = lexicons.pattern("made_up")
    assert pattern.pattern == r"(?:dry\s+dock|quay) \d{1,2}"
    assert pattern.fullmatch("dry  dock 12") and not pattern.fullmatch("harbours 1")


def test_groups_are_word_lists_by_key_and_rows_of_a_key_add_up(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        lexicons, "lines", lambda name: ("quay\tJetty|Pier", "dock\tBasin", "quay\tWharf")
    )
    assert lexicons.groups("made_up") == {"quay": {"Jetty", "Pier", "Wharf"}, "dock": {"Basin"}}


def test_a_table_row_with_a_missing_field_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicons, "lines", lambda name: ("Norbank\tbank", "Quayside"))
    with pytest.raises(ValueError, match="Quayside"):
        lexicons.table("made_up")


class _Text:
    def __init__(self, text: str) -> None:
        self.text = text

    def read_text(self, encoding: str) -> str:
        return self.text
