"""A colon the writer's words bring on after describing someone else does not go on in the
previous quote's voice."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.nlp import analyse


def test_colon_after_describing_another_person_is_not_the_previous_voice() -> None:
    text = (
        "Ana Berg worked at a law firm in Valby in 1990. She said she recalls a colleague "
        'being "very confused by it all," and the partner being kind to her, at one point '
        'even telling the client: "You have to ask her, because she knows the answer."'
    )
    doc = analyse(text)
    quotes = extract_quotes(doc, extract_actors(doc))
    last = quotes[-1]
    assert last.text.startswith("You have to ask her") and last.speaker is None
