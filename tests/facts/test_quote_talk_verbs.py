"""Partial quotations woven in by a verb of talking about something (`as Park went on about
"the new pier" and "the old ferry"`): the subject of that verb is the source."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_the_one_who_went_on_about_the_words_said_them() -> None:
    text = (
        "Ana Berg watched the debate from her sofa in Valby. She was tired, and as Jo Park "
        'went on about "the harbour we all deserve" and "our hard-working dockers," Berg '
        "fell asleep."
    )
    quotes = _quotes(text)
    assert [(q.text.rstrip(","), q.speaker, q.partial) for q in quotes] == [
        ("the harbour we all deserve", "Jo Park", True),
        ("our hard-working dockers", "Jo Park", True),
    ]


def test_the_one_who_spoke_of_the_words_said_them() -> None:
    (q,) = _quotes('At the meeting Jo Park spoke of "a harbour for every family" in Valby.')
    assert (q.speaker, q.partial) == ("Jo Park", True)
