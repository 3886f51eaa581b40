"""Speakers of round 46 on the sets still under the target: a parent counted by children (`the
mother-of-four`) is the epithet of one person named before, of the parent noun's sex; `the
filmmaker` is the other person of the sentence before when its subject plies another trade; a
phrase quoted in what `the company` does (no reporting verb) is the company's words."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_the_mother_of_four_is_the_mother_just_quoted() -> None:
    quotes = _quotes(
        "Valby singer Tom Lund denies taking the boat. His mother Ada Lund told a local radio "
        'station on Monday that her son was honest. "I know him well," she said. Calling her son '
        '"a kind man", the mother-of-four said she feared the trial would be unfair. "I lie '
        'awake at night over this," she said.'
    )
    assert [q.speaker for q in quotes] == ["Ada Lund"] * 3


def test_the_father_of_two_is_no_woman_just_quoted() -> None:
    quotes = _quotes(
        'Ana Berg runs the Valby ferry. "We sail at dawn," she said. "The sea is calm," the '
        "father-of-two added."
    )
    assert quotes[-1].speaker != "Ana Berg"


_FILM = (
    'Ana Berg tells a true sea story in "Cold Harbour", a film about a shipwreck. Its hero, '
    "Tom Lund, is a retired pilot who recalls the storm from memory.\n"
    "But as in many of Berg's films, the voice behind the camera stays with you. Though Lund is "
    "a fine talker, {linger}\n"
    '"As a boy," the filmmaker says in voice-over, "Tom watched the sea eat his village."'
)


def test_the_filmmaker_is_the_other_person_when_the_subject_plies_another_trade() -> None:
    quotes = _quotes(_FILM.format(linger="it is Berg's quiet remarks that linger."))
    assert [q.speaker for q in quotes] == ["Ana Berg", "Ana Berg"]


def test_the_filmmaker_stays_described_between_two_other_people() -> None:
    linger = "it is Berg's and Ola Dahl's quiet remarks that linger."
    quotes = _quotes(_FILM.format(linger=linger))
    assert all(q.speaker is None for q in quotes)


_DAIRY = "Norbank Dairies has recalled its cheese after a scare in Valby. "


def test_a_phrase_quoted_in_what_the_company_does_is_the_company_s() -> None:
    (quote,) = _quotes(
        _DAIRY + "Health officials warned shoppers on Friday not to eat it. But Norbank Dairies "
        'has recalled other products too. The company is closing the Valby plant "out of an '
        'excess of care" to look for the cause.'
    )
    assert quote.speaker == "Norbank Dairies"


def test_a_phrase_quoted_in_what_the_company_is_stays_unsourced() -> None:
    (quote,) = _quotes(_DAIRY + 'The company was "deeply sorry for the trouble" on Friday.')
    assert quote.speaker is None


def test_a_person_named_before_the_phrase_leaves_it_unsourced() -> None:
    (quote,) = _quotes(
        _DAIRY + "The company is closing the plant at the request of Jo Park "
        '"out of an excess of care" to look for the cause.'
    )
    assert quote.speaker is None
