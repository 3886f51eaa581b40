"""A who-clause set off before a reporting verb that only keeps the source unnamed (`One
nurse, who asked us not to name her, told us:`): the description before it is the source, as when
the aside is left out; a name before such an aside stays the speaker (invented sentences)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_one_nurse_who_asked_not_to_be_named_is_the_description() -> None:
    text = (
        "The clinic in Valby shut its doors on Monday.\n\n"
        "One nurse, who asked that she not be identified, said: 'We were never told of the move.'\n"
    )
    (q,) = _quotes(text)
    assert (q.speaker, q.description) == (None, "One nurse")


def test_a_guard_who_spoke_on_condition_of_anonymity_is_the_description() -> None:
    text = (
        "The Tarrow depot was sealed off overnight.\n\n"
        "A guard, who spoke on condition of anonymity, told reporters: "
        '"Nobody came back for the crates after dark."\n'
    )
    (q,) = _quotes(text)
    assert (q.speaker, q.description) == (None, "A guard")


def test_a_name_before_such_an_aside_stays_the_speaker() -> None:
    text = (
        "The clinic in Valby shut its doors on Monday.\n\n"
        "Jo Parrin, who asked not to be named in full, said: 'We were never told.'\n"
    )
    (q,) = _quotes(text)
    assert q.speaker == "Jo Parrin"
