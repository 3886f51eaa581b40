"""A description by office (`"…," the minister said`) stands only for a person the story gives
that office: never one given another office (a union's general secretary), and not one of two
holders named as close (two ministers in one sentence). Then the description is the source."""

from __future__ import annotations

import pytest

from briefing.facts.quotes.speakers import _office_head
from tests.facts.test_quotes import _quotes

_PIERS = '\n\n"The piers will be rebuilt by the spring," the minister said.'


@pytest.mark.parametrize(
    "opening",
    [
        "Union general secretary Piet Kaljus met the dockers at the gate on Monday.",
        "Piet Kaljus, general secretary of the Dockers Union, met the dockers on Monday.",
    ],
)
def test_a_union_general_secretary_is_not_the_minister(opening: str) -> None:
    (q,) = _quotes(opening + _PIERS)
    assert q.speaker is None and q.description == "the minister"


def test_the_one_transport_minister_is_the_minister() -> None:
    (q,) = _quotes("Transport Minister Ana Berg visited the harbour on Monday." + _PIERS)
    assert q.speaker == "Ana Berg"


@pytest.mark.parametrize(
    ("opening", "description", "speaker"),
    [
        ("Kilbeg Sen. Tom Reyes spoke to farmers on Friday.", "the senator", "Tom Reyes"),
        ("Coach Lena Holm was angry after the match.", "the coach", "Lena Holm"),
    ],
)
def test_a_title_written_short_or_capitalised_fits(
    opening: str, description: str, speaker: str
) -> None:
    (q,) = _quotes(opening + f'\n\n"We were not good enough today," {description} said.')
    assert q.speaker == speaker


def test_two_ministers_in_one_sentence_leave_the_minister_unnamed() -> None:
    (q,) = _quotes(
        "Transport Minister Ana Berg and Health Minister Jo Park visited the harbour on Monday."
        + _PIERS
    )
    assert q.speaker is None and q.description == "the minister"


def test_a_minister_named_paragraphs_before_is_no_rival() -> None:
    (q,) = _quotes(
        "Health Minister Jo Park opened a clinic in Dunmore last week.\n\n"
        "Talks on the harbour went on for a month.\n\n"
        "Transport Minister Ana Berg visited the harbour on Monday." + _PIERS
    )
    assert q.speaker == "Ana Berg"


@pytest.mark.parametrize(
    ("role", "office"),
    [
        ("Transport Minister", "minister"),
        ("Kilbeg Sen.", "senator"),
        ("general secretary of the Dockers Union", "secretary"),
        ("spokeswoman", "spokesman"),
        ("candidate", None),
    ],
)
def test_a_roles_office_is_read_from_its_head_word(role: str, office: str | None) -> None:
    assert _office_head(role) == office


def test_a_former_office_is_no_rival_of_the_one_held_now() -> None:
    (q,) = _quotes(
        "Foreign Secretary Ana Berg arrived in Kilbeg on Monday. The former senator met "
        'the mayor.\n\n"We came to listen," the former senator said.'
    )
    assert q.speaker == "Ana Berg"


_LATER = (
    '"The ferry runs again from May," said Harbour Minister Ilse Varga.\n\n'
    "The crossing cost 12 million crowns, port staff in Dunmere said on Friday.\n\n"
    '"Nobody will wait on the quay again," the minister added.'
)


def test_the_one_minister_of_the_story_is_the_minister_paragraphs_later() -> None:
    quotes = _quotes(_LATER)
    assert [q.speaker for q in quotes] == ["Ilse Varga", "Ilse Varga"]


@pytest.mark.parametrize(
    "story",
    [
        _LATER + "\n\nSchools Minister Olav Trent was not asked.",  # a second one, after
        _LATER.replace("port staff in", "Schools Minister Olav Trent told reporters in"),
        _LATER.replace("the minister added", "the Dunmere minister added"),
    ],
)
def test_the_minister_paragraphs_later_stays_unnamed_unless_one_holds_it(story: str) -> None:
    quotes = _quotes(story)
    assert quotes[-1].speaker is None


@pytest.mark.parametrize(
    ("opening", "noun", "speaker"),
    [
        ("Presidential candidate Olav Trent was asked about the port.", "moderator", None),
        ("Debate moderator Olav Trent opened the evening.", "moderator", "Olav Trent"),
        ("Radio host Olav Trent opened the show.", "host", "Olav Trent"),
    ],
)
def test_the_moderator_is_no_one_the_story_gives_another_role(
    opening: str, noun: str, speaker: str | None
) -> None:
    quotes = _quotes(opening + f'\n\n"Many say the port is failing," the {noun} said.')
    assert [q.speaker for q in quotes] == [speaker]
