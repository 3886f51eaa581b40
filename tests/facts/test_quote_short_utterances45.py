"""Short quotations a clause before them gives a source (`Tova Rask asked, "Why now?"`), a
gloss in brackets after a quotation, and a thing named after `the` that calls something so."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.model import Quote
from briefing.nlp import analyse


def _quotes(text: str) -> tuple[Quote, ...]:
    doc = analyse(text)
    return extract_quotes(doc, extract_actors(doc))


def test_short_question_after_asked_and_comma_is_the_askers() -> None:
    text = (
        "Tova Rask ran the ferry for years. At the last meeting Tova Rask asked, "
        '"Why now?" when the fares rose.'
    )
    quotes = _quotes(text)
    assert [(q.text, q.speaker) for q in quotes] == [("Why now?", "Tova Rask")]


def test_short_cry_across_a_line_break_after_a_described_speaker() -> None:
    text = (
        "\t   The book is a warm one. It laughs at the old skipper who shouts,\n"
        "``Skal!'' whenever the nets come up full.\n"
    )
    quotes = _quotes(text)
    assert [(q.text, q.speaker, q.description) for q in quotes] == [
        ("Skal!", None, "the old skipper")
    ]


def test_gloss_in_brackets_is_the_same_source() -> None:
    text = (
        "\t   The book is a warm one. It laughs at the old skipper who shouts,\n"
        "``Skal!'' (``Cheers!'') whenever the nets come up full.\n"
    )
    quotes = _quotes(text)
    assert [(q.text, q.description) for q in quotes] == [
        ("Skal!", "the old skipper"),
        ("Cheers!", "the old skipper"),
    ]


def test_a_short_lower_case_word_is_still_no_quote_of_its_own() -> None:
    text = 'Tova Rask ran the ferry for years. She called the fares, "high" and left.'
    assert not [q for q in _quotes(text) if q.text == "high" and not q.partial]


def test_name_after_the_that_calls_something_is_a_thing_described() -> None:
    text = (
        "\t   So in her reading of the old sagas she not only traces the\n"
        "growth of the sea god from the figure who coldly\n"
        "called for the loss of a ship because ``He had to\n"
        "test the crew, and He never had the best\n"
        "sailors aboard,'' to what the King Harald calls the ``quiet\n"
        "shore'' that the poet Ivar saw.\n"
    )
    last = _quotes(text)[-1]
    assert last.text.startswith("quiet")
    assert last.speaker is None and last.description == "the King Harald"


def test_nobody_answering_after_a_question_is_no_speaker() -> None:
    text = 'The harbour board met on Monday. "Why are the fares rising again?" Nobody answered.'
    assert [q.speaker for q in _quotes(text)] == [None]


def test_nobody_answering_leaves_the_asker_named_before() -> None:
    text = (
        "The harbour board met on Monday. Jo Park asked the board, "
        '"Why are the fares rising again?" Nobody answered her.'
    )
    assert [q.speaker for q in _quotes(text)] == ["Jo Park"]
