"""A person named after a body's possessive (`the Valby Growers Union's Denita Holm says`) is a
person whom a pronoun can stand for, even when the tagger knows no given name; a body's own
name after an owner (`Norbank's Data Labs`) holds a common word."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_pronoun_stands_for_a_person_named_after_a_bodys_possessive() -> None:
    text = (
        "A scheme to use students in the orchards of Valby is being extended to fishing.\n"
        "The Valby Growers Union's Denita Holm says growers would prefer to hire local "
        "workers but there are not enough of them.\n"
        '"At the union it is our wish that we can hire locals for these jobs but people '
        'simply are not keen on farm work," she said.\n'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Denita Holm"


def test_pronoun_does_not_stand_for_a_bodys_unit_named_after_its_owner() -> None:
    text = (
        "Norbank's Data Labs opened a new office in Valby on Monday.\n"
        '"We are glad to be here and we will hire forty people this year," she said.\n'
    )
    (q,) = _quotes(text)
    assert q.speaker is None


def test_a_body_name_after_its_place_stays_a_body() -> None:
    # `Stock Exchange` read as a person: its last word ends bodies' names, so no person.
    text = (
        "Valby trading\n\nThe Norland traders are also studying program trades.\n"
        'Index trading is "something we want to watch closely," an official at Valby\'s '
        'Stock Exchange said. "We don\'t think there is cause for concern at the moment."\n'
    )
    quotes = _quotes(text)
    assert quotes and all(q.speaker is None for q in quotes)
