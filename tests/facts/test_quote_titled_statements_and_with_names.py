"""Quotes brought in by a titled name's statement, or by a name after "with" and an -ing verb."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_role_words_before_the_name_issuing_a_statement_leave_the_name_speaking() -> None:
    (q,) = _quotes(
        "Harbour fees rise in Tolmar.\n\nIn response to the vote, Harbour Party nominee Dario "
        'Vela issued the following statement:\n\n"The board has failed every crew on the quay '
        'and it will answer for it in May."'
    )
    assert q.speaker == "Dario Vela" and q.cue == "issued"


def test_a_spokesman_for_a_name_issuing_a_statement_is_not_that_name() -> None:
    (q,) = _quotes(
        "Harbour fees rise in Tolmar.\n\nBenno Kask met the board.\n\nA spokesman for Benno "
        'Kask issued the following statement:\n\n"The board has failed every crew on the quay '
        'and it will answer for it in May."'
    )
    assert q.speaker != "Benno Kask"


def test_a_name_after_with_and_a_shouting_verb_speaks() -> None:
    (q,) = _quotes(
        "Dario Vela held a rally in Tolmar.\n\nAt the rally, some of the crowd jeered at a "
        'heckler, with Vela reportedly yelling: "Get him out of the hall at once!"'
    )
    assert q.speaker == "Dario Vela" and q.cue == "yelling"
