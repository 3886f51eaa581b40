"""`The report from Norbank found…. "…," the report said`: the body a document came from
speaks its words; `"…," the company said` in a business story opening on its one company
is that company. The articles are our own, written for these tests."""

from __future__ import annotations

from tests.facts.test_quotes import _quotes


def test_the_report_from_a_body_speaks_for_that_body() -> None:
    text = (
        "The Harbour Institute held its rate at 4% on Tuesday, its third pause this year.\n\n"
        "The report from the Harbour Institute found that shipping was weak in recent weeks. "
        'In the northern district, the report said, "a maker of cranes noted slower orders '
        'for most kinds of lifting gear."'
    )
    assert _quotes(text)[-1].speaker == "Harbour Institute"


def test_a_report_from_two_bodies_gives_no_author() -> None:
    text = (
        "The report from the Harbour Institute found that shipping was weak. The report from "
        "Valby Trust Bank found the same.\n\n"
        'In the northern district, the report said, "a maker of cranes noted slower orders '
        'for most kinds of lifting gear."'
    )
    assert _quotes(text)[-1].speaker is None


def test_the_company_is_the_one_body_the_story_opens_on() -> None:
    text = (
        "Norvik Chips Inc. reported a surprise $12 million loss for the quarter.\n\n"
        '"Orders from the phone makers slowed all summer," said Ola Brandt, its chief. As a '
        'result, the company said it would close its oldest plant and "make fitting cuts" in '
        "costs."
    )
    assert _quotes(text)[-1].speaker == "Norvik Chips Inc."


def test_the_company_after_a_second_body_is_not_the_opening_one() -> None:
    text = (
        "Norvik Chips Inc. reported a surprise $12 million loss for the quarter.\n\n"
        "Its rival Lendra Systems Corp. said it had won orders from the phone makers. As a "
        'result, the company said it would open a new plant and "make fitting hires" soon.'
    )
    assert _quotes(text)[-1].speaker != "Norvik Chips Inc."


def test_a_ranked_trade_description_is_the_company_opening_the_sentence_before() -> None:
    text = (
        "Holmvik Motors wants to buy as much as 10% of Sudby Cars.\n\n"
        "Holmvik sought clearance last week to buy the shares. The No. 2 Norland carmaker "
        'then wrote to Sudby that it means "to go to that 10% level" once cleared, a Sudby '
        "spokesman said."
    )
    assert _quotes(text)[0].speaker == "Holmvik Motors"
