"""Quotes whose source is described by a link to someone named (`people close to Jo Park`,
`officials with the Valby Council`): the description speaks, never the one it names."""

from __future__ import annotations

import pytest

from tests.facts.test_quotes import _quotes

_INTRO = "Jo Park came back to Valby on Monday after a long trip abroad.\n\n"


@pytest.mark.parametrize(
    ("text", "described"),
    [
        (
            "Friends close to Jo Park said the new ferry deal was 'as good as finished'.",
            "Friends close to Jo Park",
        ),
        (
            '"The ferry deal is finished now," people close to Jo Park said.',
            "people close to Jo Park",
        ),
        (
            "Officials with the Valby Council said the harbour road would 'stay shut for good'.",
            "Officials with the Valby Council",
        ),
        (
            "Lawyers representing Jo Park said the fine was 'plainly unfair'.",
            "Lawyers representing Jo Park",
        ),
    ],
)
def test_a_linked_source_is_described_not_named(text: str, described: str) -> None:
    (q,) = _quotes(_INTRO + text)
    assert q.speaker is None and q.description == described


def test_a_relative_clause_names_someone_else() -> None:
    (q,) = _quotes(_INTRO + "A neighbour who knew Jo Park said he was 'gentle and shy'.")
    assert q.speaker is None and q.description is not None
    assert "Jo Park" not in q.description


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Jo Park said the ferry deal was 'as good as finished'.", "Jo Park"),
        ('"The harbour road stays shut," said Jo Park, a lawyer for the council.', "Jo Park"),
        ("Ana Berg, a friend of Jo Park, said he was 'gentle and shy'.", "Ana Berg"),
    ],
)
def test_the_one_named_still_speaks_in_their_own_clause(text: str, speaker: str) -> None:
    (q,) = _quotes(_INTRO + text)
    assert q.speaker == speaker


def test_unnamed_officials_of_a_body_give_the_description() -> None:
    (q,) = _quotes("Valby Council officials said the harbour road would 'stay shut for good'.")
    assert q.speaker is None and q.description == "Valby Council officials"


def test_a_subject_linked_to_a_name_before_its_verb_is_not_that_name() -> None:
    (q,) = _quotes(
        _INTRO + 'A man who met Jo Park told us: "He was gentle and shy the whole time."'
    )
    assert q.speaker != "Jo Park"


def test_a_name_after_a_body_it_works_with_still_speaks() -> None:
    (q,) = _quotes(_INTRO + "Economist with Norbank Jo Park says the rise is 'small and slow'.")
    assert q.speaker == "Jo Park"
