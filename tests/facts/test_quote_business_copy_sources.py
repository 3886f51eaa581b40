"""Sources in business and feature copy's forms: `Norbank's Mr. Lund`, an inverted `quips`,
a said-clause with its apposition set off inside the sentence, trades as plural sources."""

import pytest

from tests.facts.test_quotes import _quotes

_LEAD = "Anders Lund, a partner at Ridgeway Capital Partners, said the ferry sale made sense.\n\n"


@pytest.mark.parametrize(
    "clause",
    [
        '"The old boats lost money every winter," says Ridgeway\'s Mr. Lund.',
        'For late buyers, Ridgeway Capital\'s Mr. Lund says: "The old boats lost money."',
    ],
)
def test_a_firms_courtesy_titled_surname_is_the_person_named_before(clause: str) -> None:
    (q,) = _quotes(_LEAD + clause)
    assert q.speaker == "Anders Lund" and q.description is None


def test_a_firms_courtesy_titled_surname_nobody_has_stays_unnamed() -> None:
    (q,) = _quotes(_LEAD + '"Nobody asked us," says Holmvik\'s Ms. Berg.')
    assert q.speaker is None


def test_an_owners_title_run_then_a_known_name_is_that_person() -> None:
    text = (
        "Ana Berg won the vote in Valby on Sunday.\n\n"
        '"We won the farms late," said Berg\'s top campaign adviser Pia Holm.'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Pia Holm"


def test_an_owners_title_alone_stays_a_description() -> None:
    text = (
        "Ana Berg won the vote in Valby on Sunday.\n\n"
        '"We won the farms late," said Berg\'s spokesman.'
    )
    (q,) = _quotes(text)
    assert q.speaker is None and q.description == "Berg's spokesman"


@pytest.mark.parametrize(
    ("clause", "speaker", "description"),
    [
        ('"Why not a fund for the Moon?" quips Anders Lund, a trader.', "Anders Lund", None),
        ('"This is the worst review yet," fumes a spokesman for Holmvik Foods.', None, "x"),
        ('"We sold too early," jokes Anders Lund.', "Anders Lund", None),
    ],
)
def test_a_noun_like_present_verb_right_after_a_quote_brings_in_its_source(
    clause: str, speaker: str | None, description: str | None
) -> None:
    (q,) = _quotes(_LEAD + clause)
    assert q.speaker == speaker
    assert (q.description is not None) == (description is not None)


def test_a_noun_like_present_form_elsewhere_is_no_cue() -> None:
    (q,) = _quotes(_LEAD + '"Exhaust fumes are the problem," said Ana Berg.')
    assert q.speaker == "Ana Berg" and q.cue == "said"


@pytest.mark.parametrize(
    "text",
    [
        'Still, says Jo Park, editor of the Valby Review, prices "may climb before they fall."',
        'What matters, said Jo Park, a dairy farmer, is that she was "born on the coast."',
    ],
)
def test_a_said_clause_with_its_apposition_inside_the_sentence_names_the_source(text: str) -> None:
    (q,) = _quotes(text)
    assert q.speaker == "Jo Park"


@pytest.mark.parametrize(
    "text",
    [
        'Norbank will close its mill. Workers described "clouds of grey smoke" over it.',
        'The krona fell on Monday. Dealers said the currency was "badly oversold."',
    ],
)
def test_a_trade_in_the_plural_opening_the_sentence_is_a_described_source(text: str) -> None:
    (q,) = _quotes(text)
    assert q.speaker is None and q.description in ("Workers", "Dealers")


def test_characterizing_weaves_the_subjects_words() -> None:
    text = (
        "Holmvik Shipping said it would sell three ferries.\n\n"
        "Brask Holdings, however, sharply attacked the plan, characterizing it as a "
        '"desperate sale of the family silver."'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Brask Holdings" and q.cue == "characterizing"


def test_speculated_reports_the_subjects_words() -> None:
    text = (
        "Anders Lund, a partner at Ridgeway, backed the sale. Mr. Lund speculated that buyers "
        'would have to "pay a lot more than they think."'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Anders Lund" and q.cue == "speculated"


def test_an_owners_relation_and_name_before_the_stop_is_that_person() -> None:
    text = (
        "Ana Berg won the vote in Valby on Sunday.\n\n"
        '"We won the farms," said Berg\'s adviser Tom Lund.'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Tom Lund"


@pytest.mark.parametrize(
    "text",
    [
        "Holmvik Systems slipped 2 to 10 on heavy volume. The Valby, Norland, electronics maker "
        'said it expects a "significant" loss for the quarter.',
        "Holmvik Systems rose 2 to 31. The fast-food company said it would "
        '"review all options" for its dairy arm.',
    ],
)
def test_a_company_by_its_trade_is_the_firm_opening_the_sentence_before(text: str) -> None:
    (q,) = _quotes(text)
    assert q.speaker == "Holmvik Systems"


@pytest.mark.parametrize(
    "text",
    [
        "Norbank Corp. said it would close its mill. An electronics maker said the mill was "
        '"no longer viable."',
        'Snow fell in Valby. The toy company said the mill was "no longer viable."',
    ],
)
def test_a_trade_description_with_no_firm_opening_the_sentence_before_stays_unnamed(
    text: str,
) -> None:
    (q,) = _quotes(text)
    assert q.speaker is None
