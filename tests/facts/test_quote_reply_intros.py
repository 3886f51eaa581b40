"""A reply introduced by a colon after `to respond` (`That led Jo Park to respond with a post
of her own: "…"`) is the words of the person the clause has responding."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_a_colon_after_to_respond_introduces_the_responder_s_words() -> None:
    text = (
        "Ana Berg wished the town a good harvest on Monday. That led Jo Park, the mayor of "
        'Valby, to respond with a post of her own: "Thanks. It would be even better if the '
        'harbour fees came down."'
    )
    qs = _quotes(text)
    assert qs[-1].speaker == "Jo Park"
