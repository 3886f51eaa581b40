"""Round 43 (second wave) speaker rules read from invented copy: a quote whose sentence runs on
far past the mark before its named subject and verb end it; ..."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_a_long_run_on_before_a_body_and_its_initials_names_the_body() -> None:
    text = (
        'Velmoran trade picks up\n\nVelmoran trade grew last year, but "patient and steady '
        'work" is still needed to keep the northern ports busy, the Ostby Harbour Board (OHB) '
        "has said.\n\nAn OHB team wrote the findings after a week of talks.\n"
    )
    (quote,) = _quotes(text)
    assert quote.speaker == "Ostby Harbour Board"


def test_a_long_run_on_before_a_person_and_has_said_names_the_person() -> None:
    text = (
        'Velmar market reopens\n\nThe old market square needs "a fresh start and new stalls" to '
        "bring shoppers back after the long winter closures, Ana Lindqvist has said.\n"
    )
    (quote,) = _quotes(text)
    assert quote.speaker == "Ana Lindqvist"


def test_a_progressive_calling_with_no_object_does_not_take_the_quote() -> None:
    text = (
        "Ana Lindqvist of Velmar Data spoke at the fair.\n\nOne likely cause of the queues, Ms "
        "Lindqvist says, is the fact that more shoppers are calling 'on the go' with their "
        "handsets.\n"
    )
    (quote,) = _quotes(text)
    assert quote.speaker == "Ana Lindqvist"


def test_what_someone_is_calling_still_weaves_the_words() -> None:
    from briefing.facts.quotes.speakers import _telephoning

    head = "The tax is what critics are calling "
    assert not _telephoning(head, len(head))
    head = "more shoppers are calling "
    assert _telephoning(head, len(head))


def test_a_noun_set_off_then_a_described_subject_before_termed_gives_the_quote() -> None:
    text = (
        "Norvel Shipping Ltd said Tomas Brekke resigned as harbour manager to pursue other "
        'interests, a move the company termed a "friendly parting."\n\n'
        "Mr. Brekke, 50, had held the post for a year.\n"
    )
    (quote,) = _quotes(text)
    assert quote.speaker == "Norvel Shipping Ltd"


def test_a_fronted_clause_before_the_named_subject_of_a_colon_sentence() -> None:
    text = (
        "Jo Varga spoke at the Ostby debate.\n\nWhen the panel hosts gave in to the urge to "
        "sneer, Varga called them on it:\n\n"
        '"The questions asked tonight show why the town no longer trusts the papers."\n'
    )
    (quote,) = _quotes(text)
    assert quote.speaker == "Jo Varga"


def test_a_name_inside_the_fronted_clause_is_no_colon_subject() -> None:
    text = (
        "Jo Varga spoke at the Ostby debate.\n\nWhen the panel hosts turned to Varga, the "
        "crowd grew loud:\n\n"
        '"The questions asked tonight show why the town no longer trusts the papers."\n'
    )
    (quote,) = _quotes(text)
    assert quote.speaker != "Jo Varga"


def test_a_statement_issued_on_behalf_of_a_person_set_off_with_a_role_is_theirs() -> None:
    text = (
        "Norvel filed a trade complaint on Monday.\n\n"
        '"Although the bloc is one market, there is no single customs office," a statement '
        "issued on behalf of Tomas Brekke, the trade envoy, said. Other talks follow.\n"
    )
    (quote,) = _quotes(text)
    assert quote.speaker == "Tomas Brekke"


def test_a_lawyer_on_behalf_of_a_person_is_still_not_that_person() -> None:
    text = (
        "Norvel filed a trade complaint on Monday.\n\n"
        '"There is no single customs office," a lawyer on behalf of Tomas Brekke said. Other '
        "talks follow.\n"
    )
    (quote,) = _quotes(text)
    assert quote.speaker != "Tomas Brekke"


def test_a_fronted_clause_then_a_second_clause_with_its_own_subject_names_nobody() -> None:
    text = (
        "Jo Varga spoke at the Ostby debate.\n\nBut while she may not have raised it first, "
        "Varga did back the plan on Monday, and Ostby Radio has the tape:\n\n"
        '"Should the town keep a list of every boat in the harbour?"\n'
    )
    (quote,) = _quotes(text)
    assert quote.speaker != "Jo Varga"


def test_a_move_the_body_termed_is_the_body_opening_the_sentence() -> None:
    text = (
        "Norvel Media PLC said Tomas Brekke resigned as general manager to pursue other "
        'interests, a move the news organization termed a "friendly parting."\n\n'
        "Mr. Brekke, 50, had held the post for a year.\n"
    )
    (quote,) = _quotes(text)
    assert quote.speaker == "Norvel Media PLC"
