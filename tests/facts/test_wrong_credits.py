"""Quotes that must not go to the wrong person: when the copy does not settle who spoke, the
quote stays unattributed, or keeps the name as the copy wrote it."""

from __future__ import annotations

from tests.facts.test_quotes import _quotes


def test_a_question_running_into_a_clause_naming_another_is_not_the_earlier_speaker() -> None:
    (q,) = _quotes(
        "Ana Berg spoke in Valby on Monday.\n\n"
        "\u201cThe bank failed. What bank is she talking about?\u201d reacted Jo Park.\n"
    )
    assert q.speaker in (None, "Jo Park")


def test_one_member_of_a_party_is_a_person_not_the_party() -> None:
    (q,) = _quotes(
        "Ana Berg met Jo Park in Valby. The Republicans met later.\n\n"
        "\u201cIt is a hard issue for the harbour,\u201d the Republican said this week.\n"
    )
    assert q.speaker != "Republican Party"


def test_a_courtesy_title_settles_a_surname_both_were_called_by() -> None:
    (first, second) = _quotes(
        "Ana Berg, the director's wife, waves at a boy.\n\n"
        "\u201cThe boys are fine most days,\u201d she says.\n\n"
        "\u201cTheir dogs bark at our children,\u201d says Mrs. Berg, who has two sons.\n\n"
        "At the plant, Tom Berg says he does what he can. Berg said the plant is closing.\n"
    )
    assert second.speaker == "Ana Berg"


def test_a_courtesy_title_picks_the_holder_of_its_sex() -> None:
    (q,) = _quotes(
        "Ana Berg visited Valby with her husband, Tom Berg, on Monday.\n\n"
        "Tom Berg greeted the crowd.\n\n"
        "\u201cWe are here to stay for good,\u201d Mrs. Berg said.\n"
    )
    assert q.speaker == "Ana Berg"


def test_words_recalled_from_someone_else_are_not_the_recaller_s() -> None:
    (q,) = _quotes('Ana Berg recalls her friend saying: "You will never leave this town again."')
    assert q.speaker is None


def test_writing_to_someone_keeps_the_writer_as_source() -> None:
    (q,) = _quotes('Ana Berg emailed Jo Park saying: "You will never leave this town again."')
    assert q.speaker == "Ana Berg"


def test_a_preposition_glued_to_a_name_is_no_speaker() -> None:
    (q,) = _quotes(
        "Ana Berg leads the Valby party.\n\n"
        "Alongside NBK calls for a vote, one Valby adviser said Berg must pick a camp soon, "
        'saying, "Sooner or later she will have to tell the town which camp she is in."\n'
    )
    assert q.speaker is None


def test_the_outlet_told_after_a_relative_clause_is_the_listener() -> None:
    (q,) = _quotes(
        "Ana Berg won the vote in Valby.\n\n"
        "Ed Lund, who stood on the Berg list, told VALBYNEWS, "
        '"Of the pair, Jo Park gets my vote every time."\n'
    )
    assert q.speaker in (None, "Ed Lund")


def test_a_possessed_noun_like_claims_is_no_reporting_verb() -> None:
    (q,) = _quotes(
        "Jo Park leads the Norland Party. Ana Berg checks facts.\n\n"
        "Berg rated 32 percent of Park's claims as \u201cwrong or mostly wrong in each of the "
        "reviews we did.\u201d\n"
    )
    assert q.speaker != "Jo Park"


def test_a_question_then_another_person_and_a_verb_does_not_go_on_in_the_last_voice() -> None:
    quotes = _quotes(
        "Ana Berg and Jo Park met on Monday.\n\n"
        'Berg said: "The pier will wait until next spring."\n\n'
        '"You know, spring is late, right?" Jo Park went on, as if he did not hear her. '
        '"The ferry needs the pier in March. The town cannot wait that long."\n'
    )
    assert "Ana Berg" not in [q.speaker for q in quotes[1:]]
