"""Quotes in political copy: speakers of partials woven after a second verb or a verb of attack."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_a_place_before_the_second_verb_leaves_the_subject_speaking() -> None:
    (q,) = _quotes(
        "Ships left Valby harbour on Monday.\n\nTomas Verlund, her Harbour Party rival, "
        "bemoaned the delays in Valby and said he thought that fees were a"
        ' "truly, truly large part" of the losses.'
    )
    assert q.speaker == "Tomas Verlund" and q.cue == "said"


def test_a_person_before_the_second_verb_still_leaves_it_unsure() -> None:
    (q,) = _quotes(
        "Ships left Valby harbour on Monday.\n\nTomas Verlund, her Harbour Party rival, "
        'praised Kasper Lind and said that fees were a "truly, truly large part" of the losses.'
    )
    assert q.speaker is None


def test_attacked_weaves_the_subjects_words() -> None:
    quotes = _quotes(
        "Tomas Verlund is running for the Harbour Council in Valby.\n\nIn a June speech, "
        'Verlund attacked "the reckless plan of the harbour board, its fees on fishermen, and'
        ' its closed meetings."'
    )
    assert [q.speaker for q in quotes] == ["Tomas Verlund"]


def test_a_described_subject_named_after_a_comma_speaks_the_quote_after_its_paraphrase() -> None:
    quotes = _quotes(
        "The harbour opened in 1990.\n\nHis former partner at Norbank, Lars B. Ohmund, called "
        'him a master at harbour deals. "He proved time after time a knack for closing deals '
        'that rivals could not."'
    )
    assert quotes[-1].speaker == "Lars B. Ohmund"


def test_a_described_subject_with_no_verb_of_saying_gives_no_speaker() -> None:
    quotes = _quotes(
        "The harbour opened in 1990.\n\nHis former partner at Norbank, Lars B. Ohmund, hired "
        'him as a master at harbour deals. "He proved time after time a knack for closing '
        'deals that rivals could not."'
    )
    assert quotes[-1].speaker is None


def test_a_who_clause_past_a_role_and_a_year_is_the_named_persons() -> None:
    quotes = _quotes(
        "Ana Berg met Tomas Verlund in Valby.\n\nBerg has had a cold relationship with Verlund, "
        "now the harbour chief, who in 2010 said the board's main goal was to make Berg a"
        ' "one-term mayor."'
    )
    assert [q.speaker for q in quotes] == ["Tomas Verlund"]


def test_a_who_clause_after_two_named_with_a_role_stays_a_description() -> None:
    quotes = _quotes(
        "Ana Berg met Tomas Verlund in Valby.\n\nBerg has had a cold relationship with Verlund "
        "and Kai Moen, now the harbour chiefs, who said the board's main goal was to make Berg"
        ' a "one-term mayor."'
    )
    assert all(q.speaker is None for q in quotes)


def test_the_subject_after_a_long_fronted_clause_speaks_not_the_clause() -> None:
    quotes = _quotes(
        "Sen. Tomas Verlund spoke in Valby on Monday about the harbour fees and the ferry.\n\n"
        "As far as whether Verlund still senses anger among his voters, the Valby senator "
        'acknowledged that there are still "some angry people" who feel that way.'
    )
    assert [q.speaker for q in quotes] == ["Tomas Verlund"]


def test_a_named_subject_after_a_fronted_clause_naming_another_speaks() -> None:
    quotes = _quotes(
        "Sen. Tomas Verlund spoke in Valby on Monday about the harbour fees and the ferry.\n\n"
        "As far as whether Verlund still senses anger among his voters, Ana Berg "
        'acknowledged that there are still "some angry people" who feel that way.'
    )
    assert [q.speaker for q in quotes] == ["Ana Berg"]


def test_a_role_naming_someone_before_a_who_clause_leaves_it_unsure() -> None:
    (q,) = _quotes('Jo Park, now a friend of Tom Holm, who said: "He never missed a day."')
    assert q.speaker is None
