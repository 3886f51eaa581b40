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


def test_a_relation_opening_the_sentence_before_is_a_new_voice() -> None:
    (first, second) = _quotes(
        "Tomas Berg said: 'The storm came faster than any forecast.' A tug found him "
        "two days later. After the rescue, his mother met him at the quay with a long embrace. "
        "'We had feared the very worst for days.'"
    )
    assert first.speaker == "Tomas Berg"
    assert second.speaker is None


def test_a_person_described_as_having_a_phrase_did_not_say_it() -> None:
    quotes = _quotes(
        "Ferry mechanic Otto Krane, 48, described as having a 'reckless streak' by former "
        "workmates, has left the island."
    )
    assert all(q.speaker != "Otto Krane" for q in quotes)


def test_incidents_reported_to_have_happened_are_no_source() -> None:
    (quote,) = _quotes(
        "'He is being held at the harbour station until a hearing next week,' His arrest "
        "follows several thefts reported to have taken place on the pier."
    )
    assert quote.speaker is None and quote.description is None


def test_said_the_man_is_a_description_that_goes_on() -> None:
    (first, second) = _quotes(
        "A spokesman for the harbour police gave a statement. 'We have detained a deckhand after "
        "a complaint from a passenger.' said the man. 'He will see a magistrate on Monday.'"
    )
    assert first.description == second.description == "the man"
    assert first.speaker is second.speaker is None


def test_a_partial_quote_in_a_who_clause_is_not_the_main_clauses() -> None:
    (quote,) = _quotes(
        "Marine biologist Lena Voss is cautious. She says she shares the view of the diver "
        "Pavel Orlik, of the Valby Aquarium, who sees the reef as 'a garden that needs no "
        "gardener at all'."
    )
    assert quote.speaker != "Lena Voss"


def test_critics_of_a_person_are_not_that_person() -> None:
    (quote,) = _quotes(
        'Mayor Ines Tovar opened the new ferry pier on Friday. "It will never pay for itself," '
        "critics of Ines Tovar said."
    )
    assert quote.speaker is None
    assert quote.description == "critics of Ines Tovar"


def test_a_plural_source_noun_opening_the_sentence_is_a_description() -> None:
    (first, second) = _quotes(
        'Mayor Ines Tovar opened the pier. "It is a fine day for the town," she said. '
        'Officials said: "The pier cost twice the estimate."'
    )
    assert first.speaker == "Ines Tovar"
    assert second.speaker is None and second.description == "Officials"


def _quotes_of(text: str, *names: tuple[str, str]) -> list[Quote]:
    from tests.facts.hand_entities import every_occurrence

    doc = every_occurrence(text, *names)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_it_after_which_is_not_the_body_which_stands_for() -> None:
    (quote,) = _quotes_of(
        "The grand jury met on Friday. It also looked at the Tolvik Water Company offices, "
        'which it said "are run with care and thrift".',
        ("ORGANIZATION", "Tolvik Water Company"),
    )
    assert quote.speaker is None


def test_it_after_which_is_the_body_opening_the_sentence() -> None:
    (quote,) = _quotes_of(
        "The Marren Audit Board met on Friday. The Marren Audit Board also looked at the "
        'Tolvik Water Company offices, which it said "are run with care and thrift".',
        ("ORGANIZATION", "Tolvik Water Company"),
        ("ORGANIZATION", "Marren Audit Board"),
    )
    assert quote.speaker == "Marren Audit Board"
