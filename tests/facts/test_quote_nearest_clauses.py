"""Wrong credits from a name that is not the subject of the clause bringing the quote in, in
our own words: a who-clause past an aside, a description's clause after another's, a second
predicate after "but", a phrase running into a new clause."""

from __future__ import annotations

from tests.facts.test_quotes import _quotes


def test_a_who_clause_past_an_aside_is_the_antecedents_not_a_name_in_the_aside() -> None:
    text = (
        "The harbour plan has split the town.\n\n"
        "First there was the Valby Post's editor Jo Park, who, after trading insults with Tom "
        'Lund over Ana Berg, said on the radio that "the town has lost its way."'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Jo Park"


def test_a_who_clause_past_an_aside_speaks_for_the_one_it_follows() -> None:
    text = (
        "Tom Lund met Jo Park, who, after the vote, told reporters: "
        '"We lost fairly and we will be back next year."'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Jo Park"


def test_a_described_speaker_in_a_clause_of_its_own_is_not_the_earlier_subject() -> None:
    text = (
        "Ana Berg held a rally in Valby.\n\n"
        'Berg spoke as the crowd chanted: "Four more years for the mayor of Valby!"'
    )
    (q,) = _quotes(text)
    assert q.speaker is None and q.description == "the crowd"


def test_a_described_speaker_after_a_reporter_clause_is_not_the_reporter() -> None:
    text = (
        "Ana Berg spoke to the Valby Post on Monday.\n\n"
        "As the crowd cheered Berg on Tuesday night, the Post's Jo Park reported, her husband "
        'whispered to her: "They are still with you."'
    )
    (q,) = _quotes(text)
    assert q.speaker != "Jo Park" and q.description == "her husband"


def test_a_phrase_before_the_colon_does_not_run_into_a_new_clause() -> None:
    text = 'Ana Berg spoke in Valby on Monday, and her husband said: "She will win in May."'
    (q,) = _quotes(text)
    assert q.speaker is None and q.description == "her husband"


def test_a_second_predicate_after_but_is_not_the_object_of_the_first() -> None:
    text = (
        "Ana Berg defended the plan on Tuesday, but several reports show it is late.\n\n"
        "She was defending the council against recent attacks from mayoral candidate Tom Lund, "
        'but admitted "one or two delays" in the work.'
    )
    (q,) = _quotes(text)
    assert q.speaker != "Tom Lund"
