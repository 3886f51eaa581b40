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
