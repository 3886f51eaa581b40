"""A woven phrase ending the sentence right after a quote whose clause names its speaker
(`"…," said Jo Park. The board "may wait, but it will act."`): the speaker's words go on past
the full stop; not when the sentence names someone, reports words or quotes another."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse

_SAID = (
    "Harbour fees in Valby rose again in March. "
    '"The port is still struggling with the winter slump," said analyst Orla Fenwick. '
)


def _woven(text: str) -> Quote:
    doc = analyse(text)
    return next(q for q in extract_quotes(doc, extract_actors(doc)) if q.partial)


def test_a_phrase_after_a_bare_subject_goes_on_in_the_named_voice() -> None:
    q = _woven(_SAID + 'The board "may sound stern but once trade picks up, it will cut fees."')
    assert q.speaker == "Orla Fenwick"


def test_a_phrase_ending_a_long_sentence_goes_on_in_the_named_voice() -> None:
    text = (
        "Fees should be allowed to rise, Orla Fenwick argued, if ports meet several "
        '"strict tests". These cover ports which are dredging new berths and ports which '
        'are carrying "heavy winter losses".'
    )
    doc = analyse(text)
    quotes = [q for q in extract_quotes(doc, extract_actors(doc)) if q.partial]
    assert [q.speaker for q in quotes] == ["Orla Fenwick", "Orla Fenwick"]


def test_no_voice_carried_to_a_clause_naming_another_source() -> None:
    q = _woven(
        _SAID + "However, critics were less kind about the plan, with the Valby Courier "
        'calling it "a costly folly for the whole coast".'
    )
    assert q.speaker != "Orla Fenwick"


def test_no_voice_carried_to_a_sentence_that_reports_words() -> None:
    q = _woven(_SAID + 'The board warned it "may cut fees once trade picks up again".')
    assert q.speaker != "Orla Fenwick"


def test_no_voice_carried_when_the_sentence_goes_on_past_the_phrase() -> None:
    q = _woven(_SAID + 'The board "may cut fees once trade picks up" in the late spring.')
    assert q.speaker != "Orla Fenwick"


def test_no_voice_carried_past_a_paragraph_break() -> None:
    q = _woven(_SAID + '\n\nThe board "may sound stern but once trade picks up, it will cut."')
    assert q.speaker != "Orla Fenwick"
