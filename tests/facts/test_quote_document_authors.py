"""A document cited as a quote's source: the body that filed, issued or released it speaks
(like `the report from X`), never the court it was filed in; a document with no named author,
or two authors, is the description. `According to` reaches a long document phrase that runs
to the comma before the quote."""

from __future__ import annotations

import pytest

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.nlp import analyse


def _source(text: str) -> tuple[str | None, str | None]:
    doc = analyse(text)
    (q,) = extract_quotes(doc, extract_actors(doc))
    return q.speaker, q.description


@pytest.mark.parametrize(
    "text",
    [
        '"The mill poisoned the river," a lawsuit filed by the Orrin Fishers Guild says.',
        '"The mill poisoned the river," says a complaint filed by the Orrin Fishers Guild.',
        '"The mill poisoned the river," according to a petition from the Orrin Fishers Guild.',
    ],
)
def test_a_filing_after_the_quote_is_its_filer(text: str) -> None:
    assert _source(text) == ("Orrin Fishers Guild", None)


def test_a_filing_like_a_report_gives_the_same_speaker() -> None:
    report = '"The dam is cracked," the report from the Kessel Water Board said.'
    filing = '"The dam is cracked," a complaint filed by the Kessel Water Board said.'
    assert _source(report) == _source(filing) == ("Kessel Water Board", None)


def test_the_court_a_filing_was_filed_in_is_not_its_author() -> None:
    text = '"The dam is cracked," according to a complaint filed on Monday in Kessel County Court.'
    assert _source(text) == (None, "a complaint")


def test_according_to_a_long_document_phrase_before_the_quote() -> None:
    text = (
        "According to a 30-page memo released late last winter to every member by the Kessel "
        'Water Board, "the dam will not hold through another flood."'
    )
    assert _source(text) == ("Kessel Water Board", None)


def test_a_filing_by_two_bodies_is_described_not_credited_to_one() -> None:
    text = (
        "According to a 12-count civil complaint filed by the Kessel Water Board and the "
        'Orrin Fishers Guild, "the mill hid its waste for a decade."'
    )
    speaker, description = _source(text)
    assert speaker is None
    assert (description or "").startswith("a 12-count civil complaint")


def test_a_long_according_phrase_without_a_document_stays_unread() -> None:
    text = (
        "According to people who have watched the river rise over three long seasons at "
        'the old mill near Orrin, "the water has never been this high."'
    )
    assert _source(text)[0] is None


def test_one_word_cited_to_a_document_is_its_term_not_a_quote() -> None:
    text = (
        "Under Mayor Ida Sorn, the town hall was buying 'followers,' according to a Kessel "
        "Water Board report from last spring. 'We stopped in May,' the hall said."
    )
    doc = analyse(text)
    assert [q.text for q in extract_quotes(doc, extract_actors(doc))] == ["We stopped in May"]


def test_a_document_filed_by_a_named_person_is_hers() -> None:
    text = (
        '"The records show no crime," according to a sealed court document filed by county '
        "prosecutor Mara Quist."
    )
    assert _source(text) == ("Mara Quist", None)


def test_a_document_filed_by_two_people_credits_neither() -> None:
    text = (
        '"The records show no crime," according to a sealed court document filed by Mara Quist '
        "and Ed Lunde."
    )
    assert _source(text)[0] is None


def test_the_court_before_the_verb_is_not_the_speaker() -> None:
    text = 'A complaint filed on Monday in Kessel County Court says: "The dam was never inspected."'
    assert _source(text)[0] is None


@pytest.mark.parametrize("dash", ["–", "—", "--"])
def test_a_document_whose_author_dashes_set_off_is_that_authors(dash: str) -> None:
    text = (
        "The harbour board met on Monday. The memo "
        + dash
        + " prepared by the Nordic Institute for Coastal Studies, a research body that "
        "advises the council " + dash + ' warns that the port will "remain a hub" for years.'
    )
    assert _source(text) == ("Nordic Institute for Coastal Studies", None)


