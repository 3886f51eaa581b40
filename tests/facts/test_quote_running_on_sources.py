"""Sources a woven quotation's sentence gives after it or around it: `"…" or why, according to
a Norbank summary.`, `Park calmed the crews by stressing that … "…"`, `A spokeswoman declined
to comment, but said … "…"`."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_according_to_a_document_ending_the_sentence_a_quote_runs_on_into() -> None:
    text = (
        "Spending on lake surveys will continue. "
        '"Such surveys may one day show where the pike go" and why they return, according '
        "to a Valby Council report."
    )
    (q,) = _quotes(text)
    assert q.speaker == "Valby Council"


def test_according_to_a_body_summary_ending_the_sentence_a_quote_runs_on_into() -> None:
    text = (
        "Spending on lake surveys will continue. "
        '"Such surveys may one day show where the pike go" or why, according to a Valby '
        "Council summary."
    )
    (q,) = _quotes(text)
    assert q.speaker == "Valby Council"


def test_a_scare_quote_is_not_given_the_source_ending_its_sentence() -> None:
    # Two words in marks, then the writer's claim and its source: no quotation of the source.
    text = (
        "Valby believes that the 'old friendship' between Norland and Sudland is over, "
        "according to a briefing paper seen by the Valby Post."
    )
    assert _quotes(text) == []


def test_according_to_still_needs_a_sentence_of_its_own_words() -> None:
    # The quote ends the sentence: the next sentence's `according to` is not its source.
    text = (
        'Spending on lake surveys will continue. "Such surveys may one day show where the pike '
        'go." Pike are rare, according to a Valby Council report.'
    )
    (q,) = _quotes(text)
    assert q.speaker is None


def test_according_to_in_the_next_sentence_is_not_a_partial_ending_in_a_stop() -> None:
    # The stop inside the marks ends the sentence: the next one's source is not the quote's.
    text = (
        "The harbour rule bars funds for crews that "
        '"promote or advertise night sailing." Such funds are the largest source of harbour '
        "money, according to the ruling by the Valby Court of Appeals."
    )
    (q,) = _quotes(text)
    assert q.speaker is None and q.description is None


def test_by_stressing_that_gives_the_main_clause_subject() -> None:
    text = (
        "Ana Lund runs the Valby harbour office. Earlier this week, Ms. Lund tried to calm the "
        'crews by stressing that new pilots will be chosen by "skill at sea and nothing else," '
        "not by rank."
    )
    (q,) = _quotes(text)
    assert q.speaker == "Ana Lund" and q.partial


def test_by_saying_that_is_nobody_when_the_object_is_a_person() -> None:
    text = (
        "Ana Lund runs the Valby harbour office. On Monday, Ms. Lund praised Tor Brekke by "
        'saying that new pilots will be chosen by "skill at sea and nothing else."'
    )
    (q,) = _quotes(text)
    assert q.speaker != "Tor Brekke"


def test_but_said_after_declining_gives_the_unnamed_source_described() -> None:
    text = (
        "Mr. Holm did not say who the partners were. A bank spokeswoman also declined to "
        "comment on the talks, but said the firm dropped its opposition to the bill because "
        '"most members now favor it."'
    )
    (q,) = _quotes(text)
    assert q.speaker is None and q.description == "A bank spokeswoman"


def test_but_said_after_the_body_named_before_is_that_body() -> None:
    text = (
        "Ana Lund leads the Valby Dockers Union. The union declined to comment on the strike "
        'but said that pay was "far too low."'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Valby Dockers Union"
