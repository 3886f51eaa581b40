"""A described source before an -ing phrase of saying after the clause's comma (`The company
is shutting down the office, calling it "…"`): the subject up to its finite verb, never the
whole clause."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quote(text: str) -> Quote:
    doc = analyse(text)
    (q,) = extract_quotes(doc, extract_actors(doc))
    return q


def test_calling_it_after_a_progressive_clause_is_the_subject() -> None:
    q = _quote(
        'The company is shutting down the Valby office, calling it "a painful but necessary step."'
    )
    assert q.speaker is None and q.description == "The company"


def test_describing_it_as_after_a_past_tense_verb_is_the_subject() -> None:
    q = _quote(
        "The local bakers' union criticised the tax, describing it as "
        '"a blow to every small shop."'
    )
    assert q.speaker is None and q.description == "The local bakers' union"


def test_calling_it_after_a_modal_is_the_subject() -> None:
    q = _quote('The town council will close the quay, calling it "a danger to walkers."')
    assert q.speaker is None and q.description == "The town council"


def test_calling_it_after_a_present_tense_verb_is_the_subject() -> None:
    q = _quote('The ferry company scraps the night sailing, calling it "a loss we cannot carry."')
    assert q.speaker is None and q.description == "The ferry company"


def test_an_adjective_in_ed_stays_in_the_description() -> None:
    q = _quote('The retired teacher is leaving the village, saying it has "lost its heart."')
    assert q.speaker is None and q.description == "The retired teacher"


def test_calling_after_an_irregular_past_is_the_subject() -> None:
    q = _quote('The ferry firm\'s new owner sold the boats, calling the deal "a fresh start."')
    assert q.speaker is None and q.description == "The ferry firm's new owner"


def test_two_named_subjects_are_the_description_not_their_clause() -> None:
    q = _quote(
        'Jo Park and Ana Berg issued a statement, describing the talks as "very productive."'
    )
    assert q.speaker is None and q.description == "Jo Park and Ana Berg"
