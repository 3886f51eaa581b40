"""Quotes a name near the reporting clause must not take: a document quoted after a clause
of its own, a body's which-clause, a relative or an aide of someone titled and named."""

from __future__ import annotations

import pytest

from tests.facts.test_quotes import _quotes

_WORDS = "We will rebuild the harbour this year"


def test_a_document_after_the_quote_speaks_not_a_clause_closed_before_it() -> None:
    (q,) = _quotes(
        "Tom Lund said nothing more; 'The pier will close for the whole winter,' "
        "the harbour report says."
    )
    assert q.speaker is None and q.description == "the harbour report"


@pytest.mark.parametrize("body", ["the board", "the Valby Council"])
def test_a_body_s_which_clause_with_its_own_verb_is_not_the_subject_s(body: str) -> None:
    (q,) = _quotes(f"Jo Park told {body}, which said: '{_WORDS}.'")
    assert q.speaker != "Jo Park"


def test_a_document_s_which_clause_keeps_the_subject_s_words() -> None:
    (q,) = _quotes(f"Ana Berg added the caption which reads, '{_WORDS}.'")
    assert q.speaker == "Ana Berg"


@pytest.mark.parametrize(
    "who",
    [
        "the son of Valby mayor Jo Park",
        "the widow of former mayor Jo Park",
        "a spokesman for Valby mayor Jo Park",
    ],
)
def test_a_relative_or_aide_of_someone_titled_is_no_credit_to_the_name(who: str) -> None:
    (q,) = _quotes(f"'{_WORDS},' said {who}.")
    assert q.speaker is None and q.description is not None


def test_an_office_of_a_body_before_the_name_is_no_relative() -> None:
    (q,) = _quotes(f"'{_WORDS},' said the head of Valby Council Jo Park.")
    assert q.speaker in (None, "Jo Park")


def test_an_unnamed_spokesman_after_a_fronted_word_is_a_description() -> None:
    (q,) = _quotes(f"However, a Norbank spokesman said: '{_WORDS}.'")
    assert q.speaker is None and q.description == "a Norbank spokesman"


@pytest.mark.parametrize(
    ("opening", "who"),
    [
        ("On Tuesday, ", "a senior Norbank official"),
        ("After the talks, ", "a Valby Council spokeswoman"),
        ("In a statement on Monday, ", "a Norbank spokesman"),
    ],
)
def test_an_unnamed_source_after_a_fronted_phrase_is_a_description(opening: str, who: str) -> None:
    quotes = _quotes(f"Jo Park left Valby on Monday.\n\n{opening}{who} said: '{_WORDS}.'")
    assert [(q.speaker, q.description) for q in quotes] == [(None, who)]


@pytest.mark.parametrize(
    "apposition",
    [
        "a former state water engineer who now studies the drought policies of provinces "
        "at the Institute for Coastal and Urban Studies",
        "a Moreno delegate from the county and the president of the N.M.-based Syrian "
        "American Council",
    ],
)
def test_a_body_ending_a_long_apposition_is_not_the_subject(apposition: str) -> None:
    # The name before the verb only ends the apposition; the person heading it speaks.
    text = f'Marta L. Okoye, {apposition}, said, "They will almost certainly hit the aquifer."'
    (q,) = _quotes(text)
    assert q.speaker == "Marta L. Okoye"


def test_a_connective_heading_the_clause_keeps_the_name_after_the_verb() -> None:
    text = 'Tom Lund praised the plan. But, said Lund, "The cost will double by spring."'
    assert _quotes(text)[-1].speaker == "Tom Lund"


def test_a_body_heading_a_long_apposition_keeps_its_words() -> None:
    text = (
        "The Valby Trust, a charity founded by sailors who once studied the tides at the "
        "Institute for Coastal and Urban Studies, said, "
        '"They will almost certainly hit the aquifer."'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Valby Trust"
