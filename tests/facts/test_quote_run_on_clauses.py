"""Reporting clauses the patterns used to miss: a pronoun clause after the quoted sentence runs
on past the mark, a clause inverted after `So`, and a bare surname as the subject of a verb
set off by an apposition."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_a_pronoun_clause_after_the_sentence_runs_on_past_the_mark() -> None:
    quotes = _quotes(
        "Senator Mira Holt questioned the bank's chief for three hours on Tuesday. A clerk who "
        "takes a few coins is punished, Holt said. Managers are not.\n\n"
        "“Nothing at Norbank will change until its managers answer in court” for the fraud, "
        "she said."
    )
    assert quotes[-1].speaker == "Mira Holt"


def test_so_writes_names_the_source_after_the_quote() -> None:
    quotes = _quotes(
        "“Most people who start reading the old sagas give up after a chapter or two.” So "
        "writes Ola Brekke in his new book, a guide to the sagas for young readers."
    )
    assert quotes[0].speaker == "Ola Brekke"


def test_a_bare_surname_before_an_apposition_and_said_is_the_subject() -> None:
    quotes = _quotes(
        # A caption run into the text, as pasted copy has it: no full stop before `King`.
        "The campaign is led by the sailor Dagny King of Valby. King ran the harbour "
        "campaign King, pictured with the mayor in 2019, said: 'Our harbour deserves a "
        "fair share of the ferry money.'"
    )
    assert quotes[-1].speaker == "Dagny King"


def test_a_description_of_two_roles_joined_by_and_stands_for_the_person_before() -> None:
    quotes = _quotes(
        "Ana Berg, the former mayor of Valby, spoke at the harbour on Monday.\n\n"
        "The former mayor and Valby senator said it was “a serious mistake” to sell the ferries."
    )
    assert quotes[-1].speaker == "Ana Berg"


def test_a_pronoun_quoted_as_saying_is_the_speaker() -> None:
    quotes = _quotes(
        "Former captain Rolf Aske spoke about the lost final for the first time.\n\n"
        "“We all made mistakes that night and nobody would listen,” he was quoted as saying "
        "by the Valby Post."
    )
    assert quotes[-1].speaker == "Rolf Aske"


def test_a_plural_source_opening_the_sentence_is_a_description() -> None:
    quotes = _quotes(
        "A ferry ran aground near Valby on Monday. Police said: “Two men were pulled from "
        "the water and taken to hospital.”"
    )
    assert (quotes[-1].speaker, quotes[-1].description) == (None, "Police")


def test_a_name_quoted_as_saying_that_before_a_partial_quote_is_its_source() -> None:
    quotes = _quotes(
        "The club's board met on Friday.\n\n"
        "Rolf Aske, the former captain, was quoted as saying that “a fair hearing for the "
        "players” would have been enough."
    )
    assert quotes[-1].speaker == "Rolf Aske"
