"""A newspaper whose title reads like a role (`The Economist`) is named as the source of the
words it wrote, not kept as a description of an economist, nor given to a person named
before it; the role in lower case stays a role."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_a_paper_titled_like_a_role_is_named_as_the_source() -> None:
    text = (
        "Jo Park unveiled the harbour plan on Monday. "
        "The Economist called her plan for Valby 'timid to the point of doing nothing.'"
    )
    (q,) = _quotes(text)
    assert (q.speaker, q.description) == ("The Economist", None)


def test_the_role_in_lower_case_is_no_paper() -> None:
    text = (
        "Jo Park unveiled the harbour plan on Monday. "
        "The economist called her plan for Valby 'timid to the point of doing nothing.'"
    )
    (q,) = _quotes(text)
    assert q.speaker != "The Economist"
