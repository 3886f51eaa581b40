"""Round 42 (second wave) speaker rules read from invented copy: a description a reporting
clause restates from its own sentence stays a description, not someone named before."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_a_description_restated_after_said_is_not_the_person_named_before() -> None:
    text = (
        "Ana Berg, the council leader, spoke first at the Velmar hall. Then the former mayor "
        "gave her verdict – 'It is a disgrace,' said the former mayor.\n"
    )
    (quote,) = _quotes(text)
    assert quote.speaker is None
    assert quote.description == "the former mayor"


def test_a_restated_club_role_stays_a_description() -> None:
    text = (
        "Tom Lund, the harbour master, arrived late at the Ostby meeting. The club captain then "
        'stood up - "We have waited long enough for the new pier," said the club captain.\n'
    )
    (quote,) = _quotes(text)
    assert quote.speaker is None


def test_a_description_set_off_after_a_name_still_names_that_person() -> None:
    text = (
        "Ana Berg, the former mayor, gave her verdict on the Velmar plan – 'It is a disgrace,' "
        "said the former mayor.\n"
    )
    (quote,) = _quotes(text)
    assert quote.speaker == "Ana Berg"


def test_a_second_predicate_past_a_closed_who_clause_is_the_name_before_it() -> None:
    text = (
        "Councillor Jo Lind, who works with Tom Berg, welcomed the Ostby ferry decision and "
        'said islanders would "believe it when we see it".\n'
    )
    (quote,) = _quotes(text)
    assert quote.speaker == "Jo Lind"


def test_a_that_clause_in_the_first_predicate_gives_no_speaker() -> None:
    text = (
        "Councillor Jo Lind, who works with Tom Berg, welcomed the ruling that Berg wrote and "
        'said islanders would "believe it when we see it".\n'
    )
    (quote,) = _quotes(text)
    assert quote.speaker != "Tom Berg"


def test_a_quote_set_off_by_dashes_before_and_said_is_the_subjects() -> None:
    text = (
        "The Ostby rowing club held its last meeting on Friday. Jo Park was blunt - 'It is over "
        "for the old club' - and said the boathouse would be sold in May.\n"
    )
    (quote,) = _quotes(text)
    assert quote.speaker == "Jo Park"


def test_a_dashed_quote_with_no_reporting_verb_after_it_gets_no_speaker() -> None:
    text = (
        "The Ostby rowing club held its last meeting on Friday. Jo Park was blunt - 'It is over "
        "for the old club' - and then the lights went out.\n"
    )
    (quote,) = _quotes(text)
    assert quote.speaker is None
