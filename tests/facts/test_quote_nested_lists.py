"""Short quotations nested in a quotation and listed with "or" or "and" (`it comes across as
'too slow' or 'too dull'`) are samples of speech, each listed though short; a lone short one
nested in a quotation stays a phrase."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_short_nested_quotations_in_a_list_are_each_listed() -> None:
    text = (
        "\"When I talk about the harbour it comes across as 'too slow' or 'too dull' or "
        "'too local' to the people in Valby,\" Jo Park said."
    )
    nested = [q.text for q in _quotes(text) if q.partial]
    assert nested == ["too slow", "too dull", "too local"]


def test_a_lone_short_nested_quotation_is_not_listed() -> None:
    text = (
        "\"When I talk about the harbour it comes across as 'too slow' to the people in "
        'Valby," Jo Park said.'
    )
    assert [q.text for q in _quotes(text) if q.partial] == []
