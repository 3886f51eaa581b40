"""Two people as one subject give no one speaker; an adjective before a surname
(`a tired Park`) still names the person; an anonymous `source` is a description; `the
company` is the body the sentence before calls a company."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_two_subjects_of_a_weaving_verb_are_no_one_speaker() -> None:
    text = (
        "Jo Park met Ana Berg in Valby. In a joint note they signed after long talks, "
        'Park and Berg called for talks, saying it would build a "strong base" for ties.'
    )
    (q,) = _quotes(text)
    assert q.speaker is None and q.description == "Park and Berg"


def test_one_subject_of_a_weaving_verb_is_still_the_speaker() -> None:
    text = (
        "Jo Park met Ana Berg in Valby. In a joint note they signed after long talks, "
        'Ana Berg called for talks, saying it would build a "strong base" for ties.'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Ana Berg"


def test_an_adjective_before_a_surname_names_the_person() -> None:
    text = 'Jo Park lost the Valby final. "It could have been better," a tired Park said after it.'
    (q,) = _quotes(text)
    assert q.speaker == "Jo Park"


def test_a_source_is_a_description_and_goes_on() -> None:
    text = (
        "Jo Park runs the Valby school. A source told the Valby Post: 'The forty or so include "
        "teachers and staff.' 'In some cases they have left.'"
    )
    first, second = _quotes(text)
    assert first.speaker is None and first.description == "A source"
    assert second.speaker is None and second.description == "A source"


def test_the_company_is_the_body_set_off_as_a_company() -> None:
    text = (
        "Jo Park sang in Valby. The new show is being run by Norbank, a Valby-based tech "
        'company. "It will learn and react on its own," the company explained.'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Norbank"


def test_a_source_after_a_long_fronted_phrase_is_still_the_subject() -> None:
    text = (
        "Jo Park spoke in Valby on Monday. At a forum with army leaders in Valby on Monday, "
        "one questioner claimed that the “forces of fashion” were hurting the army."
    )
    (q,) = _quotes(text)
    assert q.speaker is None and q.description == "one questioner"
