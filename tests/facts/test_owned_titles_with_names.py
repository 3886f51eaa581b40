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


def test_he_after_a_resident_named_in_the_paragraph_before_is_that_resident() -> None:
    """`resident Jo Darvik`: a noun of people before the name is evidence of someone who can
    be "he", though "resident" is no role of the fact sheet."""
    (first,) = _quotes(
        "Floods cut the road to Tarsk on Friday.\n\n"
        "In Tarsk, resident Jo Darvik watched the water rise through his shop.\n\n"
        '"We climbed onto the roof and waited," he said.'
    )
    assert first.speaker == "Jo Darvik"
