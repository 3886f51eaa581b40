"""Marks a reader pairs past a typo: a straight double mark shaped like a close whose opening
one is lost (or inches) opens no quotation, and an opening single mark typed for a nested
quotation's close ends it (round 45, our own wording)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_a_close_whose_opening_mark_is_lost_opens_nothing() -> None:
    text = (
        'The nurse gave Jo Park a quick check of [her] lungs" before lunch. The only "test '
        "results\" Park showed were two pages from her doctor. Critics mocked the doctor's "
        "claim that Park would be “the fittest mayor ever to serve in Valby.”\n\n"
        "Park is 6'1\" tall and runs every day."
    )
    said = [q.text for q in _quotes(text)]
    assert "the fittest mayor ever to serve in Valby." in said
    assert not any(s.startswith("before lunch") for s in said)


def test_an_opening_single_mark_typed_as_the_close_ends_a_nested_quote() -> None:
    text = (
        "Jo Park spoke at the Valby hall on Monday.\n\n"
        "“If a club came to town and shouted, ‘We are the true fans of Valby, ‘ well, as a fan "
        "myself, I would not let them say it,” Park said.\n\n"
        "The club did not reply."
    )
    said = [q.text for q in _quotes(text)]
    assert "We are the true fans of Valby," in said or "We are the true fans of Valby" in said
