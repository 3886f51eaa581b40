"""`the board said`, `the department said`: a body's short name, its name's last word, for the
one organisation named before whose name ends in it."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_the_board_said_is_the_body_whose_name_ends_in_board() -> None:
    # The sentence before opens with a person: only the name's last word ties the two.
    text = (
        "Farmers marched to the Harbour Licensing Board on Monday. Jo Brenner, who grows "
        "barley near Valby, led the march.\n\n"
        '"The application does not meet the standard we expect," the board said in a statement.'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Harbour Licensing Board" and q.description is None


def test_the_department_said_is_the_department_named_earlier() -> None:
    text = (
        "The Norland Transport Department backed the plan last year. Drivers on the coast "
        "road have waited for months.\n\n"
        '"We will look again at every road," the department said.'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Norland Transport Department"


def test_the_board_said_is_nobody_when_two_boards_were_named() -> None:
    text = (
        "The Harbour Licensing Board and the Valby Water Board met on Monday. Jo Brenner, who "
        "grows barley near Valby, led a march.\n\n"
        '"The application does not meet the standard we expect," the board said.'
    )
    (q,) = _quotes(text)
    assert q.speaker is None and q.description == "the board"