def test_a_caption_run_into_the_copy_is_no_part_of_the_subject() -> None:
    text = (
        "Scroll down for video The old quay was busy under Anna Holm and Pieter Dahl The "
        "memo – prepared by the Nordic Institute for Coastal Studies – warns that the port "
        'will "remain a hub" for years.'
    )
    assert _source(text) == ("Nordic Institute for Coastal Studies", None)


def test_a_document_from_a_body_named_with_for_is_that_bodys() -> None:
    text = (
        "The town met on Monday. A report from the Office for Harbour Statistics said: "
        "'Prices rose faster than wages for the third month running.'"
    )
    assert _source(text) == ("Office for Harbour Statistics", None)


def test_a_document_from_one_body_for_another_names_no_author() -> None:
    text = (
        "The town met on Monday. A letter from Norbank for the Valby Council said: "
        "'Prices rose faster than wages for the third month running.'"
    )
    assert _source(text) == (None, None)


@pytest.mark.parametrize(
    ("opening", "author"),
    [
        ("Norbank's statement said:", "Norbank"),
        ("Jo Park's Instagram post read:", "Jo Park"),
    ],
)
def test_an_owners_own_statement_or_post_is_the_owners(opening: str, author: str) -> None:
    text = (
        "Norbank and Jo Park met on Monday in Valby. "
        + opening
        + ' "We regret the delay and apologise to our customers."'
    )
    assert _source(text) == (author, None)


def test_an_owners_biography_is_not_the_owners_words() -> None:
    text = (
        "Norbank and Jo Park met on Monday in Valby. Jo Park's biography says: "
        '"We regret the delay and apologise to our customers."'
    )
    assert _source(text)[0] is None


def test_a_short_aside_in_double_hyphens_reads_like_one_in_dashes() -> None:
    hyphens = (
        "The ferry line cut two routes. The report -- drawn up by the Kessel Water Board -- "
        'says the pier is "beyond repair" now.'
    )
    assert _source(hyphens) == _source(hyphens.replace("--", "–"))
    assert _source(hyphens) == ("Kessel Water Board", None)


@pytest.mark.parametrize("noun", ["statement", "letter", "brief"])
def test_an_owners_own_document_weaving_a_quote_is_the_owners(noun: str) -> None:
    text = (
        "The harbour court in Valby heard the case on Monday.\n\n"
        f'However, Lina Berg\'s {noun} said the plan was "old and twisted."'
    )
    assert _source(text) == ("Lina Berg", None)


def test_an_owners_report_weaving_a_quote_is_not_the_owners() -> None:
    text = (
        "The harbour court in Valby heard the case on Monday.\n\n"
        'However, Lina Berg\'s report said the plan was "old and twisted."'
    )
    assert _source(text)[0] is None


def test_the_article_of_a_paper_named_by_its_title_is_the_papers() -> None:
    text = (
        "The Valby Herald has covered the harbour for decades.\n\n"
        "Years ago, a Herald article praised Jo Park for the new quay.\n\n"
        '"The quay is the pride of the coast," the article read.'
    )
    assert _source(text) == ("Valby Herald", None)


def test_the_article_with_no_paper_named_before_is_only_described() -> None:
    text = (
        "Jo Park has run the harbour for decades.\n\n"
        "Years ago, an old article praised Jo Park for the new quay.\n\n"
        '"The quay is the pride of the coast," the article read.'
    )
    assert _source(text)[0] is None


def test_a_statement_by_a_person_a_colon_brings_in_is_that_person_s() -> None:
    doc = analyse(
        "Fact Checkers Rate Harbour Claims.\n\n"
        "The Valby Review rated two claims about the harbour this week. The bias shows in how "
        "the site rated this statement by Tomas Lindqvarn on June 11:\n\n"
        '"If you look at the docks, half the piers are empty; half of them."\n\n'
        "The site said the claim was false.\n"
    )
    (quote,) = extract_quotes(doc, extract_actors(doc))
    assert quote.speaker == "Tomas Lindqvarn"
