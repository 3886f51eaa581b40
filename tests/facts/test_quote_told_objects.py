"""Quotes after a reporting clause whose object, the one told, runs past three words."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_told_a_host_named_after_the_station_keeps_the_subject_speaking() -> None:
    (q,) = _quotes(
        "Harbour fees rise in Tolmar.\n\nIlsa Tarn told Harbour Radio host Benno Kask, "
        '"The fees will pay for the new pier and nothing else."'
    )
    assert q.speaker == "Ilsa Tarn" and q.cue == "told"


def test_wrote_to_a_counted_following_keeps_the_subject_speaking() -> None:
    (q,) = _quotes(
        "Harbour fees rise in Tolmar.\n\nSenator Dario Vela wrote to his 20,000 Tolmar "
        'followers, "It is time to end the fee scheme for good," and shared a link.'
    )
    assert q.speaker == "Dario Vela"


def test_a_clause_after_the_one_told_still_gives_its_own_speaker() -> None:
    (q,) = _quotes(
        "Harbour fees rise in Tolmar.\n\nIlsa Tarn told reporters that Dario Vela said, "
        '"The fees will pay for the new pier and nothing else."'
    )
    assert q.speaker == "Dario Vela"
