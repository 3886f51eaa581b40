"""A pronoun opening the quote of a new paragraph after a paragraph of one sentence stands
for that sentence's subject, a person of the pronoun's settled gender, even when another
such person is named after it as an object; not when the sentence asks someone (the one
asked answers) or another person named there speaks."""

from __future__ import annotations

from tests.facts.test_quotes import _quotes


def test_he_after_a_one_sentence_paragraph_is_its_subject() -> None:
    text = (
        "The race in Valby tightened on Monday.\n\n"
        "Tomas Berg also took aim at his rival, Pavel Lund, at a rally in the harbour.\n\n"
        '"He has no plan for the port," he said.'
    )
    assert _quotes(text)[-1].speaker == "Tomas Berg"


def test_he_after_a_sentence_asking_another_man_stays_open() -> None:
    text = (
        "The race in Valby tightened on Monday.\n\n"
        "Tomas Berg asked Pavel Lund about the port at a rally in the harbour.\n\n"
        '"I have a plan," he said.'
    )
    assert _quotes(text)[-1].speaker is None


def test_he_after_a_sentence_where_another_man_speaks_stays_open() -> None:
    text = (
        "The race in Valby tightened on Monday.\n\n"
        "Tomas Berg met Pavel Lund, who said the port was safe, at a rally in the harbour.\n\n"
        '"I have a plan," he said.'
    )
    assert _quotes(text)[-1].speaker is None


def test_she_after_a_sentence_opened_by_an_owner_stays_open() -> None:
    text = (
        "The harbour plan was debated in Valby on Monday.\n\n"
        "Lina Berg's plan was backed by Marta Lund, the council's deputy leader.\n\n"
        '"It is the only way to keep the port open," she said.'
    )
    assert _quotes(text)[-1].speaker != "Lina Berg"


def test_he_after_a_sentence_naming_the_previous_speaker_stays_open() -> None:
    text = (
        '"We will sell the cranes," said Pavel Lund, the port\'s owner.\n\n'
        "Tomas Berg held up the contract Pavel Lund signed in March.\n\n"
        '"The cranes were never his to sell," he added.'
    )
    assert _quotes(text)[-1].speaker != "Tomas Berg"


def test_he_in_a_paragraph_opened_by_other_words_is_not_the_subject_before() -> None:
    text = (
        "The pundits picked their winners for the regatta on Sunday.\n\n"
        "Tomas Berg went with the favourites, even though he had picked Valby a year ago.\n\n"
        "His old rival openly admitted that his pick was about the vote in Orrin. "
        '"With an eye to March, Orrin," he said.'
    )
    assert _quotes(text)[-1].speaker != "Tomas Berg"


def test_she_after_a_sentence_with_a_fronted_setting_is_its_subject() -> None:
    text = (
        "The race in Valby tightened on Monday.\n\n"
        "On a harbour radio show on Tuesday, Mara Dunwell criticized county clerk Lisa Prentle "
        "for closing the polling station in Oxley.\n\n"
        '"How many times must we see this in our county?" she said.'
    )
    assert _quotes(text)[-1].speaker == "Mara Dunwell"


def test_she_after_a_fronted_phrase_owned_by_someone_stays_open() -> None:
    text = (
        "The race in Valby tightened on Monday.\n\n"
        "On her show on Tuesday, Mara Dunwell criticized county clerk Lisa Prentle "
        "for closing the polling station in Oxley.\n\n"
        '"How many times must we see this in our county?" she said.'
    )
    assert _quotes(text)[-1].speaker is None
