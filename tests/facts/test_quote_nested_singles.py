"""A single quote nested in a double one and left open: it runs to the end of the quotation
around it when the speaker's own "I" introduces it, and is not listed otherwise."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_a_single_quote_left_open_inside_a_double_one_runs_to_its_end() -> None:
    text = (
        "Jo Park said his faith helped him through the night on the boat. "
        '"I thought, \'the lights of Valby will show up soon," Park said. "And they did."'
    )
    nested = [q for q in _quotes(text) if q.partial]
    assert [(q.text, q.speaker) for q in nested] == [
        ("the lights of Valby will show up soon", "Jo Park")
    ]


def test_a_single_quote_left_open_with_no_i_before_it_is_not_listed() -> None:
    text = (
        "Jo Park spoke after the ferry came in. "
        '"The crew kept shouting \'row for the harbour light," Park said.'
    )
    quotes = _quotes(text)
    assert [q.text for q in quotes] == ["The crew kept shouting 'row for the harbour light"]
    assert quotes[0].speaker == "Jo Park"
