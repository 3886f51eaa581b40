"""A "he" or "she" whose likely person has a rival the rules cannot rule out (a name standing
for a couple), or whose person is the subject after an inverted verb, or goes on past a man
named in her own quote's clause."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


def _speaker_of(quotes: list[Quote], words: str) -> str | None:
    return next(q.speaker for q in quotes if words in q.text)


def test_a_name_two_people_share_blocks_the_other_person_named_beside_it() -> None:
    text = (
        "Hillary Varga chairs the Harbour Trust. Her husband Varga had led it for years. "
        "Varga said he would stay on the board, and Varga said he would not run again.\n\n"
        "In March Varga asked for a statement from the former mayor Tony Brisk, which the "
        "clerk could not send because it was sealed. Varga seemed annoyed: "
        '"It is a public letter! Just send it over," she wrote.'
    )
    assert _speaker_of(_quotes(text), "public letter") != "Tony Brisk"


def test_she_goes_on_past_a_man_named_in_her_last_quote_and_the_next_sentence() -> None:
    text = (
        "Greta Holm, a nurse from Valby, said she came to the rally with her sister.\n\n"
        '"He listens to people like us," she said of Tom Farrow.\n\n'
        "She said she had not meant to shout, but when Farrow mentioned Ted Quill, "
        "it just happened.\n\n"
        '"The words were out before I knew it," she said.'
    )
    assert _speaker_of(_quotes(text), "before I knew") == "Greta Holm"


def test_the_subject_after_an_inverted_verb_is_the_one_speaking() -> None:
    text = (
        "Nora Lindqvist, a former governor, has known both candidates for decades.\n\n"
        '"This race will be hard" for Hillary Varga, said Lindqvist. '
        '"She can never be as bold as her rival," she said.'
    )
    assert _speaker_of(_quotes(text), "as bold") == "Nora Lindqvist"


def test_a_name_opening_the_clause_after_said_is_no_inverted_subject() -> None:
    text = (
        "Representative Jonas Park of Valby, a veteran of the navy, denounced the plan. "
        "Mr. Park, who represents the harbour district, said Mr. Lund had misled the voters "
        "of Valby.\n\n"
        '"Having served at sea, I am deeply offended by it," he said.'
    )
    assert _speaker_of(_quotes(text), "served at sea") == "Jonas Park"
