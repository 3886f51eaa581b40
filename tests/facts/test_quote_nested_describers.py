"""A quotation inside a quotation is the words of the one the outer quotation describes
saying them (`"Our neighbour yelled to my brother 'Run!'…"`), given as that
description; the outer speaker's own words when their "I" brings them in."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _inner(text: str) -> Quote:
    doc = analyse(text)
    quotes = extract_quotes(doc, extract_actors(doc))
    return next(q for q in quotes if q.partial)


def test_a_described_person_yelling_inside_a_quotation_is_its_source() -> None:
    q = _inner(
        "Ana Berg fled Valby with her baby. \"Our neighbour yelled to my brother 'run to "
        "the boats now, the water is rising.' And we all ran,\" Berg told us."
    )
    assert (q.speaker, q.description) == (None, "Our neighbour")


def test_the_speaker_s_own_i_keeps_the_inner_words_theirs() -> None:
    q = _inner(
        "Ana Berg fled Valby with her baby. \"I yelled to my brother 'run to the boats "
        "now, the water is rising.' And we all ran,\" Berg told us."
    )
    assert (q.speaker, q.description) == ("Ana Berg", None)
