"""A description opening the sentence before a pronoun's quote (`But the former president
did not stop there.`) stands for the subject of the sentence before it; a speaker named
right after a quote that opens that sentence (`"…," Jo Park told us.`) is its subject."""

from __future__ import annotations

from tests.facts.test_quotes import _quotes


def test_description_after_a_quote_stands_for_its_named_speaker() -> None:
    text = (
        "The port of Valby will close for a month.\n\n"
        '"We have no choice," Tomas Berg told the Valby Courier on Monday. "The cranes '
        'are broken."\n\n'
        "But the former Valby president did not stop there.\n\n"
        '"The town has ignored the port for years," he said.'
    )
    assert _quotes(text)[-1].speaker == "Tomas Berg"


def test_description_after_a_quote_is_not_a_woman_who_spoke() -> None:
    text = (
        "The port of Valby will close for a month.\n\n"
        '"We have no choice," Lina Berg told the Valby Courier on Monday. "The cranes '
        'are broken."\n\n'
        "But the former Valby president did not stop there.\n\n"
        '"The town has ignored the port for years," he said.'
    )
    assert _quotes(text)[-1].speaker is None
