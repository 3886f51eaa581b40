"""A source that does not fit the actor a rule would give it: a courtesy title of the other
sex, a body of another kind, a spokesperson of another body, words recalled in a that-clause.
A wrong speaker is worse than none: such quotes go to the right speaker or to nobody."""

from __future__ import annotations

import pytest

from tests.facts.test_quotes import _quotes

_CUTS = '\n\n"We regret the cuts at the harbour," '


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in _quotes(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Mr Park opened the harbour on Monday. Jo Park has led the council since 2010.",
        "Jo Park, a builder, opened the harbour on Monday. Mr Park said it would bring jobs.",
        "Jo Park said he would open the harbour on Monday.",
    ],
)
def test_a_womans_title_is_not_the_man_of_that_surname(text: str) -> None:
    (q,) = _quotes(text + '\n\n"We were never asked about the harbour," said Mrs Park.')
    assert q.speaker is None and q.description == "Mrs Park"


def test_a_mans_title_is_not_the_woman_of_that_surname() -> None:
    text = 'Lena Park said she would open the pier.\n\n"Nobody asked us first," said Mr Park.'
    assert _speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Her own given name and pronoun beside a Mr elsewhere: the title fits her.
        (
            'Lena Park said she would open the pier.\n\n"We were never asked," Mrs Park said. '
            "Mr Park did not comment.",
            "Lena Park",
        ),
        (
            'Mrs Park opened the pier. Jo Park said she would stay.\n\n"We were never asked," '
            "said Mrs Park.",
            "Jo Park",
        ),
        ('Jo Park opened the pier on Monday.\n\n"We were never asked," said Mrs Park.', "Jo Park"),
        # A pronoun after someone named later is that person's, no evidence against the title.
        (
            'Lena Park said Ana Berg was wrong and that she should quit.\n\n"She has to go '
            'from the pier board," said Mr Park.',
            "Lena Park",
        ),
        (
            'Kim Park thanked Sam Hill, and he smiled.\n\n"It was a lovely day at the pier," '
            "said Ms Park.",
            "Kim Park",
        ),
        # A given name the names table files as a woman's is no evidence against "Mr".
        (
            'The chairman of the pier board, Sher Khan, spoke.\n\n"It will matter a lot to '
            'the town," Mr Khan said.',
            "Sher Khan",
        ),
    ],
)
def test_a_title_the_rest_of_the_story_allows_keeps_the_speaker(text: str, speaker: str) -> None:
    assert _speakers(text)[0] == speaker


@pytest.mark.parametrize(
    "head",
    [
        'Ana Berg recalled that Jo Park once said, "',
        'Ana Berg recalled that Jo Park had said: "',
        'Ana Berg remembered that Jo Park once told her, "',
    ],
)
def test_words_recalled_in_a_that_clause_are_the_clause_subjects(head: str) -> None:
    assert _speakers(head + 'The harbour will outlive us all."') == ["Jo Park"]


@pytest.mark.parametrize(
    "text",
    [
        'Ana Berg recalled that Jo Park once said the harbour was "the only hope of Valby."',
        'Ana Berg recalled that Jo Park had called the plan "a gift to Valby."',
    ],
)
def test_words_woven_into_a_recalled_that_clause_are_its_subjects(text: str) -> None:
    assert _speakers(text) == ["Jo Park"]


@pytest.mark.parametrize(
    ("subject", "description"),
    [("Jo Park's team", "Jo Park's team"), ("the mayor", "the mayor")],
)
def test_a_recalled_subject_with_no_name_is_nobody_named(subject: str, description: str) -> None:
    (q,) = _quotes(f'Ana Berg recalled that {subject} once said, "The harbour will outlive us."')
    assert q.speaker is None and q.description == description


@pytest.mark.parametrize(
    "text",
    [
        'Ana Berg recalled that she called Jo Park "a thief of the harbour to the end."',
        'Ana Berg recalled that she once said, "The harbour will outlive us all."',
    ],
)
def test_a_recalled_clause_with_a_pronoun_subject_is_the_recallers(text: str) -> None:
    assert _speakers(text) == ["Ana Berg"]


def test_a_recalling_subject_with_no_that_clause_keeps_the_words() -> None:
    assert _speakers('Ana Berg recalled: "The harbour was always full."') == ["Ana Berg"]


@pytest.mark.parametrize(
    "who",
    [
        "Ana Berg, a Valby Council spokeswoman, spoke at the pier. Norbank cut jobs on Monday.",
        "Ana Berg, the Valby Council spokeswoman, spoke at the pier. Norbank cut jobs on Monday.",
    ],
)
def test_a_spokeswoman_of_one_body_is_not_another_bodys(who: str) -> None:
    assert _speakers(who + _CUTS + "the Norbank spokeswoman said.") == [None]


@pytest.mark.parametrize(
    "who",
    [
        "Ana Berg, a Norbank spokeswoman, spoke at the pier on Monday.",
        "Ana Berg, a Valby Council spokeswoman, spoke at the pier on Monday.",
    ],
)
def test_a_spokeswoman_of_that_body_or_of_none_named_is_kept(who: str) -> None:
    said = "the Norbank spokeswoman said." if "Norbank" in who else "the spokeswoman said."
    assert _speakers(who + _CUTS + said) == ["Ana Berg"]


@pytest.mark.parametrize(
    "before",
    [
        "Valby Council says it was not told.",
        "The Valby Post says the bank kept the plan quiet.",
        "The Valby Times said it had seen the plan.",
    ],
)
def test_the_company_is_no_council_nor_newspaper(before: str) -> None:
    text = "Norbank cut 200 jobs in Valby on Monday. " + before + _CUTS + "the company said."
    assert "Valby Council" not in _speakers(text)
    assert not {"Valby Post", "Valby Times"} & set(_speakers(text))


def test_the_company_alone_after_a_council_is_nobody() -> None:
    text = "Valby Council says it was not told about the cuts." + _CUTS + "the company said."
    assert _speakers(text) == [None]


def test_the_company_is_the_business_before_it() -> None:
    assert _speakers("Norbank cut 200 jobs in Valby on Monday." + _CUTS + "the company said.") == [
        "Norbank"
    ]


def test_the_council_is_the_council_before_it() -> None:
    text = "Valby Council voted to close the pier on Monday." + _CUTS + "the council said."
    assert _speakers(text) == ["Valby Council"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The pronoun of a fragment is the subject of the sentence naming both men.
        (
            "Jo Park, the candidate, met Sam Hill, his campaign manager, on Monday. The result "
            'was an outcome, he said, "that nobody in Valby expected."',
            "Jo Park",
        ),
        (
            "Sam Hill, his campaign manager, met Jo Park on Monday. The result was an outcome, "
            'he said, "that nobody in Valby expected."',
            "Sam Hill",
        ),
        # Two men joined as one subject: neither is preferred.
        (
            "Jo Park, the candidate, and Sam Hill, his campaign manager, met on Monday. The "
            'result was an outcome, he said, "that nobody in Valby expected."',
            None,
        ),
        # A whole quote after two men are named: either may have said it.
        ('Jo Park met Sam Hill on Monday. "Nobody in Valby expected it," he said.', None),
    ],
)
def test_a_pronoun_after_two_men_is_the_subject_or_nobody(text: str, speaker: str | None) -> None:
    assert _speakers(text) == [speaker]
