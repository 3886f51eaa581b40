"""An opinion piece signed in its last paragraph (`Jo Park is a harbour pilot.`): the "I" of
the writer's own clauses bringing in a quotation is that writer, and a "she" after the
writer's quotation stands for someone else (round 46)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse

_BODY = (
    "My aunt, Mette Olsen, ran the ferry kiosk in Valby for thirty years.\n\n"
    "One winter, when my aunt talked about the storm to me on the quay, I smiled and said, "
    '"I am not afraid of the sea at all." She went quiet, so I had to change my answer: '
    '"Of course I fear the sea a little." To which she said, "Then you will live long."\n\n'
)
_SIGNED = "Tuva Lindqvist is a harbour pilot in Norland and the author of two books on ferries."


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_the_first_person_clause_of_a_signed_piece_is_its_writer() -> None:
    quotes = _quotes(_BODY + _SIGNED)
    mine = [q for q in quotes if q.text.startswith(("I am not", "Of course"))]
    assert [q.speaker for q in mine] == ["Tuva Lindqvist", "Tuva Lindqvist"]


def test_she_after_the_writer_is_not_the_writer() -> None:
    quotes = _quotes(_BODY + _SIGNED)
    last = next(q for q in quotes if q.text.startswith("Then you"))
    assert last.speaker != "Tuva Lindqvist"


def test_an_unsigned_piece_leaves_the_first_person_open() -> None:
    quotes = _quotes(_BODY + "The ferry still runs twice a day.")
    mine = next(q for q in quotes if q.text.startswith("I am not"))
    assert mine.speaker is None
