"""A "he" after two fitting men: the one a sentence with no subject of its own brings in at
its close, set off with a role, when the other was named before (round 41)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.nlp import analyse

_STORY = (
    "Valby Mayor Seeks Second Term.\n\n"
    "Mayor Tomas Lindqvarn opened his campaign on Monday at the harbour. Lindqvarn said the "
    "docks would reopen by May. Lindqvarn has led the town since 2015.\n\n"
    "{sentence}\n\n"
    '"Nobody is painting banners this year. The crowds have gone home," he said.\n'
)


def _speaker(sentence: str) -> str | None:
    doc = analyse(_STORY.format(sentence=sentence))
    (quote,) = extract_quotes(doc, extract_actors(doc))
    return quote.speaker


def test_the_man_brought_in_at_the_close_of_a_subjectless_sentence_speaks_next() -> None:
    sentence = (
        "While Lindqvarn drew large crowds four years ago, few people came this time, which "
        "worries Kofi Dansberg, chairman of the Valby Fishermen's Guild."
    )
    assert _speaker(sentence) == "Kofi Dansberg"


def test_a_sentence_opening_on_its_subject_keeps_the_subject_s_reading() -> None:
    sentence = "Lindqvarn met Kofi Dansberg, chairman of the Valby Fishermen's Guild."
    assert _speaker(sentence) != "Kofi Dansberg"


def test_a_man_named_before_is_no_newcomer_at_the_close() -> None:
    sentence = (
        "Kofi Dansberg once backed him. While Lindqvarn drew large crowds four years ago, few "
        "people came this time, which worries Kofi Dansberg, chairman of the Valby Fishermen's "
        "Guild."
    )
    assert _speaker(sentence) != "Kofi Dansberg"
