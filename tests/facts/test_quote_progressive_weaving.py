"""A partial quote woven in after a reporting verb's -ing form with "be" (`Jo Park is telling
dockers that the pier is "unsafe"`): the subject is its source, as with `told`."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.nlp import analyse


def _quotes(text: str) -> list[tuple[str, str | None]]:
    doc = analyse(text)
    return [(q.text, q.speaker) for q in extract_quotes(doc, extract_actors(doc))]


def test_is_telling_weaves_a_partial_quote() -> None:
    text = "The pier was shut. Ana Berg is telling dockers in Valby that the harbour is “depleted”."
    assert _quotes(text) == [("depleted", "Ana Berg")]


def test_was_telling_weaves_a_partial_quote() -> None:
    text = "Ana Berg was telling dockers in Valby that the harbour is “badly run down” now."
    assert _quotes(text) == [("badly run down", "Ana Berg")]
