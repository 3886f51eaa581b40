"""A source the sentence opens with and only describes, capitalised because it opens the
sentence (`Rescued man says he is '…'`, `Mother calls…`, `Speakers vowed…`): a short partial
quote is kept, with that description as its source and nobody named."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_a_described_person_opening_a_run_in_heading_is_the_source() -> None:
    text = (
        "Jo Park says he left Valby harbour in his dinghy one calm morning in May. Then the "
        "weather turned. Rescued man says he is 'deeply grateful' The dinghy rolled over "
        "twice and lost its oars, Park said."
    )
    (q,) = _quotes(text)
    assert (q.text, q.speaker, q.description) == ("deeply grateful", None, "Rescued man")


def test_a_relative_opening_the_sentence_is_the_described_source() -> None:
    text = (
        "The boat drifted for weeks, according to the family. Mother calls Valby man's "
        "return 'a wonder' Park ate raw fish and drank rain."
    )
    (q,) = _quotes(text)
    assert (q.text, q.speaker, q.description) == ("a wonder", None, "Mother")


def test_plural_speakers_opening_the_sentence_are_the_described_source() -> None:
    text = (
        "Thousands marched through Valby on Saturday. Speakers vowed that the dockers would "
        "keep up their ``strike'' until the port reopened."
    )
    (q,) = _quotes(text)
    assert (q.text, q.speaker, q.description) == ("strike", None, "Speakers")
