"""Bodies referred back to (`the agency said`, `it said` after a sentence a body opens), and
clauses that report something other than the quote."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_the_agency_said_is_the_body_opening_the_sentence_before() -> None:
    text = (
        "The Harbour Transit Authority called the incident regrettable. "
        '"These acts are unacceptable and will be punished," the agency said in a statement.'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Harbour Transit Authority" and q.description is None


def test_the_agency_said_is_the_body_acting_after_a_headline_run_into_the_sentence() -> None:
    # A headline left without its full stop opens the sentence; the body acting in it is
    # still what "the agency" stands for.
    text = (
        "Night checks on the ferries: gaps in the rota The Harbour Transit Authority called "
        'the lapse regrettable. "These acts are unacceptable and will be punished," the '
        "agency said in a statement."
    )
    (q,) = _quotes(text)
    assert q.speaker == "Harbour Transit Authority"


def test_the_agency_said_is_nobody_when_the_sentence_before_names_a_person_too() -> None:
    text = (
        "Night checks on the ferries: gaps in the rota The Harbour Transit Authority fined "
        'Jo Brandt on Monday. "These acts are unacceptable and will be punished," the agency '
        "said in a statement."
    )
    (q,) = _quotes(text)
    assert q.speaker is None and q.description == "the agency"


def test_the_union_said_is_the_body_after_a_fronted_document_naming_a_person_too() -> None:
    # `In a statement…, <body> called Jo Park…`: the body is the subject after the fronted
    # document, though the sentence names a person as well.
    text = (
        "In a statement on the vote, the Valby Dockers Federation called Jo Park a friend of "
        "the piers. The statement also praised her plans for the harbour: "
        '"Her work has opened the quays to every crew in the port," the union wrote.'
    )
    quote = next(q for q in _quotes(text) if q.text.startswith("Her work"))
    assert quote.speaker == "Valby Dockers Federation"


def test_it_said_is_the_body_opening_the_sentence_before() -> None:
    text = (
        "The Valby Relief Fund charity assured residents that it had beds for them. "
        '"We have tents ready but hope they are never needed," it said.'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Valby Relief Fund"


def test_it_said_after_a_described_government_keeps_the_description() -> None:
    text = (
        "Norland's government urged calm on Sunday. "
        '"We remember who helped us in the hard years," it said in its statement.'
    )
    (q,) = _quotes(text)
    assert q.speaker is None and q.description == "Norland's government"


def test_the_agency_said_after_a_person_opens_the_sentence_names_nobody() -> None:
    text = (
        "Ana Berg called the incident regrettable at the Harbour Transit Authority. "
        '"These acts are unacceptable and will be punished," the agency said in a statement.'
    )
    (q,) = _quotes(text)
    assert q.speaker is None and q.description == "the agency"


def test_a_clause_reporting_an_answer_does_not_attribute_the_quote_before_it() -> None:
    text = (
        "Ana Berg runs the Valby ferry.\n\n"
        'As the inspector read out "safe enough for all the winter crossings," Ana Berg said '
        "yes, yes, yes, over and over again."
    )
    assert all(q.speaker is None for q in _quotes(text))


def test_the_report_said_is_the_body_named_as_the_report_s_author() -> None:
    text = (
        "A report released by the Valby Harbour Institute in May looked at the ferries. Crews "
        'were short all winter. "The north pier will not survive another winter without '
        'repairs," the report said.'
    )
    quotes = _quotes(text)
    assert [q.speaker for q in quotes] == ["Valby Harbour Institute"]


def test_the_report_said_stays_a_description_when_two_bodies_wrote_reports() -> None:
    text = (
        "A report released by the Valby Harbour Institute in May looked at the ferries. A "
        "study published by the Norland Transit Board came out a week later. "
        '"The north pier will not survive another winter without repairs," the report said.'
    )
    (q,) = _quotes(text)
    assert q.speaker is None and q.description == "the report"


def test_it_said_after_the_school_is_the_school_brought_in_by_name_earlier() -> None:
    # "It" is the body opening the sentence before ("The school"), and "the school" is the
    # one body the story brought in with that noun before its name.
    text = (
        "Pupils filmed a party at the private school Valmont Academy in Lisbon last spring. "
        "The clip spread quickly online.\n\n"
        "The school issued an apology on Monday. It said: 'We regret the offence this video "
        "has caused to many people.'"
    )
    (q,) = _quotes(text)
    assert q.speaker == "Valmont Academy"


def test_it_said_after_the_school_is_nobody_when_two_schools_were_brought_in() -> None:
    text = (
        "Pupils from the private school Valmont Academy met pupils from the state school "
        "Northgate Academy at a debate last spring.\n\n"
        "The school issued an apology on Monday. It said: 'We regret the offence this video "
        "has caused to many people.'"
    )
    (q,) = _quotes(text)
    assert q.speaker is None


def test_a_partial_in_what_a_statement_says_is_its_issuers() -> None:
    # The quote is woven into the clause saying what the statement said: the issuer's words.
    text = (
        "The Harbour Transit Authority issued a statement in May saying the agency and the "
        'Valby city police have opened "a careful review of the night rota" to find any gaps.'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Harbour Transit Authority"


def test_a_partial_in_what_a_statement_says_is_not_the_issuers_past_another_verb() -> None:
    # Another reporting verb inside the clause gives the words to its own subject.
    text = (
        "Norbank issued a statement on Friday saying that staff had heard a manager "
        'describe the loans as "in good order" before the audit.'
    )
    (q,) = _quotes(text)
    assert q.speaker != "Norbank"


def test_a_body_named_inside_a_longer_bodys_name_is_not_the_speaker() -> None:
    from briefing.model import Actor

    text = (
        "The Norland Bank cut rates in the spring, Jo Park said. The Valby Norland Bank, for "
        'its part, reported that farm output "continues to fall" for the third month.'
    )
    doc = analyse(text)
    actors = (
        Actor("Jo Park", "person"),
        Actor("Norland Bank", "organization"),
        Actor("Valby Norland Bank", "organization"),
    )
    (q,) = extract_quotes(doc, actors)
    assert q.speaker == "Valby Norland Bank"
