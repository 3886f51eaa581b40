"""A pronoun far from the one person of its gender, named once in passing, is nobody; a
short quote after a quote whose voice is unknown does not take the next quote's source."""

from __future__ import annotations

from tests.facts.test_quotes import _quotes

_TEXT = (
    "Friends, including the singer Ana Berg, gathered at the hall in Valby on Saturday. "
    "John Brandt spoke first. The band played two old songs. Later Peter Holm read a "
    "letter from the harbour board. "
    '"The pier was his whole life and his joy," she said, quoting her father. "Ditto." '
    '"He built the pier himself in one summer," said John Brandt.'
)


def test_she_is_not_a_woman_named_in_passing_before_others() -> None:
    first = _quotes(_TEXT)[0]
    assert first.text.startswith("The pier") and first.speaker is None


def test_short_quote_after_an_unknown_voice_stays_unattributed() -> None:
    by_text = {q.text.rstrip("."): q.speaker for q in _quotes(_TEXT)}
    assert by_text.get("Ditto") is None
    assert by_text["He built the pier himself in one summer"] == "John Brandt"
