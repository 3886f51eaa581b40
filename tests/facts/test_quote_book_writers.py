"""A book quoted as `"…," the book said` gives the words of the one person the story names
before as writing it (`Tove Marsk wrote a memoir…`); with no writer named, or two, the
words stay described as the book's."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.nlp import analyse

_STORY = (
    "Aide says Lund hid illness.\n\n"
    "Tove Marsk, who served as the physician to former Mayor Ole Lund, said his staff had "
    "hidden a broken hip from voters.\n\n"
    "{writing}\n\n"
    '"Ole was back at his desk within days and very few people knew of the fall at the '
    'time," the {noun} said.\n'
)


def _source(writing: str, noun: str = "book") -> tuple[str | None, str | None]:
    doc = analyse(_STORY.format(writing=writing, noun=noun))
    quotes = extract_quotes(doc, extract_actors(doc))
    (q,) = [q for q in quotes if q.text.startswith("Ole")]
    return q.speaker, q.description


def test_the_book_said_is_the_one_person_named_writing_it() -> None:
    writing = "Marsk wrote a memoir of her years at City Hall entitled The Mayor's Doctor."
    assert _source(writing)[0] == "Tove Marsk"


def test_the_memoir_reads_as_the_book_does() -> None:
    writing = "Marsk wrote a memoir of her years at City Hall entitled The Mayor's Doctor."
    assert _source(writing, "memoir")[0] == "Tove Marsk"


def test_a_book_with_no_writer_named_stays_described() -> None:
    writing = "A memoir of those years at City Hall came out in the spring."
    assert _source(writing) == (None, "the book")
