"""A name set off after a described source names that source even when it carries its body
after "of", "at" or "from" (`said another harbour pilot, Tom Lind of the Valby Port
Authority.`)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_a_set_off_name_with_its_body_is_the_source() -> None:
    text = (
        'Jo Park runs the Valby port. "The ships will not come back," said another harbour '
        "pilot, Tom Lind of the Valby Port Authority."
    )
    (q,) = _quotes(text)
    assert q.speaker == "Tom Lind"


def test_a_description_alone_stays_a_description() -> None:
    text = (
        'Jo Park runs the Valby port. "The ships will not come back," said another harbour pilot.'
    )
    (q,) = _quotes(text)
    assert q.speaker is None and q.description is not None
