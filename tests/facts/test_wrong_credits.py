"""Quotes that must not go to the wrong person: when the copy does not settle who spoke, the
quote stays unattributed, or keeps the name as the copy wrote it."""

from __future__ import annotations

from tests.facts.test_quotes import _quotes


def test_a_question_running_into_a_clause_naming_another_is_not_the_earlier_speaker() -> None:
    (q,) = _quotes(
        "Ana Berg spoke in Valby on Monday.\n\n"
        "\u201cThe bank failed. What bank is she talking about?\u201d scoffed Jo Park.\n"
    )
    assert q.speaker in (None, "Jo Park")


def test_one_member_of_a_party_is_a_person_not_the_party() -> None:
    (q,) = _quotes(
        "Ana Berg met Jo Park in Valby. The Republicans met later.\n\n"
        "\u201cIt is a hard issue for the harbour,\u201d the Republican said this week.\n"
    )
    assert q.speaker != "Republican Party"


def test_a_surname_both_of_two_were_called_by_names_neither() -> None:
    (q,) = _quotes(
        "Ana Berg visited Valby with her husband, Tom Berg, on Monday.\n\n"
        "Mrs. Berg spoke first. Tom Berg greeted the crowd.\n\n"
        "\u201cWe are here to stay for good,\u201d Berg said.\n"
    )
    assert q.speaker in (None, "Berg")  # as the copy has it, neither of the two


def test_a_courtesy_title_settles_a_surname_both_were_called_by() -> None:
    (first, second) = _quotes(
        "Ana Berg, the director's wife, waves at a boy.\n\n"
        "\u201cThis is not the worst of it,\u201d she says.\n\n"
        "\u201cTheir kids swear at our kids,\u201d says Mrs. Berg, mother of two boys.\n\n"
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
        "Alongside NBK calls for action, even a top Valby strategist said Berg will have to "
        'choose whose side she is on, saying, "At some point, she is going to have to come '
        'out on where she stands."\n'
    )
    assert q.speaker is None


def test_the_outlet_told_after_a_relative_clause_is_the_listener() -> None:
    (q,) = _quotes(
        "Ana Berg won the vote in Valby.\n\n"
        "Dick Dever, who was listed on the Berg slate, told VALBYNEWS, "
        '"Of the three, I like Jo Park the best."\n'
    )
    assert q.speaker in (None, "Dick Dever")
