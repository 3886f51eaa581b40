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


def test_it_opening_a_paragraph_after_a_body_quoted_is_that_body() -> None:
    text = (
        "Marlow Freight sued the port authority of Vessan on Tuesday.\n\nIn its filing, "
        'Quenbridge Bank said Vessan was "a place in which Marlow owns no property at all."'
        "\n\nIt also said the court in Tarrow should not be drawn into "
        '"a quarrel between the city and one of its own traders". The hearing is in May.\n'
    )
    assert [q.speaker for q in _quotes(text)] == ["Quenbridge Bank", "Quenbridge Bank"]


def test_it_after_a_body_quoting_nobody_is_nobody() -> None:
    text = (
        'Harrow Relief warned the cuts would "hurt the poorest weavers in Tarrow."\n\n'
        "The Vessan Trade Office said there was no wish among its members to keep the quotas."
        "\n\nIt added that such changes should "
        '"put the weavers first, not the markets". The talks resume in June.\n'
    )
    assert _quotes(text)[-1].speaker != "Vessan Trade Office"


def test_it_after_a_person_quoted_is_nobody() -> None:
    text = (
        'In her letter, Ana Lind said Vessan was "a place with no port worth the name."'
        "\n\nIt also said the court in Tarrow should not be drawn into "
        '"a quarrel between the city and its traders". The hearing is in May.\n'
    )
    assert _quotes(text)[-1].speaker != "Ana Lind"
