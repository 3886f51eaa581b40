"""A partial quotation credited as someone's view in its own sentence (`Lind, in her view, was
"all in"`, `in his words`): the pronoun's person is the source, when the pronoun resolves."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


_TRIAL = (
    "Harbour worker Ana Berg said sitting through the hearings helped her move on. She does "
    "not think Ivan Lind's late brother Tom pushed him into the scheme. Lind, in her "
    'view, was "all in." The jury will sit again on Monday.'
)


def test_the_person_whose_view_it_is_said_the_partial_quote() -> None:
    (q,) = _quotes(_TRIAL)
    assert (q.text.rstrip("."), q.speaker, q.partial) == ("all in", "Ana Berg", True)


def test_no_source_when_the_pronoun_of_the_view_is_unsure() -> None:
    text = _TRIAL.replace("Ivan Lind's late brother Tom", "Eva Lind's late sister Tove")
    text = text.replace("pushed him", "pushed her")
    assert all(q.speaker is None for q in _quotes(text))
