"""A speaker named after an owned title (`the agency's director-general, Ana Berg`): the one
named speaks, not a description of the owner's official."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_a_name_set_off_after_an_owned_title_before_the_quote_speaks() -> None:
    (first, second) = _quotes(
        "Floods cut the road to Tarsk on Friday.\n\n"
        '"The river has never been this high," the agency\'s director-general, Ana Berg, told '
        'a news conference in Valby. "We fear more rain."'
    )
    assert first.speaker == second.speaker == "Ana Berg"


def test_a_name_after_an_owned_title_with_an_initialism_speaks() -> None:
    (first,) = _quotes(
        "The council met on Monday to discuss Valby.\n\n"
        '"The rules are clear," said Norland\'s deputy U.N. ambassador, Jo Lind.'
    )
    assert first.speaker == "Jo Lind"


def test_a_name_after_owned_role_words_without_a_comma_speaks() -> None:
    (first,) = _quotes(
        "The council met on Monday to discuss Valby.\n\n"
        '"It is fine," said Tarsk\'s deputy U.N. envoy Ana Berg.'
    )
    assert first.speaker == "Ana Berg"
