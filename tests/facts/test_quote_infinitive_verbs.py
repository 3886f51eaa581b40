"""An infinitive reporting verb after a finite one (`said it was too soon to tell, and there
was "no sign"`) is not the clause a partial quote is woven into."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.nlp import analyse


def test_partial_quote_after_to_tell_is_the_finite_verbs_subjects() -> None:
    text = (
        "At the pier in Valby, Ana Berg told us it seemed far too soon to tell, and there "
        "was “no sign” yet of a leak."
    )
    doc = analyse(text)
    quotes = [(q.text, q.speaker) for q in extract_quotes(doc, extract_actors(doc))]
    assert quotes == [("no sign", "Ana Berg")]
