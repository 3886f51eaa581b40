"""Speakers in sports copy: a name as a modifier, a described subject, a quote calling the
person inferred for it by the given name."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_name_modifying_a_noun_is_not_what_he_stands_for() -> None:
    text = (
        "Boss Tom Berg felt Valby were never in danger of losing the tie.\n\n"
        "An early goal followed by an Ole Park strike earned them a 2-1 win. "
        '"We had a great advantage from the first leg," he said after the game.'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Tom Berg"
