"""A name right after an inverted reporting verb that opens the reported clause (`The paper,
quoting "…," said Norland had signalled…`): Norland is what was said about, never the source."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_name_opening_the_reported_clause_is_not_the_speaker() -> None:
    text = (
        "The Velmora Tribune said Sunday that Premier Arlo Vint's remarks were a reply to "
        'signals from Norland. The newspaper, quoting "secret reports," said Norland had '
        "indicated its interest in resuming talks."
    )
    (q,) = _quotes(text)
    assert q.text == "secret reports"
    assert q.speaker != "Norland"


def test_subject_set_off_before_the_ing_phrase_speaks() -> None:
    text = (
        'Tomas Brell, citing "fresh figures from the harbour," said Norland was ready to sign '
        "the treaty within a month."
    )
    (q,) = _quotes(text)
    assert q.speaker == "Tomas Brell"


def test_inverted_name_ending_the_clause_still_speaks() -> None:
    text = (
        "The talks resumed on Monday. "
        '"We are ready to sign the treaty within a month," said Tomas Brell, the envoy.'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Tomas Brell"
