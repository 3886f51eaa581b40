"""A reporting verb in a relative clause, or an -ing form, between its source and the
quotation (`the Harbour Authority which said a '…'`, `a voice telling her '…'`): the source
is the actor named right before it, else the description there."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_a_body_before_which_said_is_the_source_of_the_partial_quote() -> None:
    text = (
        "The blast injured no one, said a notice from the Harbour Authority which said a "
        "'small gas canister' went off near the gate. The port reopened at noon."
    )
    (q,) = _quotes(text)
    assert (q.text, q.speaker, q.partial) == ("small gas canister", "Harbour Authority", True)


def test_a_description_before_an_ing_reporting_verb_is_the_source() -> None:
    text = (
        "When Ana Berg heard a voice telling her ``Go home to the harbour and stay there,'' "
        "something changed."
    )
    (q,) = _quotes(text)
    assert (q.speaker, q.description) == (None, "a voice")


def test_a_gerund_after_a_preposition_names_no_source() -> None:
    text = (
        "In another clip a woman reminds her father to take his pills before telling him: "
        "'I will see you on Sunday, dad.' The clips have been watched by thousands."
    )
    quotes = _quotes(text)
    assert [q.description for q in quotes] != ["his pills before"]
    assert all(q.speaker is None for q in quotes)
