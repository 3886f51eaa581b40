"""The words a pattern needs: a text without them holds no match, so it is not scanned."""

from __future__ import annotations

import re

import pytest

from briefing.facts.dates import PATTERNS
from briefing.facts.literals import (
    fold,
    holds,
    holds_each,
    matches_in,
    may_match,
    needed,
    needed_sets,
)


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"(?<=\bbefore\s)Harvest\b", {"harvest"}),
        (r"(?i)\b(?:a|two)\s+days?\s+later\b", {"later"}),
        (r"\b(?:1[89]|20)\d\d\b", {"18", "19", "20"}),
        (r"\b(?:Jan(?:uary)?|June?)\b", {"jan", "jun"}),  # "january" says no more than "jan"
        (r"(?=[A-Z])\w+(?=\s+fair\b)", {"fair"}),  # a lookahead's word is in the text too
        (r"\b(?:Valby|\w+ville)\b", {"valby", "ville"}),
        (r"\b(?:Valby|\w+)\b", None),  # one branch names no word
        (r"(?:spring)?\d+", None),
    ],
)
def test_needed_words(pattern: str, words: set[str] | None) -> None:
    assert needed(re.compile(pattern)) == (frozenset(words) if words else None)


def test_a_letter_ignoring_case_folds_to_its_ascii_form() -> None:
    """Python's `re` takes "ı" for "i" and the Kelvin sign for "k" when case is ignored."""
    pattern = re.compile(r"(?i)\bkiosk\b")
    for text in ("the KIOSK in Valby", "the \u212aıosk in Valby"):
        assert pattern.search(text)
        assert holds(needed(pattern), fold(text))


@pytest.mark.parametrize(
    "text",
    [
        "Jo Park met Ana Berg in Valby on Monday, two years ago.",
        "NORBANK REPORTED ITS THIRD-QUARTER PROFIT ON 17 SEPTEMBER 2018.",
        "The Norland fair opens before Christmas, in the spring of 2019, and each Friday night.",
        "Ana Berg said the 1990s were over; the day before, the '80s came back.",
    ],
)
def test_every_date_pattern_that_matches_finds_its_words(text: str) -> None:
    for _, pattern in PATTERNS:
        if pattern.search(text):
            assert holds(needed(pattern), fold(text)), pattern.pattern
            assert holds_each(needed_sets(pattern), fold(text), {}), pattern.pattern


def test_needed_sets_hold_every_word_set_a_match_needs() -> None:
    """ "days from now" needs a unit and "from" or "hence": each is a set of its own."""
    sets = needed_sets(re.compile(r"(?i)\b(?:day|week)s?\s+(?:from\s+now|hence)\b"))
    assert set(sets) == {frozenset({"day", "week"}), frozenset({"from", "hence"})}
    assert needed_sets(re.compile(r"\b\w+\b")) == ()


def test_a_sentence_missing_one_set_is_not_scanned() -> None:
    sets = needed_sets(re.compile(r"(?i)\b(?:day|week)s?\s+(?:from\s+now|hence)\b"))
    assert not holds_each(sets, fold("Jo Park came from Valby."), {})
    assert holds_each(sets, fold("Two weeks from now Jo Park leaves Valby."), {})


def test_each_sets_answer_is_kept_for_the_next_pattern() -> None:
    held: dict[frozenset[str], bool] = {}
    holds_each((frozenset({"valby"}),), "the valby fair", held)
    assert held == {frozenset({"valby"}): True}
    assert holds_each((frozenset({"valby"}),), "", held)  # the kept answer, not the text


def test_an_article_without_a_patterns_words_is_not_scanned() -> None:
    pattern = re.compile(r"\b(?:represented|held)\s+([A-Z]\w+)\s+for\b")
    assert not may_match(pattern, "Jo Park opened the Valby fair.")
    assert list(matches_in(pattern, "Jo Park opened the Valby fair.")) == []
    found = matches_in(pattern, "Ana Berg represented Valby for years.")
    assert [m[1] for m in found] == ["Valby"]


def test_a_curly_apostrophe_is_a_needed_word() -> None:
    """No case applies to "’": a pattern ignoring case matches it only as itself, so a
    sentence without an apostrophe of either form holds no "in ’98"."""
    sets = needed_sets(re.compile(r"(?i)(?<=\bin\s)['’](?P<short>\d\d)\b"))
    assert frozenset({"'", "’"}) in sets
    assert not holds_each(sets, fold("Jo Park moved to Valby in 1998."), {})
    assert holds_each(sets, fold("Jo Park moved to Valby in ’98."), {})


def test_a_letter_with_another_case_is_no_needed_word() -> None:
    """ "é" of "École" is found in upper case too: no word to look for, so the text is scanned."""
    assert needed(re.compile(r"(?i)École")) is None
