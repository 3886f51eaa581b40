"""A partial quote woven in after a reporting verb's -ing form with "be" (`Jo Park is telling
dockers that the pier is "unsafe"`): the subject is its source, as with `told`."""

from __future__ import annotations

from tests.facts.test_quotes import _quotes


def _said(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in _quotes(text)]


def test_is_telling_weaves_a_partial_quote() -> None:
    text = "The pier was shut. Ana Berg is telling dockers in Valby that the harbour is “depleted”."
    assert _said(text) == [("depleted", "Ana Berg")]


def test_was_telling_weaves_a_partial_quote() -> None:
    text = "Ana Berg was telling dockers in Valby that the harbour is “badly run down” now."
    assert _said(text) == [("badly run down", "Ana Berg")]
