"""Clauses inside a sentence that must not take a quote over: a who-clause whose verb has words
of its own, a whose-clause, a relative clause a name is the subject of, a place clause, a
description set off before its name, a that-clause after a verb of recalling, a body of another
kind, and a courtesy title of the other sex. Invented copy (Valby, Norland, Norbank)."""

from __future__ import annotations

from tests.facts.test_quotes import _quotes


def test_a_who_clause_with_its_own_that_clause_leaves_the_quote_to_the_main_subject() -> None:
    (q,) = _quotes(
        "Lina Holm slammed Per Dahl, who claimed last year that fares would fall: "
        '"He misled every commuter in Valby."'
    )
    assert q.speaker == "Lina Holm"


def test_a_who_clause_with_its_own_infinitive_and_no_speaking_verb_before_credits_nobody() -> None:
    (q,) = _quotes('Lina Holm visited Per Dahl, who urged her to resign: "I will never step down."')
    assert q.speaker is None


def test_a_who_clause_closed_before_the_quote_leaves_it_to_the_verb_before() -> None:
    (q,) = _quotes(
        "Lina Holm told the crowd, joined by Per Dahl, who spoke after her, that "
        '"the harbour will stay in public hands."'
    )
    assert q.speaker == "Lina Holm"


def test_a_whose_clause_speaking_credits_neither_name() -> None:
    (q,) = _quotes(
        'Lina Holm called Per Dahl, whose spokesman replied: "The minister is on holiday."'
    )
    assert q.speaker is None


def test_a_which_clause_after_a_named_body_credits_the_body() -> None:
    (q,) = _quotes('Lina Holm wrote to Norbank, which replied: "We do not discuss clients."')
    assert q.speaker == "Norbank"


def test_a_name_as_the_subject_of_a_relative_clause_is_not_the_speaker() -> None:
    (q,) = _quotes(
        'The charity that Lina Holm set up said: "Every penny went to the flood victims."'
    )
    assert q.speaker is None


def test_a_name_in_a_where_clause_before_the_subject_is_not_the_speaker() -> None:
    (q,) = _quotes(
        "In Norland, where Lina Holm was born, residents called the ferry cut "
        '"a betrayal of the islands."'
    )
    assert q.speaker is None


def test_the_name_set_off_after_a_description_with_another_name_speaks() -> None:
    (q,) = _quotes('"She will appeal the ruling," the solicitor for Per Dahl, Lina Holm, said.')
    assert q.speaker == "Lina Holm"


def test_the_name_set_off_after_a_description_following_said_speaks() -> None:
    (q,) = _quotes('"The talks went well for both sides," said the chief of Norbank, Lina Holm.')
    assert q.speaker == "Lina Holm"


def test_a_body_recalled_saying_something_speaks_not_the_one_recalling() -> None:
    (q,) = _quotes('Lina Holm recalled that Norbank said, "Your loan is refused for now."')
    assert q.speaker != "Lina Holm"


def test_a_body_of_another_kind_named_often_is_not_the_company() -> None:
    (q,) = _quotes(
        "Valby Council met on Friday. Valby Council said the pier was unsafe. Valby Council "
        'then shut the pier. "We are sorry for the traders," the company said.'
    )
    assert q.speaker is None


def test_a_courtesy_title_of_the_other_sex_is_another_person_of_that_surname() -> None:
    (q,) = _quotes(
        'Mr Dahl said he would appeal. "We will never give up on this house," said Mrs Dahl.'
    )
    assert q.speaker is None


def test_a_question_put_to_someone_is_not_their_words() -> None:
    (q,) = _quotes('On the radio, Lina Holm was asked, "Would you sell the ferry company?"')
    assert q.speaker is None


def test_a_clause_ending_on_a_semicolon_after_a_question_introduces_the_next_quote() -> None:
    first, second = _quotes(
        'Lina Holm, who chairs the board, asks; "Who will pay for the new dock?" '
        'Ana Lund replies; "The port users will, as they always have."'
    )
    assert first.speaker == "Lina Holm" and second.speaker != "Lina Holm"


def test_a_who_clause_speaking_to_someone_keeps_its_speaker() -> None:
    (q,) = _quotes('Lina Holm thanked Ana Lund, who said to reporters: "The dock opens in May."')
    assert q.speaker == "Ana Lund"


def test_a_question_followed_by_a_clause_with_its_own_that_clause_is_not_that_clauses() -> None:
    (q,) = _quotes('"Which town in Norland is the safest?" Lina Holm joked that it was her own.')
    assert q.speaker is None


def test_a_question_then_a_fronted_body_reporting_its_own_that_clause_is_not_its() -> None:
    quotes = _quotes(
        "Ana Lund ran against Per Dahl, with one of her posters asking, "
        '"Is Per Dahl fit to run the harbour board?"\n'
        "Later, the Norland Council for Fair Votes noted that the spending on posters had doubled."
    )
    assert quotes[0].speaker != "Norland Council for Fair Votes"


def test_a_question_then_a_named_clause_that_says_that_to_someone_is_still_its() -> None:
    (q,) = _quotes('"Who pays for the new pier?" Lina Holm said that to the board on Monday.')
    assert q.speaker == "Lina Holm"


def test_a_headline_that_said_is_the_headlines_words_not_the_posters() -> None:
    (q,) = _quotes(
        "Lina Holm posted her reply under a headline that said, "
        '"Valby Declares War On Potholes And Wins."'
    )
    assert q.speaker is None and q.description == "a headline"


def test_a_video_someone_released_that_said_is_still_theirs() -> None:
    (q,) = _quotes(
        'To sell the tours, Lina Holm released a short video that said, "Every guide we hire '
        'knows the harbour like the back of their hand."'
    )
    assert q.speaker == "Lina Holm"


def test_chanting_after_a_where_clause_with_its_own_subject_is_not_the_main_subjects() -> None:
    (q,) = _quotes(
        "Lina Holm spoke just down the road from the old ferry hall, where about 50 dock "
        'workers had gathered, chanting "fair pay for every port" as she passed.'
    )
    assert q.speaker != "Lina Holm"


def test_a_question_asked_in_a_when_clause_after_but_is_not_the_main_subjects() -> None:
    (q,) = _quotes(
        "Boatyard owner Lina Holm first meant to ask $900 for the dinghy, but when a dealer "
        'from Norland asked, "Does that include the sails?" she changed her mind.'
    )
    assert q.speaker != "Lina Holm"
