"""Quotes that were credited to the wrong person in unannotated wire and election copy, in our
own words: an owner before a title, a surname two people share, a party before a candidate."""

from __future__ import annotations

import pytest

from briefing.facts.quotes import extract_quotes
from briefing.model import Actor, Evidence
from briefing.nlp import analyse
from tests.facts.test_quotes import _quotes


def test_an_owners_title_set_off_by_a_name_is_that_person_not_the_owner() -> None:
    text = (
        "Valby Radio carries forty stations.\n\n"
        '"In a car you have three stations," said Valby Radio\'s president, Jo Park. '
        '"Online you have millions."'
    )
    first, second = _quotes(text)
    assert (first.speaker, second.speaker) == ("Jo Park", "Jo Park")


def test_an_owners_title_with_no_name_is_a_description_never_the_owner() -> None:
    text = (
        "Norbank cut its rates on Monday.\n\n"
        '"We will not comment on the report," said Norbank\'s spokesman.'
    )
    (q,) = _quotes(text)
    assert q.speaker is None and q.description == "Norbank's spokesman"


def test_a_surname_two_people_share_stops_the_previous_voice_going_on() -> None:
    text = (
        "Ana Berg and Tom Berg run two banks in Valby, and Jo Park advises both.\n\n"
        '"Small banks will not last," Park said.\n\n'
        'Berg is sure the bank will survive. "We have customers, they have nothing," he said.'
    )
    at = text.index
    actors = (
        Actor("Ana Berg", "person", evidence=(Evidence(0, at("Ana Berg"), at("Ana Berg") + 8),)),
        Actor("Tom Berg", "person", evidence=(Evidence(0, at("Tom Berg"), at("Tom Berg") + 8),)),
        Actor(
            "Jo Park",
            "person",
            aliases=("Park",),
            evidence=(
                Evidence(0, at("Jo Park"), at("Jo Park") + 7),
                Evidence(1, at('," Park') + 3, at('," Park') + 7),
            ),
        ),
    )
    last = extract_quotes(analyse(text), actors)[-1]
    assert last.text.startswith("We have customers") and last.speaker is None


def test_a_person_named_before_said_in_a_statement_is_no_party_statement() -> None:
    text = (
        "Several candidates spoke on the merger.\n\n"
        '"This merger will leave savers holding the bag," Labour candidate Ana Berg said in a '
        'statement, calling on the council to make large banks pay "their fair share" of fees.'
    )
    woven = _quotes(text)[-1]
    assert (woven.text, woven.speaker) == ("their fair share", "Ana Berg")


def test_a_described_speaker_is_not_the_one_the_interrupted_quotation_names() -> None:
    text = (
        "Tom Lund made a film about Ana Berg, who grew up on a farm near Valby. "
        "Berg flew planes for twenty years.\n\n"
        '"As a child," the filmmaker says in the film, "Ana saw things that made no sense at '
        'all. The farm was a dream to her."'
    )
    assert [q.speaker for q in _quotes(text)] == [None, None]


def test_a_description_answering_a_question_is_not_the_one_who_asked() -> None:
    text = (
        "Ana Berg spoke to Valby Radio on Sunday about the harbour vote.\n\n"
        '"Only one of the two of us will stand up for the harbour," Berg said.\n\n'
        '"Would that be you?" Jo Park asked.\n\n'
        '"That would be me, yes," the senator said.'
    )
    answer = _quotes(text)[-1]
    assert (answer.speaker, answer.description) == (None, "the senator")


def test_he_after_a_fronted_when_clause_is_the_main_clause_subject() -> None:
    text = (
        "Jo Park and Tom Lund are running for mayor. The two candidates met in Valby.\n\n"
        "When Mr. Park tried to defend his harbour plan, Mr. Lund firmly disagreed. "
        '"I think the plan would ruin the town," he said.'
    )
    assert _quotes(text)[-1].speaker == "Tom Lund"


def test_he_after_a_question_someone_asked_is_the_one_asked() -> None:
    text = (
        "Ivan Berg and Tom Park spoke on Valby Radio on Sunday.\n\n"
        "Berg also did not sound confident when Park asked whether his party would hold the "
        'council in May. "The one thing you can predict this year is that nothing is '
        'predictable," he said.'
    )
    assert _quotes(text)[-1].speaker == "Ivan Berg"


@pytest.mark.parametrize("fronted", ["On Monday", "In Valby"])
def test_a_fronted_time_or_place_before_an_owners_title_is_no_speaker(fronted: str) -> None:
    text = (
        "Norbank and Jo Park met on Monday in Valby. "
        + fronted
        + ", Norbank's chief executive said: \"We regret the delay and apologise to our "
        'customers."'
    )
    (q,) = _quotes(text)
    assert q.speaker is None


def test_a_name_after_a_fronted_phrase_still_speaks() -> None:
    text = (
        "Norbank and Jo Park met on Monday in Valby. In a radio interview Jo Park declared "
        '"the port may be obsolete" and left.'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Jo Park"
