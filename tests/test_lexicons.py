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


def test_a_fragment_row_fills_the_rows_below_it_and_is_no_row(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = ("{PIER}\tpier \\d+", "berth\tat {PIER}", "quay\t{PIER}!")
    monkeypatch.setattr(lexicons, "lines", lambda name: rows)
    found = lexicons.patterns("made_up")
    assert [key for key, _ in found] == ["berth", "quay"]
    assert found[0][1].pattern == r"at pier \d+" and found[0][1].fullmatch("at pier 12")


def test_fragments_come_from_a_named_file_and_from_the_caller(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    files = {
        "made_up": ("said\t{WHO}\\s+{SAYS}",),
        "made_up_fragments": ("{SAYS}\t(?:{verbs})",),
        "verbs": ("told", "said"),
    }
    monkeypatch.setattr(lexicons, "lines", files.__getitem__)
    (key, pattern), *_ = lexicons.patterns("made_up", "made_up_fragments", WHO="(?P<who>Jo Park)")
    match = pattern.match("Jo Park told Norbank")
    assert key == "said" and match is not None and match["who"] == "Jo Park"


def test_a_fragments_file_holds_fragments_only(monkeypatch: pytest.MonkeyPatch) -> None:
    files = {"made_up": ("berth\tat {PIER}",), "made_up_fragments": ("berth\tquay",)}
    monkeypatch.setattr(lexicons, "lines", files.__getitem__)
    with pytest.raises(ValueError, match="made_up_fragments"):
        lexicons.patterns("made_up", "made_up_fragments")


def test_named_groups_and_counts_are_no_slots_and_case_is_ignored_when_asked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = ("harbour\t(?i)(?P<who>valby){1,2}", "plain\t(?P<who>Valby)")
    monkeypatch.setattr(lexicons, "lines", lambda name: rows)
    patterns = dict(lexicons.patterns("made_up"))
    assert patterns["harbour"].flags & re.I and patterns["harbour"].fullmatch("VALBYvalby")
    assert patterns["plain"].match("VALBY") is None


def test_a_slot_nothing_fills_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicons, "lines", lambda name: ("berth\t{NOWHERE}",))
    with pytest.raises(KeyError):
        lexicons.patterns("made_up")


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


def test_a_key_written_twice_in_a_keyed_table_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dict of the rows would keep the later row and silently drop the earlier one."""
    rows = ("berth\tat pier \\d+", "quay\tquay", "berth\tat dock")
    monkeypatch.setattr(lexicons, "lines", lambda name: rows)
    with pytest.raises(ValueError, match="berth"):
        lexicons.keyed("made_up")
    monkeypatch.setattr(lexicons, "lines", lambda name: rows[:2])
    assert set(lexicons.keyed("made_up")) == {"berth", "quay"}
