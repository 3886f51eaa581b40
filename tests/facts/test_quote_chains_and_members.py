"""Speakers a pronoun chain or a party description carries from a person named before."""

from __future__ import annotations

from tests.facts.test_quotes import _quotes


def test_a_pronoun_opening_every_sentence_since_the_quote_keeps_its_speaker() -> None:
    text = (
        '"We will open the new pier in the spring," Ana Berg said.\n\n'
        "She has faced questions since taking over the Valby port, most recently over a meeting "
        "with her rival, the Norland harbour chief Lena Holm.\n\n"
        "She said she was not aware of any anger over the meeting.\n\n"
        "She added that the port would grow.\n\n"
        '"People rarely say those things to the harbour master," she said.'
    )
    quotes = _quotes(text)
    assert [q.speaker for q in quotes] == ["Ana Berg", "Ana Berg"]


def test_a_sentence_opened_by_someone_else_breaks_the_chain() -> None:
    text = (
        '"We will open the new pier in the spring," Ana Berg said.\n\n'
        "She has faced questions since taking over the Valby port.\n\n"
        "Lena Holm, the Norland harbour chief, disagreed with the plan.\n\n"
        '"People rarely say those things to the harbour master," she said.'
    )
    assert _quotes(text)[-1].speaker != "Ana Berg"


def test_a_party_member_described_is_the_speaker_of_that_party() -> None:
    text = (
        'Democratic Sen. Ana Berg of Norland said she wants the harbour bill "passed soon." '
        "The top-ranking Democrat on the harbour committee said the talks are "
        '"close to a workable deal."'
    )
    assert [q.speaker for q in _quotes(text)] == ["Ana Berg", "Ana Berg"]


def test_a_member_of_another_party_is_nobody_named() -> None:
    text = (
        'Democratic Sen. Ana Berg of Norland said she wants the harbour bill "passed soon." '
        "The top-ranking Republican on the harbour committee said the talks are "
        '"far from a workable deal."'
    )
    assert _quotes(text)[-1].speaker is None


def test_a_sentence_opening_on_a_person_gives_their_view() -> None:
    text = (
        "The Valby court closed the ferry case on Monday. To Jo Park, a guard hurt in the "
        'harbour fire, the verdict shows that "the town will not give in to fear at all."'
    )
    assert _quotes(text)[-1].speaker == "Jo Park"


def test_one_written_to_is_not_the_source() -> None:
    text = (
        "The Valby court closed the ferry case on Monday. To Jo Park, a guard hurt in the "
        'harbour fire, the mayor wrote that "the town will not give in to fear at all."'
    )
    assert _quotes(text)[-1].speaker != "Jo Park"


def _company_story(rival: str) -> str:
    return (
        f"Norbank cut its fees on Monday.\n\nNorbank has lost clients to {rival} since the "
        f"spring, and {rival} expects to win more.\n\nAna Berg, a trader at the port, said "
        'Norbank had waited too long.\n\nIn a statement, the company said: "The new fees will '
        'bring the clients back to us."'
    )


def test_the_company_is_the_body_the_story_is_about() -> None:
    assert _quotes(_company_story("the Valby ferries"))[-1].speaker == "Norbank"


def test_the_company_is_nobody_when_another_body_is_named_as_often() -> None:
    assert _quotes(_company_story("Halden Bank"))[-1].speaker is None
