""" "It" as the subject before a weaving verb (`in what it calls "…"`, `when it argued that
"…"`): the body opening the sentence, by name or by its noun (`the company`, the body it
stands for); never a person, and nobody when no body opens the sentence."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_what_it_calls_after_the_company_is_the_company_named_before() -> None:
    text = (
        "Norbank Holdings Corp., which lost money for years, thinks it will soon be healthy "
        "again.\n\nMoreover, the company, whose lone course nearly sank it, now sees partners "
        'as the way back to growth in what it calls "the harbour solutions" business.\n'
    )
    (q,) = _quotes(text)
    assert (q.speaker, q.partial) == ("Norbank Holdings Corp.", True)


def test_it_argued_after_the_department_is_the_department_named_before() -> None:
    text = (
        "The Valby Transport Department, which backed the plan, did not do well either. The "
        "department dropped its old stance when it argued that the city could not plan "
        '"around the ferry users of today."'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Valby Transport Department"


def test_what_it_calls_after_a_named_body_is_that_body() -> None:
    text = (
        "Norbank Holdings reported a loss on Monday. Norbank now sees partners as the way "
        'back in what it calls "the harbour solutions" business.'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Norbank Holdings"


def test_what_it_calls_after_a_person_is_nobody() -> None:
    text = (
        "Jo Park runs Norbank Holdings. Park now sees the plant as what it calls "
        '"the harbour solutions" business.'
    )
    (q,) = _quotes(text)
    assert q.speaker is None
