"""Two wrong credits: a partial quote after a quote whose full stop sits inside its marks (a
new sentence, maybe another's words), and a surname used as a modifier before a role and a
name (`Valby spokeswoman Ana Berg`) taken for the person of that surname."""

from __future__ import annotations

from tests.facts.test_quotes import _quotes


def test_a_stop_inside_the_marks_ends_the_sentence_before_a_partial_quote() -> None:
    text = (
        'Jo Park told the crowd: "We will not go back." '
        'Judges later called the protesters "a danger to the town" in a ruling.'
    )
    first, second = _quotes(text)
    assert first.speaker == "Jo Park"
    assert second.speaker is None


def test_a_partial_quote_in_the_same_sentence_keeps_the_voice() -> None:
    text = 'Jo Park told the crowd: "We will not go back," calling the plan "a danger to the town".'
    first, second = _quotes(text)
    assert (first.speaker, second.speaker) == ("Jo Park", "Jo Park")


def test_a_surname_before_a_role_and_a_name_is_not_that_person() -> None:
    text = (
        "Jo Valby said on Monday that the harbour office would open.\n\n"
        'Valby spokeswoman Ana Berg defended the fees. "The piers need work," she said.'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Ana Berg"


def test_a_surname_opening_its_own_clause_still_counts() -> None:
    text = (
        "Mayor Jo Valby opened the harbour office on Monday.\n\n"
        'Valby defended the fees. "The piers need work," she said.'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Jo Valby"


def test_a_new_sentence_about_no_other_person_keeps_the_voice() -> None:
    text = (
        'Jo Park told the crowd: "We will not go back." '
        'The choice, in the end, was between the harbour and "a danger to the town".'
    )
    first, second = _quotes(text)
    assert (first.speaker, second.speaker) == ("Jo Park", "Jo Park")
