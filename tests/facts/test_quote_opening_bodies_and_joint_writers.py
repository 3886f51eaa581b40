"""An organisation, or one person described, opening the sentence speaks through its second
predicate (`, saying:`, `and said`) as a person named opening it does; a web address written
as a name is a source; a statement two named people issued (no comma before the -ing verb) is
described by the two, not by the whole clause; a name set off by a firm's trade is the firm,
not a person its last word looks like."""

from __future__ import annotations

import pytest

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.nlp import analyse


def _source(text: str) -> tuple[str | None, str | None]:
    doc = analyse(text)
    (q,) = extract_quotes(doc, extract_actors(doc))
    return q.speaker, q.description


@pytest.mark.parametrize(
    "text",
    [
        'The Valby Harbour Board rejected the offer on Tuesday, saying: "It is far too little '
        'and far too late for the town."',
        'The Valby Harbour Board rejected the offer on Tuesday, and said: "It is far too little '
        'and far too late for the town."',
        'The Valby Harbour Board rejected the offer on Tuesday and said it was "far too little '
        'and far too late for the town."',
        'The Valby Harbour Board will close the quay next month, saying it "cannot be made safe '
        'at any sensible price."',
    ],
)
def test_a_body_opening_the_sentence_speaks_through_its_second_verb(text: str) -> None:
    assert _source(text)[0] == "Valby Harbour Board"


@pytest.mark.parametrize(
    "text",
    [
        # Another clause with its own subject comes between: the union may be the one.
        'The Valby Harbour Board rejected the offer, and the union walked out, saying: "It is '
        'far too little and far too late for the town."',
        # A person is named before the verb: not sure whose words they are.
        'The Valby Harbour Board rejected the offer that Tilda Marsh made, saying: "It is far '
        'too little and far too late for the town."',
        # The -ing verb has a subject of its own.
        'Valby Harbour Board shares fell on Tuesday, with traders saying: "It is far too little '
        'and far too late for the town."',
    ],
)
def test_no_body_speaks_past_another_subject(text: str) -> None:
    assert _source(text)[0] != "Valby Harbour Board"


def test_a_statement_two_named_people_issued_is_described_by_the_two() -> None:
    text = (
        'Tilda Marsh and Ivo Brandt issued a statement describing the deal as "the best the '
        'country could hope for."'
    )
    assert _source(text) == (None, "Tilda Marsh and Ivo Brandt")


def test_two_named_people_calling_it_something_stay_a_description() -> None:
    text = 'Tilda Marsh and Ivo Brandt called the deal "the best the country could hope for."'
    assert _source(text)[0] is None


def test_a_name_set_off_by_a_firms_trade_is_the_firm() -> None:
    text = 'Under Armour, the sportswear maker, said: "We will keep every job at the Orrin mill."'
    assert _source(text) == ("Under Armour", None)


def test_a_person_set_off_by_a_trade_stays_the_person() -> None:
    text = 'Jo Parkin, the cheese maker, said: "We will keep every job at the Orrin dairy."'
    assert _source(text) == ("Jo Parkin", None)


def test_a_web_address_written_as_a_name_is_the_source() -> None:
    text = (
        "FlockWatch.com, the oldest tool of its kind, reports that 41 of every 100 of the mayor's "
        "followers are 'real'; a sixth are 'bots'."
    )
    doc = analyse(text)
    quotes = extract_quotes(doc, extract_actors(doc))
    assert [(q.text, q.speaker) for q in quotes] == [
        ("real", "FlockWatch.com"),
        ("bots", "FlockWatch.com"),
    ]


def test_a_described_person_opening_the_sentence_speaks_through_and_asked() -> None:
    text = (
        "Valby midfielder Jo Parkin has picked Ivo Brandt for the top award. The Valby player "
        "posted a picture of his slip online on Tuesday and asked his fans: 'So what do you "
        "all make of it?!'"
    )
    assert _source(text) == ("Jo Parkin", None)


def test_a_described_subject_past_a_named_object_speaks_for_nobody() -> None:
    text = (
        "The Valby player thanked Ivo Brandt on Tuesday and asked his fans: 'So what do you "
        "all make of it?!'"
    )
    assert _source(text)[0] is None
