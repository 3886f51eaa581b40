"""Speakers of quotes in unseen feature and business copy: clauses that name two actors, or
a subject that is not the one of the reporting verb."""

from __future__ import annotations

from dataclasses import replace

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def test_a_body_named_like_a_person_before_its_spokesman_is_not_the_speaker() -> None:
    (q,) = _quotes(
        "Bookmaker Harold Penn stopped taking bets on the show. "
        '"This is highly unlikely to have been a lucky guess," Harold Penn spokesman Otto '
        "Lind said."
    )
    assert q.speaker == "Otto Lind"


def test_a_person_opening_a_clause_joined_before_the_reporting_verb_is_not_its_subject() -> None:
    (q,) = _quotes(
        "Jonas Borlin, who holds a fifth of the ferry line, sold shares in May, and the line's "
        'notice to its owners said: "Our directors are aware of talk about a sale."'
    )
    assert q.speaker is None


def test_a_person_who_goes_on_to_report_is_still_the_subject() -> None:
    (q,) = _quotes(
        "Jonas Borlin left the meeting early, and later said: "
        '"Our directors are aware of talk about a sale."'
    )
    assert q.speaker == "Jonas Borlin"


def test_a_body_opening_the_joined_clause_is_not_the_person_before() -> None:
    (q,) = _quotes(
        "Jonas Borlin bought a stake last year, and Westfield Rovers said in a statement: "
        '"Our directors are aware of talk about a sale."'
    )
    assert q.speaker in (None, "Westfield Rovers")


def test_he_said_after_another_actor_spoke_is_not_the_speaker_two_paragraphs_back() -> None:
    text = (
        'Tomas Brell, chief analyst at Norvik Bank, said sales were "a welcome surprise".\n\n'
        '"We are not seeing the strain that we saw last year, but costs are still high," he '
        "added. Sales of boats fell by 2% and sales of tents rose by 1%.\n\n"
        "Sales at cafes rose slightly, while sales at bakeries fell. Keshav Orlu, deputy chief "
        "economist at Halden Securities, said demand would keep rising in the spring. "
        '"Shoppers in the north kept spending right through the spring," he said.'
    )
    doc = analyse(text)
    # Orlu read as a body, as a name the actors do not know may be.
    actors = tuple(
        replace(a, type="organization") if a.name == "Keshav Orlu" else a
        for a in extract_actors(doc)
    )
    quotes = extract_quotes(doc, actors)
    assert quotes[1].speaker == "Tomas Brell"
    assert quotes[-1].speaker is None


def test_a_quote_run_into_one_paragraph_reopens_at_each_sentence() -> None:
    quotes = _quotes(
        'Coach Mira Stolt told City Radio: "We had the lead and we threw it away. '
        '"There is no point hiding from it, the fans will be angry. '
        '"We must take it on the chin and win on Saturday." Stolt also praised the keeper.'
    )
    assert [q.text for q in quotes] == [
        "We had the lead and we threw it away.",
        "There is no point hiding from it, the fans will be angry.",
        "We must take it on the chin and win on Saturday.",
    ]
    assert {q.speaker for q in quotes} == {"Mira Stolt"}


def test_a_title_in_straight_marks_inside_a_quote_is_no_reopening() -> None:
    (q,) = _quotes(
        'Mira Stolt said: "Nobody who stars in "Harbour Nights" should lose sleep over it."'
    )
    assert q.text.startswith("Nobody who stars in") and q.speaker == "Mira Stolt"


def test_a_quote_carried_into_the_next_paragraph_keeps_its_introducing_clause() -> None:
    quotes = _quotes(
        "Club talks\n\nThe club owes money. Chairman Jo Wardell added: "
        '"There have been no bids for the striker. Nobody has called me.\n\n'
        '"If a bid comes in I will ring the owners." Wardell also praised the winger.'
    )
    assert [q.speaker for q in quotes] == ["Jo Wardell"]


def test_a_bare_surname_that_is_also_a_word_is_the_person_named_before() -> None:
    (q,) = _quotes('Tomas Read runs the firm. "It is fine and we will go on," Read said.')
    assert q.speaker == "Tomas Read"


def test_a_run_on_quote_reopened_and_carried_into_the_next_paragraph_keeps_its_voice() -> None:
    quotes = _quotes(
        'Court fight\n\nThe lawyer Nils Brandt said: "Ana has never cheated. '
        '"Mr Holm keeps changing his story.\n\n"Mr Holm cannot be trusted on this." '
        "The federation said it would look into the claims."
    )
    assert [q.speaker for q in quotes] == ["Nils Brandt", "Nils Brandt"]


def test_a_quote_after_a_person_said_past_an_apposition_is_theirs_not_the_previous_source() -> None:
    quotes = _quotes(
        "Map fight\n\nSome users said the tool was fair only if sites could opt in for any "
        '"click through" to a shop. Ola Brekke, policy lead for the harbour rights group '
        "Open Quay, said that Norbank should not be punished for its size. "
        '"Norbank can list its own branches first on its own pages."'
    )
    assert quotes[-1].speaker == "Ola Brekke"
