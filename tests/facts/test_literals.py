"""The words a pattern needs: a text without them holds no match, so it is not scanned."""

from __future__ import annotations

import re

import pytest

from briefing.facts.dates import PATTERNS
from briefing.facts.literals import fold, holds, needed


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
