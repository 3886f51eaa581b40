"""Sources news copy describes rather than names after the reporting verb (`," said one
adviser to Ana Berg`), a pronoun's clause before a quote over such a description, and the
digest line (`HEADLINE - Jo Park: "…"`) that names whose words follow its colon."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_one_adviser_to_a_named_person_is_a_description_not_that_person() -> None:
    (q,) = _quotes(
        "Ana Berg, the harbour mayor, faces a vote on the ferry fees next week.\n\n"
        '"This is eerily like the last vote she lost," said one longtime adviser to Ana Berg.'
    )
    assert q.speaker is None
    assert q.description is not None and q.description.startswith("one longtime adviser")


def test_a_person_close_to_a_family_before_a_relative_clause_is_the_description() -> None:
    (q,) = _quotes(
        "The Lund family sold the old boatyard in March.\n\n"
        '"Nobody in the family wanted to keep it going," said a person close to the Lund '
        "family, who asked not to be named."
    )
    assert q.speaker is None
    assert q.description == "a person close to the Lund family"


def test_an_anonymous_source_described_after_said_is_kept() -> None:
    (q,) = _quotes(
        "The ferry board met behind closed doors on Tuesday.\n\n"
        '"The numbers simply do not add up for the town," said one board official.'
    )
    assert q.speaker is None
    assert q.description == "one board official"


def test_the_name_set_off_after_another_description_is_the_speaker() -> None:
    (first, second) = _quotes(
        "Dock workers in Valby fear for their jobs.\n\n"
        '"We are worried about the winter," said another dock worker, Tom Lind. '
        '"Nobody has told us anything."'
    )
    assert first.speaker == "Tom Lind"
    assert second.speaker == "Tom Lind"


def test_a_pronoun_clause_before_the_quote_outranks_a_description_after_it() -> None:
    (q,) = _quotes(
        "Harbour chairman Ole Brandt met the visiting councillors over lunch on Tuesday. "
        'He said the pier "should not be sold to anyone else," recalled one councillor.'
    )
    assert q.speaker == "Ole Brandt"


def test_a_digest_line_credits_the_name_before_its_colon() -> None:
    (q,) = _quotes(
        "Here is what the pollsters made of the harbour vote.\n\n"
        'TURNOUT ROSE IN EVERY WARD - Kari Holm: "We found that across the town the ferry '
        'fees mattered more to voters than anything else."'
    )
    assert q.speaker == "Kari Holm"


def test_a_digest_line_without_a_name_credits_nobody() -> None:
    (q,) = _quotes(
        "Here is what the pollsters made of the harbour vote.\n\n"
        'TURNOUT ROSE IN EVERY WARD - see below: "We found that across the town the ferry '
        'fees mattered more to voters than anything else."'
    )
    assert q.speaker is None
