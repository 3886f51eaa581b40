"""A person a sentence closes on, named for the first time with a role set off after the name,
is the "he" or "she" of the quote paragraph right after it, when the others that sentence
names were named before (round 45, our own wording)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> list[Quote]:
    doc = analyse(text)
    return list(extract_quotes(doc, extract_actors(doc)))


_TEXT = (
    "Tom Berg won the Valby vote last year. Berg drew large crowds in the north.\n\n"
    "“The crowds are thin this time,” said one voter, Ivo Holm.\n\n"
    "“A lot of the visits come across as hollow,” he said.\n\n"
    "Berg once had a dozen bands penning tunes in his honour, but none have appeared "
    "this year, which is something that worries Karl Sand, head of the Valby "
    "Voters Club.\n\n"
)


def test_the_newcomer_closing_the_sentence_before_speaks_next() -> None:
    quotes = _quotes(_TEXT + "“No one is writing songs now. Nobody is singing,” he said.")
    assert quotes[-1].speaker == "Karl Sand"


def test_a_newcomer_of_the_other_sex_is_no_answer() -> None:
    text = _TEXT.replace("Karl Sand", "Greta Sand")
    quotes = _quotes(text + "“No one is writing songs now. Nobody is singing,” he said.")
    assert quotes[-1].speaker != "Greta Sand"
