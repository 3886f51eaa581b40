"""A definite description that ends in the words of one organisation's name (`the transport
ministry` after the Norland Transport Ministry was named) stands for that body; when two
bodies end so, or the description is one word, it stays a description."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_a_description_ending_in_one_body_s_name_is_that_body() -> None:
    text = (
        "The Norland Transport Ministry runs the ferries. Jo Park ran the port for years. "
        'Its transport ministry says, rather briefly, that "the crossing will reopen in May."'
    )
    qs = _quotes(text)
    assert qs[-1].speaker == "Norland Transport Ministry"


def test_two_bodies_ending_alike_leave_the_description() -> None:
    text = (
        "The Norland Transport Ministry and the Valby Transport Ministry met. "
        'The transport ministry says, rather briefly, that "the crossing will reopen in May."'
    )
    qs = _quotes(text)
    assert qs[-1].speaker is None
