"""A description opening with "this" and ending in a noun for a person (`this remarkably active
pensioner reveals:`): news copy's way back to the person the sentences before are about."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_this_description_stands_for_the_person_the_story_is_about() -> None:
    text = (
        "Mr Tarrant has rowed in the bay almost every day of his long life.\n\n"
        "Mr Tarrant is one of the oldest men in Valby. At his small house by the harbour, "
        "Mr Tarrant keeps a strict routine of rowing and baking bread. Between tasks, this "
        'remarkably active pensioner reveals his next aim: "Well, what matters '
        'most to me is to be the oldest man in Valby."\n'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Tarrant"


def test_this_description_of_a_thing_is_no_person() -> None:
    text = (
        "Mr Tarrant has rowed in the bay almost every day of his long life.\n\n"
        'This remarkable logbook reveals: "Rowed to the point and back before the tide."\n'
    )
    quotes = _quotes(text)
    assert all(q.speaker != "Tarrant" for q in quotes)
