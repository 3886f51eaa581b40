"""A person described by a place in a body (`the top Republican on the Harbour Committee`,
`an official at the Norland Ministry`) is the source, never the body the phrase ends on."""

from __future__ import annotations

from tests.facts.test_quotes import _quotes


def test_a_member_on_a_committee_is_the_description_not_the_committee() -> None:
    (q,) = _quotes(
        "The top-ranking Republican on the Senate Harbour Committee said the plan was "
        '"far too costly".'
    )
    assert q.speaker is None
    assert q.description == "The top-ranking Republican on the Senate Harbour Committee"


def test_an_official_at_a_ministry_is_the_description_not_the_ministry() -> None:
    (q,) = _quotes(
        "A senior official at the Norland Transport Ministry said the talks were "
        '"going nowhere at all".'
    )
    assert q.speaker is None
    assert q.description == "A senior official at the Norland Transport Ministry"


def test_the_chairman_of_a_council_stays_a_description() -> None:
    (q,) = _quotes('The chairman of the Valby Council said the vote was "a disgrace to the town".')
    assert q.speaker is None and q.description == "The chairman of the Valby Council"


def test_a_spokesman_for_a_bank_stays_a_description() -> None:
    (q,) = _quotes('A spokesman for Norbank said the bank would "look again at every branch".')
    assert q.speaker is None and q.description == "A spokesman for Norbank"


def test_a_body_opening_its_own_clause_still_speaks() -> None:
    (q,) = _quotes(
        'After a long meeting on Monday the Valby Council said the vote was "a disgrace".'
    )
    assert q.speaker == "Valby Council"


def test_a_description_ends_before_a_dashed_relative_clause() -> None:
    (q,) = _quotes(
        "Instead, the study -- which notes that forty firms would owe $2 billion, "
        '"equal to the whole budget of Valby," if they paid in full -- should worry voters.'
    )
    assert q.speaker is None and q.description == "the study"


def test_a_description_ends_before_a_relative_clause_without_commas() -> None:
    (q,) = _quotes('The inquiry that the council ordered found the deal was "a waste of money".')
    assert q.description == "The inquiry"


def test_a_description_cut_before_who_loses_its_comma() -> None:
    text = 'The Valby Council\'s old rival, who says he is "standing firm", left early.'
    assert _quotes(text)[-1].description == "The Valby Council's old rival"


def test_a_person_named_after_the_speaker_in_a_clause_is_not_the_speaker() -> None:
    (q,) = _quotes('"The rules are clear," said harbour master Jo Park after meeting Ana Berg.')
    assert q.speaker == "Jo Park"


def test_the_person_asked_about_is_not_the_speaker() -> None:
    text = (
        'Ana Berg spoke on Monday. "Anyone who breaks the harbour rules puts the town at risk," '
        "said Valby resident Jo Park when asked about Ana Berg."
    )
    assert _quotes(text)[-1].speaker == "Jo Park"


def test_said_a_lawyer_for_a_person_is_not_that_person() -> None:
    text = 'Jo Park runs the port. "The claim is without merit," said a lawyer for Jo Park.'
    q = _quotes(text)[-1]
    assert q.speaker is None and q.description is not None


def test_said_a_source_close_to_a_person_is_not_that_person() -> None:
    text = 'Jo Park runs the port. "The claim is without merit," said a source close to Jo Park.'
    assert _quotes(text)[-1].speaker is None


def test_said_a_title_then_the_name_is_still_the_person() -> None:
    text = '"The piers stay open," said Harbour Board chair and chief executive Ana Berg.'
    assert _quotes(text)[-1].speaker == "Ana Berg"
