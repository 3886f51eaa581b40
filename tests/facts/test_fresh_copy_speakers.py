"""Speakers on copy pasted without paragraph breaks: a quote whose own sentence gives another
source (a document, a label, a described person) is not the previous speaker's."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_a_document_introducing_a_quote_is_not_the_previous_speaker() -> None:
    (first, second) = _quotes(
        "Harbour master Jo Lind said: 'The cook has always passed every check we ran.' "
        "Reports on the crew were kind. One from May 2019 says of the cook: 'Keeps the galley "
        "tidy and works well with the deckhands.'"
    )
    assert first.speaker == "Jo Lind"
    assert second.speaker is None


def test_a_label_introducing_a_quote_is_not_the_previous_speaker() -> None:
    (first, second) = _quotes(
        "Harbour master Jo Lind said: 'The cook has always passed every check we ran.' "
        "Night duty: 'Forgets the lamps on the long watch and will be trained again soon.'"
    )
    assert first.speaker == "Jo Lind"
    assert second.speaker is None


def test_the_judge_saying_a_quote_without_a_colon_is_the_judge() -> None:
    """`But the judge said '…'`: a described source of its own, not the speaker before."""
    (first, second) = _quotes(
        "Ana Berg, in mitigation, said: 'My client regrets the damage to the pier.' "
        "But the judge said 'the harm to the harbour was serious and lasting' and fined him."
    )
    assert first.speaker == "Ana Berg"
    assert second.speaker is None and second.description == "the judge"


def test_a_quote_after_its_speaker_goes_on_in_that_voice() -> None:
    (first, second) = _quotes(
        "Harbour master Jo Lind said: 'The cook has always passed every check we ran.' "
        "He added: 'We trust him with the whole galley.'"
    )
    assert first.speaker == second.speaker == "Jo Lind"
