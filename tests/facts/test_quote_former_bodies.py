"""A body named by what it once was (`"…," the former monopoly said`) is the one organisation
named in an earlier sentence that calls something `the former … monopoly`; a story that never
did, or whose sentence names two bodies, leaves the words described."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.nlp import analyse

_STORY = (
    "Norlink offers rivals cheaper lines.\n\n"
    "Norlink has moved to head off a break-up by cutting the wholesale price of its lines.\n\n"
    "The move comes after the regulator Valcom said in May that the firm must open up. "
    "{history}\n\n"
    "The offer went to the regulator before the cut-off date.\n\n"
    '"At the heart of the plan are lower prices for every operator on the Norlink network," '
    "the former monopoly said on its website.\n"
)


def _source(history: str) -> tuple[str | None, str | None]:
    doc = analyse(_STORY.format(history=history))
    quotes = extract_quotes(doc, extract_actors(doc))
    (q,) = [q for q in quotes if q.text.startswith("At the heart")]
    return q.speaker, q.description


def test_the_former_monopoly_is_the_body_called_so_before() -> None:
    history = (
        "Norlink's rivals have often accused it of abusing its status as the former "
        "telephone monopoly to favour its own shops."
    )
    assert _source(history)[0] == "Norlink"


def test_two_bodies_in_that_sentence_leave_it_described() -> None:
    history = (
        "Norlink's rivals and Valcom have often said it abused its status as the former "
        "telephone monopoly to favour its own shops."
    )
    assert _source(history) == (None, "the former monopoly")


def test_never_called_so_before_leaves_it_described() -> None:
    history = "Norlink's rivals have often accused it of favouring its own shops."
    assert _source(history) == (None, "the former monopoly")
