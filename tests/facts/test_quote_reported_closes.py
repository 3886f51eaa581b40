"""A typographic closing mark followed by a reporting clause ends a quote a straight mark
opened: pasted copy mixes the two (`"No,” said Jo Park. "…"`), and the quote must not run on
over the attribution to the next straight mark; an opening mark there is a typo'd closing one
(`“No,“ said Jo Park`)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_a_curly_close_before_said_ends_a_straight_quote() -> None:
    text = (
        'Jo Park runs the Valby port. "The ships will not come back this year,” said Tom Lind, '
        'a spokesman for the harbour. "Some crews have already left for the north."'
    )
    first, second = _quotes(text)
    assert first.text == "The ships will not come back this year"
    assert first.speaker == "Tom Lind"
    assert second.text.startswith("Some crews") and second.speaker == "Tom Lind"


def test_a_curly_close_of_a_nested_quote_does_not_end_the_straight_one() -> None:
    text = (
        'Jo Park runs the Valby port. "He wore what he calls a “lucky coat,” he said, and it '
        'worked," Tom Lind said.'
    )
    (q,) = _quotes(text)
    assert q.text.endswith("and it worked")
    assert (q.speaker or "").endswith("Lind")


def test_an_opening_mark_before_said_is_a_typoed_close() -> None:
    text = (
        "Jo Park runs the Valby port. “The ships will not come back this year,“ said Tom Lind, "
        "a harbour pilot. “Some crews have left.”"
    )
    first, second = _quotes(text)
    assert first.text == "The ships will not come back this year"
    assert first.speaker == "Tom Lind" and second.speaker == "Tom Lind"
